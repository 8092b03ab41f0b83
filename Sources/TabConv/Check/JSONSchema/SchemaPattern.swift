/// A `pattern` or `patternProperties` regular expression, matched like ECMA-262 does.
///
/// Matching is an unanchored search over Unicode scalars (not grapheme clusters), with `\d` and `\w`
/// limited to ASCII as in ECMA-262; `\p{Letter}` and other property escapes work as in Unicode mode.
/// Syntax the Swift regex engine does not know, such as `\cJ`, is refused when the schema is compiled.
struct SchemaPattern: @unchecked Sendable {
  // @unchecked: `Regex` is not marked Sendable, but a compiled regex is never mutated after `init`,
  // which also runs one match so that the engine's lazily built program exists before any sharing.

  /// The pattern as the schema wrote it.
  let source: String
  /// The compiled expression.
  private let regex: Regex<AnyRegexOutput>

  /// Compiles a pattern.
  ///
  /// - Parameter source: The pattern text.
  /// - Throws: The regex parser's error if the pattern is not valid.
  init(_ source: String) throws {
    self.source = source
    regex = try Regex(source).matchingSemantics(.unicodeScalar).asciiOnlyDigits().asciiOnlyWordCharacters()
    _ = "".contains(regex)
  }

  /// Whether the pattern matches somewhere in `string`.
  func matches(_ string: String) -> Bool {
    string.contains(regex)
  }
}
