/// Writes tables as comma-separated values (RFC 4180).
///
/// Coverage: one table, or every table one after the other with one empty line between them;
/// merged cells either repeat the origin's text at every grid position they cover (`fill`, as
/// pandas.read_html does) or leave the covered positions empty (`blank`). A field is quoted
/// when it holds the delimiter, the quote, CR or LF; quotes inside are doubled. Every record,
/// the last included, ends with `lineEnding` (LF by default); line breaks inside a field are
/// written as they are in the text (LF), as Excel writes them.
///
/// Options: the delimiter and quote, the line end, the encoding (UTF-8 by default; UTF-16
/// directly; GB18030, GBK, Big5, Shift_JIS and Latin-1 through iconv), a byte-order mark
/// (Excel on Chinese Windows needs one to read UTF-8), leaving out each table's first row, and
/// escaping formulas: a field starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`
/// so a spreadsheet shows it instead of running it (OWASP's advice against CSV injection;
/// it also turns `-5` into `'-5`, so use it for files meant for people, not programs).
///
/// Lost (the loss report counts them): paragraphs, anchors, styles, which cells were merged
/// (under `fill`) and where nested tables sat (each is written as a table of its own).
///
/// - Complexity: memory grows with the output.
public struct CSVWriter: Sendable {
  /// How merged cells appear in a grid of plain fields.
  public enum MergedCells: String, Sendable, CaseIterable {
    /// Every covered position repeats the origin cell's text.
    case fill
    /// Only the origin position holds the text; covered positions are empty.
    case blank
  }

  /// How merged cells are written.
  public var merged: MergedCells
  /// The field delimiter.
  public var delimiter: Character
  /// The quote character.
  public var quote: Character
  /// The line end after every record.
  public var lineEnding: CSVLineEnding
  /// The output's encoding.
  public var encoding: TextEncoding
  /// Whether the output starts with the encoding's byte-order mark (UTF-8 and UTF-16 only).
  public var byteOrderMark: Bool
  /// Whether each table's first row is left out (to drop a header row).
  public var omitsFirstRow: Bool
  /// Whether fields a spreadsheet would run as a formula get a leading `'`.
  public var escapesFormulas: Bool

  /// What this format can hold.
  public static let capabilities: FormatCapabilities = [.multipleTables]

  /// Creates a writer; the defaults write RFC 4180 with LF line ends in UTF-8 without a BOM.
  ///
  /// - Parameters:
  ///   - merged: How merged cells are written.
  ///   - delimiter: The field delimiter (a comma by default).
  ///   - quote: The quote character.
  ///   - lineEnding: The line end after every record.
  ///   - encoding: The output's encoding.
  ///   - byteOrderMark: Whether to start with the encoding's byte-order mark.
  ///   - omitsFirstRow: Whether to leave out each table's first row.
  ///   - escapesFormulas: Whether to put `'` before fields that start like a formula.
  public init(
    merged: MergedCells = .fill, delimiter: Character = ",", quote: Character = "\"",
    lineEnding: CSVLineEnding = .lf, encoding: TextEncoding = .utf8, byteOrderMark: Bool = false,
    omitsFirstRow: Bool = false, escapesFormulas: Bool = false
  ) {
    self.merged = merged
    self.delimiter = delimiter
    self.quote = quote
    self.lineEnding = lineEnding
    self.encoding = encoding
    self.byteOrderMark = byteOrderMark
    self.omitsFirstRow = omitsFirstRow
    self.escapesFormulas = escapesFormulas
  }

  /// Creates a writer that writes a dialect, such as the one `CSVReader.readWithDialect` returns.
  ///
  /// - Parameters:
  ///   - dialect: The delimiter, quote, line end, encoding and byte-order mark to write.
  ///   - merged: How merged cells are written.
  public init(dialect: CSVDialect, merged: MergedCells = .fill) {
    self.init(
      merged: merged, delimiter: dialect.delimiter, quote: dialect.quote, lineEnding: dialect.lineEnding,
      encoding: dialect.encoding, byteOrderMark: dialect.byteOrderMark)
  }

  /// Several tables, one after the other, separated by one empty line.
  ///
  /// - Parameter tables: The tables to write.
  /// - Returns: The CSV bytes in `encoding`.
  /// - Throws: `CSVError` (category `.usage`): `unencodableCharacter` with the table, row and
  ///   cell of the first character `encoding` cannot hold; `noByteOrderMark` when a byte-order
  ///   mark is asked for in an encoding without one; `unusableDialect` for a delimiter or quote
  ///   that is not one ASCII character, a line break, or both the same.
  public func write(_ tables: [Table]) throws -> [UInt8] {
    var output = try start()
    for (index, table) in tables.enumerated() {
      output += try encoded(table, number: index + 1, separated: index > 0)
    }
    return output
  }

  /// What the output starts with: the byte-order mark when asked for; checks the dialect.
  ///
  /// - Throws: `CSVError` for an unusable dialect, or a byte-order mark the encoding lacks.
  func start() throws(CSVError) -> [UInt8] {
    guard CSVDialect.asciiDelimiterAndQuote(delimiter, quote) != nil else {
      throw CSVError(kind: .unusableDialect(delimiter: delimiter, quote: quote), location: SourceLocation())
    }
    guard byteOrderMark else { return [] }
    guard let mark = encoding.byteOrderMark else {
      throw CSVError(kind: .noByteOrderMark(encoding), location: SourceLocation())
    }
    return mark
  }

  /// One table's records in the output encoding, after the empty line that separates it from
  /// the table before.
  ///
  /// Every encoding written is stateless, so tables encoded one by one give the bytes the
  /// whole text encoded at once would.
  ///
  /// - Parameters:
  ///   - table: The table.
  ///   - number: Its 1-based position among the tables written, for errors.
  ///   - separated: Whether a table was written before it.
  /// - Returns: The bytes.
  /// - Throws: `CSVError.unencodableCharacter` at the first character the encoding cannot hold.
  func encoded(_ table: Table, number: Int, separated: Bool) throws(CSVError) -> [UInt8] {
    guard let ascii = CSVDialect.asciiDelimiterAndQuote(delimiter, quote) else {
      throw CSVError(kind: .unusableDialect(delimiter: delimiter, quote: quote), location: SourceLocation())
    }
    // UTF-8 first, byte by byte (delimiter and quote are ASCII); other encodings convert that.
    let lineEnd = Array(lineEnding.text.utf8)
    var utf8: [UInt8] = separated ? lineEnd : []
    for row in writtenRows(of: table) {
      for (index, field) in row.enumerated() {
        if index > 0 { utf8.append(ascii.delimiter) }
        appendFormatted(field, delimiter: ascii.delimiter, quote: ascii.quote, to: &utf8)
      }
      utf8 += lineEnd
    }
    if encoding == .utf8 { return utf8 }
    var output: [UInt8] = []
    try append(String(decoding: utf8, as: UTF8.self), to: &output, table: table, number: number)
    return output
  }

  /// One table's grid as rows of fields, spans resolved by `merged`.
  ///
  /// - Parameter table: The table.
  /// - Returns: One array of `columns` fields per row.
  public func fields(of table: Table) -> [[String]] {
    let grid = table.grid
    return table.rows.indices.map { rowIndex in
      (0..<table.columns).map { column -> String in
        guard let address = grid.slots[rowIndex][column] else { return "" }
        return merged == .fill || grid.isOrigin(row: rowIndex, column: column) ? table[address].text : ""
      }
    }
  }

  private func writtenRows(of table: Table) -> ArraySlice<[String]> {
    fields(of: table).dropFirst(omitsFirstRow ? 1 : 0)
  }

  /// A field as written: a `'` before a formula when asked for, and quotes when it holds the
  /// delimiter, the quote or a line break (both ASCII, so found byte by byte), quotes doubled.
  private func appendFormatted(_ field: String, delimiter: UInt8, quote: UInt8, to output: inout [UInt8]) {
    var field = field
    if escapesFormulas, let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      field = "'" + field
    }
    field.withUTF8 { bytes in
      let needsQuotes = bytes.contains {
        $0 == delimiter || $0 == quote || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
      }
      guard needsQuotes else { return output.append(contentsOf: bytes) }
      output.append(quote)
      for byte in bytes {
        if byte == quote { output.append(quote) }
        output.append(byte)
      }
      output.append(quote)
    }
  }

  /// Encodes the text and appends it; on a character the encoding cannot hold, finds its cell.
  private func append(_ text: String, to output: inout [UInt8], table: Table, number: Int) throws(CSVError) {
    switch encoding {
    case .utf8:
      output += text.utf8
    case .utf16le:
      for unit in text.utf16 { output += [UInt8(truncatingIfNeeded: unit), UInt8(truncatingIfNeeded: unit >> 8)] }
    case .utf16be:
      for unit in text.utf16 { output += [UInt8(truncatingIfNeeded: unit >> 8), UInt8(truncatingIfNeeded: unit)] }
    case .gb18030, .gbk, .big5, .shiftJIS, .latin1:
      let utf8 = Array(text.utf8)
      let conversion: Iconv.Conversion
      do {
        conversion = try Iconv.convert(utf8[...], from: "UTF-8", to: encoding.iconvName, onFailure: .stop)
      } catch {
        throw CSVError(kind: .encodingUnavailable(encoding), location: SourceLocation())
      }
      if let offset = conversion.firstFailure {
        let scalar = String(decoding: utf8[offset..<min(offset + 4, utf8.count)], as: UTF8.self).unicodeScalars.first
        throw unencodable(scalar ?? "\u{FFFD}", in: table, number: number)
      }
      output += conversion.output
    }
  }

  /// The error for the first written field of a table that holds `scalar`: the first place iconv stopped.
  private func unencodable(_ scalar: Unicode.Scalar, in table: Table, number: Int) -> CSVError {
    let grid = table.grid
    let rows = writtenRows(of: table)
    for rowIndex in rows.indices {
      for (column, field) in rows[rowIndex].enumerated() where field.unicodeScalars.contains(scalar) {
        let address = grid.slots[rowIndex][column] ?? CellAddress(row: rowIndex, index: column)
        return CSVError(
          kind: .unencodableCharacter(scalar, encoding: encoding, table: number),
          location: SourceLocation(row: address.row + 1, cell: address.index + 1))
      }
    }
    return CSVError(kind: .unencodableCharacter(scalar, encoding: encoding, table: number), location: SourceLocation())
  }
}
