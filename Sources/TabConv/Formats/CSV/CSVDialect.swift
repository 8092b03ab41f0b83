/// How a CSV file is written: its delimiter, quote, line end, encoding and byte-order mark.
///
/// The reader returns the dialect it read (`CSVReader.readWithDialect(bytes:file:)`), and
/// `CSVWriter(dialect:)` writes with it, so a file can be written back the way it came.
public struct CSVDialect: Sendable, Equatable {
  /// The field delimiter: `,`, tab, `;` or `|` when sniffed; any one ASCII character when given.
  public var delimiter: Character
  /// The quote character (RFC 4180: `"`).
  public var quote: Character
  /// The line end after each record: the first one the input uses (LF when it has none).
  public var lineEnding: CSVLineEnding
  /// The text encoding.
  public var encoding: TextEncoding
  /// Whether the input starts with the encoding's byte-order mark.
  public var byteOrderMark: Bool

  /// Creates a dialect; the defaults are RFC 4180's, with LF line ends and UTF-8 without a BOM.
  ///
  /// - Parameters:
  ///   - delimiter: The field delimiter.
  ///   - quote: The quote character.
  ///   - lineEnding: The line end after each record.
  ///   - encoding: The text encoding.
  ///   - byteOrderMark: Whether the text starts with a byte-order mark.
  public init(
    delimiter: Character = ",", quote: Character = "\"", lineEnding: CSVLineEnding = .lf,
    encoding: TextEncoding = .utf8, byteOrderMark: Bool = false
  ) {
    self.delimiter = delimiter
    self.quote = quote
    self.lineEnding = lineEnding
    self.encoding = encoding
    self.byteOrderMark = byteOrderMark
  }

  /// The delimiter and quote as bytes, when both are single ASCII characters other than CR
  /// and LF and differ from each other; nil otherwise.
  var asciiDelimiterAndQuote: (delimiter: UInt8, quote: UInt8)? {
    Self.asciiDelimiterAndQuote(delimiter, quote)
  }

  /// The delimiter and quote as bytes, when tabconv can use them.
  ///
  /// - Parameters:
  ///   - delimiter: The field delimiter.
  ///   - quote: The quote character.
  /// - Returns: The two bytes, or nil when either is not one ASCII character, is CR or LF, or both are the same.
  static func asciiDelimiterAndQuote(_ delimiter: Character, _ quote: Character) -> (delimiter: UInt8, quote: UInt8)? {
    guard let d = delimiter.asciiValue, let q = quote.asciiValue, d != q,
      ![UInt8(ascii: "\r"), UInt8(ascii: "\n")].contains(d), ![UInt8(ascii: "\r"), UInt8(ascii: "\n")].contains(q)
    else { return nil }
    return (d, q)
  }
}
