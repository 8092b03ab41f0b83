/// How to read CSV: what to take as given and what to find out from the input.
public struct CSVReadOptions: Sendable {
  /// The field delimiter, or nil to sniff it (comma, tab, semicolon or pipe).
  public var delimiter: Character?
  /// The text encoding, or nil to detect it (byte-order mark, UTF-8, then the cleanest of
  /// GB18030, Big5, Shift_JIS and Latin-1, with a warning).
  public var encoding: TextEncoding?
  /// The quote character.
  public var quote: Character

  /// Creates read options.
  ///
  /// - Parameters:
  ///   - delimiter: The delimiter, or nil to sniff it.
  ///   - encoding: The encoding, or nil to detect it.
  ///   - quote: The quote character (`"` unless the file uses another).
  public init(delimiter: Character? = nil, encoding: TextEncoding? = nil, quote: Character = "\"") {
    self.delimiter = delimiter
    self.encoding = encoding
    self.quote = quote
  }
}
