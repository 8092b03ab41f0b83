/// Writes tables as plain tab-separated values: one row per line, one field per grid column.
///
/// Coverage: the "linear TSV" convention (as PostgreSQL's COPY text format and many Unix tools
/// read it): a field's backslash, tab and line feed are written as `\\`, `\t` and `\n`, so every
/// record is exactly one line and every tab separates fields; `TSVReader` reads them back. Merged
/// cells follow the same `fill` / `blank` choice as CSV; several tables are separated by one
/// empty line. This is not the Tika layout (`--to tika` writes that).
///
/// Lost: as for CSV (paragraphs, anchors, styles, and the spans themselves).
public struct TSVWriter: Sendable {
  /// How merged cells are written.
  public var merged: CSVWriter.MergedCells
  /// Whether each table's first row (its header) is left out.
  public var omitsFirstRow = false

  /// What this format can hold.
  public static let capabilities: FormatCapabilities = [.multipleTables]

  /// Creates a writer.
  ///
  /// - Parameter merged: How merged cells are written.
  public init(merged: CSVWriter.MergedCells = .fill) {
    self.merged = merged
  }

  /// Tables as TSV, separated by one empty line.
  ///
  /// - Parameter tables: The tables to write.
  /// - Returns: The TSV bytes, UTF-8, LF line ends.
  public func write(_ tables: [Table]) -> [UInt8] {
    var output: [UInt8] = []
    for (index, table) in tables.enumerated() { output += encoded(table, separated: index > 0) }
    return output
  }

  /// One table's lines, after the empty line that separates it from the table before.
  ///
  /// - Parameters:
  ///   - table: The table.
  ///   - separated: Whether a table was written before it.
  /// - Returns: The bytes, UTF-8.
  func encoded(_ table: Table, separated: Bool) -> [UInt8] {
    var output = separated ? "\n" : ""
    let grid = CSVWriter(merged: merged)
    for row in grid.fields(of: table).dropFirst(omitsFirstRow ? 1 : 0) {
      output += row.map(Self.escaped).joined(separator: "\t")
      output += "\n"
    }
    return Array(output.utf8)
  }

  /// A field with backslash, tab and LF escaped.
  static func escaped(_ field: String) -> String {
    guard field.unicodeScalars.contains(where: { "\\\t\n".unicodeScalars.contains($0) }) else { return field }
    var result = ""
    for scalar in field.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\t": result += "\\t"
      case "\n": result += "\\n"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
