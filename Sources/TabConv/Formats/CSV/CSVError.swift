/// Why CSV could not be read or written as asked.
///
/// Reading errors carry the file, line and column (1-based, columns in Unicode scalars, CRLF,
/// CR and LF each ending a line); writing errors carry the row and cell (grid column) of the
/// table they concern.
public struct CSVError: TabConvError {
  /// The kinds of problem.
  public enum Kind: Sendable, Equatable {
    /// A byte that is not valid in the encoding the input was read in.
    ///
    /// `guessed` is true when no encoding was given and tabconv chose this one;
    /// `suggestion` is an encoding the input decodes better in, if the detector found one.
    case invalidByte(UInt8, encoding: TextEncoding, guessed: Bool, suggestion: TextEncoding?)
    /// A quoted field that the input never closes; the location is where it opened.
    case unterminatedQuote(quote: Character)
    /// A NUL or other control character (other than tab, CR and LF) in the text.
    case controlCharacter(Unicode.Scalar)
    /// A delimiter or quote tabconv cannot use: not one ASCII character, a line break, or both the same.
    case unusableDialect(delimiter: Character, quote: Character)
    /// A character of a table the chosen output encoding cannot represent.
    case unencodableCharacter(Unicode.Scalar, encoding: TextEncoding, table: Int)
    /// A byte-order mark was asked for in an encoding that has none.
    case noByteOrderMark(TextEncoding)
    /// iconv on this system does not know the encoding.
    case encodingUnavailable(TextEncoding)
  }

  /// What went wrong.
  public var kind: Kind
  /// Where it went wrong.
  public var location: SourceLocation

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - kind: What went wrong.
  ///   - location: Where.
  public init(kind: Kind, location: SourceLocation) {
    self.kind = kind
    self.location = location
  }

  /// `.badInput` for what the input says, `.usage` for options that cannot work on this
  /// document, `.internalFailure` when the system lacks an encoding.
  public var category: ErrorCategory {
    switch kind {
    case .invalidByte, .unterminatedQuote, .controlCharacter: .badInput
    case .unusableDialect, .unencodableCharacter, .noByteOrderMark: .usage
    case .encodingUnavailable: .internalFailure
    }
  }

  /// The reason, in lower case, with the fix when there is one.
  public var reason: String {
    switch kind {
    case .invalidByte(let byte, let encoding, let guessed, let suggestion):
      let guess = guessed ? " (no encoding given, and the input looked like \(encoding.displayName))" : ""
      let fix =
        suggestion.map { "use --encoding \($0.rawValue) if that is the input's encoding" }
        ?? "use --encoding to name the input's encoding"
      return "byte \(Self.hex(byte)) is not valid \(encoding.displayName)\(guess); \(fix)"
    case .unterminatedQuote(let quote):
      return
        "the quoted field that opens here never closes; a \(quote) inside a quoted field is written twice (\(quote)\(quote))"
    case .controlCharacter(let scalar):
      let hint =
        scalar == "\u{0}" ? " (NUL bytes often mean UTF-16 without a byte-order mark: try --encoding utf-16le)" : ""
      return "control character \(scalar.codePointName) in a field; CSV text may only hold tab and line breaks" + hint
    case .unusableDialect(let delimiter, let quote):
      return "cannot use delimiter \(Self.quoted(delimiter)) with quote \(Self.quoted(quote)); "
        + "each must be one ASCII character other than CR and LF, and they must differ"
    case .unencodableCharacter(let scalar, let encoding, let table):
      return
        "\(Self.quoted(scalar)) (\(scalar.codePointName)) in table \(table) cannot be written in \(encoding.displayName); "
        + "use --encoding utf-8 or gb18030, which hold every character"
    case .noByteOrderMark(let encoding):
      return "\(encoding.displayName) has no byte-order mark; only UTF-8 and UTF-16 output can start with one"
    case .encodingUnavailable(let encoding):
      return "this system's iconv cannot convert \(encoding.displayName) (are glibc's gconv modules installed?)"
    }
  }

  /// A byte as messages show it: `0x0A`.
  static func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return "0x" + (digits.count < 2 ? "0" : "") + digits
  }

  private static func quoted(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\t": "tab"
    case "\u{0}"..<" ", "\u{7F}": scalar.codePointName
    default: "'\(scalar)'"
    }
  }

  private static func quoted(_ character: Character) -> String {
    character.unicodeScalars.count == 1 ? character.unicodeScalars.first.map(quoted) ?? "''" : "'\(character)'"
  }
}
