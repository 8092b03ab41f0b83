/// Why Tika-style text could not be read.
public struct TikaTextError: TabConvError {
  /// The kinds of problem.
  public enum Kind: Sendable, Equatable {
    /// The bytes are not UTF-8 (Tika always writes UTF-8).
    case invalidUTF8(byte: UInt8)
    /// A NUL or other control character Tika never writes.
    case controlCharacter(scalar: UInt32)
    /// A carriage return not followed by a line feed (old Mac line ends, or a stray CR).
    case loneCarriageReturn
    /// `[bookmark: ` that is not a closed marker at the start of a paragraph or cell line.
    case strayBookmarkMarkup
  }

  /// What went wrong.
  public var kind: Kind
  public var location: SourceLocation
  public var category: ErrorCategory { .badInput }

  public var reason: String {
    switch kind {
    case .invalidUTF8(let byte):
      "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true))); Tika text is UTF-8, convert it first (iconv -f GB18030 -t UTF-8)"
    case .strayBookmarkMarkup:
      "'[bookmark: ' that is not a closed [bookmark: NAME] marker at the start of a paragraph or cell line, where Tika writes them"
    case .loneCarriageReturn:
      "carriage return (U+000D) without a line feed; Tika text ends lines with LF (convert with tr '\\r' '\\n')"
    case .controlCharacter(let scalar):
      "control character \(Unicode.Scalar(scalar).map(\.codePointName) ?? "U+?") is not in Tika text (Tika replaces them with U+FFFD)"
    }
  }
}
