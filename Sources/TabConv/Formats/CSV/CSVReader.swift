/// Reads comma-separated values (RFC 4180) into a document of one table.
///
/// Coverage:
/// - The grammar of `CSVRecordParser`: quoted fields, doubled quotes, delimiters and line
///   breaks inside quotes; CRLF, LF and CR line ends, mixed too; an optional final line end.
///   Fields keep their exact text: nothing is trimmed or typed.
/// - A quote in the middle of an unquoted field is kept literally (`a"b` reads as `a"b`); the
///   writer would quote such a field, so that file does not round-trip byte for byte.
/// - The document is one table, as wide as the widest record; each record is a row of cells
///   without spans. Shorter rows are padded with empty cells, with one `input-normalized`
///   warning placed at the first padded row. Empty input gives a document with no blocks.
/// - Encoding: the one given wins (its byte-order mark is skipped); otherwise a byte-order
///   mark, valid UTF-8, or the cleanest of GB18030, Big5, Shift_JIS and Latin-1
///   (`TextEncodingDetector`), the last with an `input-normalized` warning naming the choice.
/// - Delimiter: the one given, or the sniffed one (`CSVDialectSniffer`).
/// - Lost, with a warning: a CR or CRLF line break inside a quoted field becomes LF (the
///   model's text holds no CR). Lost silently but returned by `readWithDialect`: the
///   delimiter, line end, encoding and byte-order mark, which `CSVWriter(dialect:)` writes back.
/// - Refused with a `CSVError` (line and column): bytes invalid in the encoding, a quoted
///   field that never closes (placed where it opens), text after a closing quote, and control
///   characters other than tab, CR and LF.
///
/// - Complexity: O(n). Memory: the table; UTF-8 input is read in place, other encodings are
///   converted to UTF-8 whole first.
public struct CSVReader: Sendable {
  /// What to take as given and what to find out.
  public var options: CSVReadOptions

  /// Creates a reader.
  ///
  /// - Parameter options: The delimiter and encoding, each nil to find it out.
  public init(options: CSVReadOptions = .init()) {
    self.options = options
  }

  /// Reads a document from CSV bytes.
  ///
  /// - Parameters:
  ///   - bytes: The whole input.
  ///   - file: The input's name for messages and `source.file` (`-` for standard input).
  /// - Returns: The document: one table, or no blocks for empty input; `source.format` is `.csv`.
  /// - Throws: `CSVError` (category `.badInput`) with file, line and column; `.usage` for a
  ///   delimiter or quote that cannot be used.
  public func read(bytes: [UInt8], file: String?) throws -> Document {
    try readWithDialect(bytes: bytes, file: file).document
  }

  /// Reads a document and the dialect it was written in.
  ///
  /// - Parameters:
  ///   - bytes: The whole input.
  ///   - file: The input's name for messages and `source.file`.
  /// - Returns: The document, and the dialect to give `CSVWriter(dialect:)` to write it back alike.
  /// - Throws: `CSVError`, as `read(bytes:file:)`.
  public func readWithDialect(bytes: [UInt8], file: String?) throws -> (document: Document, dialect: CSVDialect) {
    let input = try Self.decode(bytes, options: options, file: file)
    var records = try CSVRecordParser.parsing(
      input.text, delimiter: input.delimiter, quote: input.quote, file: file
    ) { parser throws(CSVError) in try Records(reading: &parser) }
    // Take the rows out, so padding them below does not copy them.
    var rows = records.rows
    records.rows = []
    let lines = records.lines
    let width = records.width

    if !TableSizeLimit.allows(rows: rows.count, columns: width, inputSize: bytes.count) {
      let widest = rows.firstIndex { $0.cells.count == width } ?? 0
      throw TableTooLargeError(
        rows: rows.count, columns: width, inputSize: bytes.count,
        location: SourceLocation(file: file, line: lines.isEmpty ? nil : lines[widest]))
    }
    var warnings = input.warnings
    if let first = records.firstNormalizedLine {
      let count = records.normalizedLineBreaks
      warnings.append(
        DocumentWarning(
          .inputNormalized,
          "\(count) line \(count == 1 ? "break" : "breaks") inside quoted fields \(count == 1 ? "was" : "were") "
            + "CR or CRLF and \(count == 1 ? "was" : "were") read as LF, the first on this line",
          at: SourceLocation(file: file, line: first)))
    }
    if let first = records.firstTextAfterClosingQuote {
      let count = records.textAfterClosingQuotes
      warnings.append(
        DocumentWarning(
          .inputNormalized,
          "\(count) quoted \(count == 1 ? "field has" : "fields have") text after the closing quote, kept as part of the field "
            + "(a \\\" escape or a stray space?), the first here",
          at: first))
    }
    let short = rows.indices.filter { rows[$0].cells.count < width }
    if let first = short.first {
      for index in short {
        rows[index].cells += Array(repeating: Cell(""), count: width - rows[index].cells.count)
      }
      warnings.append(
        DocumentWarning(
          .inputNormalized,
          "\(short.count) \(short.count == 1 ? "row" : "rows") with fewer than \(width) fields "
            + "\(short.count == 1 ? "was" : "were") padded with empty cells, the first on this line",
          at: SourceLocation(file: file, line: lines[first])))
    }

    let dialect = CSVDialect(
      delimiter: Character(Unicode.Scalar(input.delimiter)), quote: Character(Unicode.Scalar(input.quote)),
      lineEnding: records.firstLineEnding ?? .lf, encoding: input.decision.encoding,
      byteOrderMark: input.decision.byteOrderMarkLength > 0)
    let blocks: [Block] = rows.isEmpty ? [] : [.table(Table(columns: width, rows: rows))]
    let document = Document(blocks: blocks, source: Source(format: .csv, file: file), warnings: warnings)
    return (document, dialect)
  }

  /// Finds out the dialect of CSV bytes without building a document.
  ///
  /// Decodes the input as `read` would, sniffs the delimiter unless the options give one, and
  /// reads records until the first line end to learn its kind (LF when there is none).
  ///
  /// - Parameters:
  ///   - bytes: The whole input.
  ///   - options: What to take as given.
  ///   - file: The input's name for messages.
  /// - Returns: The dialect.
  /// - Throws: `CSVError` for input that cannot be decoded, or a record before the first line end that cannot be read.
  public static func sniffDialect(_ bytes: [UInt8], options: CSVReadOptions = .init(), file: String? = nil) throws
    -> CSVDialect
  {
    let input = try decode(bytes, options: options, file: file)
    let lineEnding = try CSVRecordParser.parsing(
      input.text, delimiter: input.delimiter, quote: input.quote, file: file
    ) { parser throws(CSVError) in
      var cells: [Cell] = []
      while parser.firstLineEnding == nil, try parser.next(into: &cells) != nil {
        cells.removeAll(keepingCapacity: true)
      }
      return parser.firstLineEnding
    }
    return CSVDialect(
      delimiter: Character(Unicode.Scalar(input.delimiter)), quote: Character(Unicode.Scalar(input.quote)),
      lineEnding: lineEnding ?? .lf, encoding: input.decision.encoding,
      byteOrderMark: input.decision.byteOrderMarkLength > 0)
  }
}
