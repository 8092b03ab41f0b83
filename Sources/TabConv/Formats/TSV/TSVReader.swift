/// Reads tab-separated values: one record per line, fields split at every tab.
///
/// Coverage: the "linear TSV" convention `TSVWriter` writes (and PostgreSQL's COPY text format
/// uses): `\\`, `\t` and `\n` inside a field stand for a backslash, a tab and a line break.
/// Other backslash sequences (`\N`, `\r`, `\b`) are kept as they are written, so nothing is lost.
/// Quotes have no meaning. LF or CRLF line ends; the last line end is optional. The encoding is
/// detected or given as for CSV (`--encoding`). Rows with fewer fields are padded, with a warning.
///
/// - Complexity: memory grows with the input (it is decoded whole).
public struct TSVReader: Sendable {
  /// The input's encoding; nil detects it.
  public var encoding: TextEncoding?

  /// Creates a reader.
  ///
  /// - Parameter encoding: The input's encoding, or nil to detect it.
  public init(encoding: TextEncoding? = nil) {
    self.encoding = encoding
  }

  /// Reads a document: one table, or no blocks for empty input.
  ///
  /// - Parameters:
  ///   - bytes: The whole input.
  ///   - file: The input's name for messages and `source.file`.
  /// - Returns: The document, `source.format` `.tsv`.
  /// - Throws: `CSVError` for bytes the encoding cannot decode or control characters in fields.
  public func read(bytes: [UInt8], file: String?) throws -> Document {
    let input = try CSVReader.decode(bytes, options: CSVReadOptions(delimiter: "\t", encoding: encoding), file: file)
    let split = try input.text.withUnsafeBufferPointer { bytes throws(CSVError) in try Self.rows(of: bytes, file: file)
    }
    var warnings = input.warnings
    var rows = split.rows
    if split.sawCR {
      warnings.append(
        DocumentWarning(.inputNormalized, "CRLF line ends were read as LF", at: SourceLocation(file: file)))
    }
    // A closure, not the key path \.cells.count: applying a key path costs about two thousand
    // instructions a row.
    let width = rows.reduce(0) { max($0, $1.cells.count) }
    if !TableSizeLimit.allows(rows: rows.count, columns: width, inputSize: bytes.count) {
      let widest = rows.firstIndex { $0.cells.count == width } ?? 0
      throw TableTooLargeError(
        rows: rows.count, columns: width, inputSize: bytes.count, location: SourceLocation(file: file, line: widest + 1)
      )
    }
    let short = rows.indices.filter { rows[$0].cells.count < width }
    for index in short { rows[index].cells += Array(repeating: Cell(""), count: width - rows[index].cells.count) }
    if let first = short.first {
      warnings.append(
        DocumentWarning(
          .inputNormalized,
          "\(short.count) rows with fewer than \(width) fields were padded with empty cells, the first on this line",
          at: SourceLocation(file: file, line: first + 1)))
    }
    let blocks: [Block] = rows.isEmpty ? [] : [.table(Table(columns: width, rows: rows))]
    return Document(blocks: blocks, source: Source(format: .tsv, file: file), warnings: warnings)
  }

  /// Splits the text into rows of cells: lines at LF (a CR before it, or at the very end,
  /// dropped), fields at tabs.
  ///
  /// - Parameters:
  ///   - bytes: The text as valid UTF-8.
  ///   - file: The input's name, for error locations.
  /// - Returns: The rows, and whether any line ended with CR.
  /// - Throws: `CSVError.controlCharacter` at the line and cell of the first control character.
  private static func rows(of bytes: UnsafeBufferPointer<UInt8>, file: String?) throws(CSVError) -> (
    rows: [Row], sawCR: Bool
  ) {
    let backslash = UInt8(ascii: "\\")
    return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { table throws(CSVError) in
      // Stop at tab, CR, LF and the other C0 controls, DEL, C2 (C1 controls) and the escape.
      for value in 0..<256 {
        let byte = UInt8(value)
        table[value] = byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == backslash ? 1 : 0
      }
      let stops = UnsafeBufferPointer(table)
      let count = bytes.count
      var rows: [Row] = []
      var sawCR = false
      var recentCounts = (0, 0)
      var index = 0
      while index < count {
        var cells: [Cell] = []
        cells.reserveCapacity(max(recentCounts.0, recentCounts.1))  // As the CSV reader does.
        var fieldStart = index
        var hasEscape = false
        while true {
          index = StopByteScan.firstStop(in: bytes, from: index, table: stops, mask: 1, special: backslash)
          let fieldEnd = index
          var endsLine = true
          if index < count {
            switch bytes[index] {
            case backslash:
              hasEscape = true
              index += 1
              continue
            case UInt8(ascii: "\t"):
              endsLine = false
              index += 1
            case UInt8(ascii: "\n"):
              index += 1
            case UInt8(ascii: "\r") where index + 1 == count || bytes[index + 1] == UInt8(ascii: "\n"):
              sawCR = true
              index += index + 1 == count ? 1 : 2
            case 0xC2 where !(index + 1 < count && (0x80..<0xA0).contains(bytes[index + 1])):
              index += 1
              continue
            default:
              let scalar =
                String(decoding: bytes[index..<min(index + 2, count)], as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
              throw CSVError(
                kind: .controlCharacter(scalar),
                location: SourceLocation(file: file, line: rows.count + 1, cell: cells.count + 1))
            }
          }
          let field = String(validUTF8: UnsafeBufferPointer(rebasing: bytes[fieldStart..<fieldEnd]))
          cells.appendTextCell(hasEscape ? unescaped(field) : field)
          if endsLine { break }
          fieldStart = index
          hasEscape = false
        }
        recentCounts = (recentCounts.1, cells.count)
        rows.append(Row(cells: cells))
      }
      return (rows, sawCR)
    }
  }

  /// A field with `\\`, `\t` and `\n` turned back into what they stand for.
  static func unescaped(_ field: String) -> String {
    guard field.contains("\\") else { return field }
    var result = ""
    var scalars = field.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard scalar == "\\" else {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalars.next() {
      case "\\": result += "\\"
      case "t": result += "\t"
      case "n": result += "\n"
      case let other?: result += "\\" + String(other)
      case nil: result += "\\"
      }
    }
    return result
  }
}
