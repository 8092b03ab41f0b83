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
    var warnings = input.warnings
    var lines = input.text.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    var rows: [Row] = []
    var sawCR = false
    for (index, var line) in lines.enumerated() {
      if line.last == UInt8(ascii: "\r") {
        line = line.dropLast()
        sawCR = true
      }
      let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
      var cells: [Cell] = []
      for (fieldIndex, field) in fields.enumerated() {
        let text = Self.unescaped(String(decoding: field, as: UTF8.self))
        if let bad = text.unicodeScalars.first(where: \.isForbiddenInText) {
          throw CSVError(
            kind: .controlCharacter(bad), location: SourceLocation(file: file, line: index + 1, cell: fieldIndex + 1))
        }
        cells.append(Cell(text))
      }
      rows.append(Row(cells: cells))
    }
    if sawCR {
      warnings.append(
        DocumentWarning(.inputNormalized, "CRLF line ends were read as LF", at: SourceLocation(file: file)))
    }
    let width = rows.map(\.cells.count).max() ?? 0
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
