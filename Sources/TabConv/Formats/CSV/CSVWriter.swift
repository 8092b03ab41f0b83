import Foundation

/// Writes tables as comma-separated values (RFC 4180), UTF-8.
///
/// Coverage: one table, or every table one after the other with one empty line between them;
/// merged cells either repeat the origin's text at every grid position they cover (`fill`, as
/// pandas.read_html does) or leave the covered positions empty (`blank`). A field is quoted
/// when it holds the delimiter, a quote, CR or LF; quotes inside are doubled. Lines end in LF.
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

  /// What this format can hold.
  public static let capabilities: FormatCapabilities = [.multipleTables]

  /// Creates a writer.
  ///
  /// - Parameters:
  ///   - merged: How merged cells are written.
  ///   - delimiter: The field delimiter (a comma by default).
  public init(merged: MergedCells = .fill, delimiter: Character = ",") {
    self.merged = merged
    self.delimiter = delimiter
  }

  /// Several tables, one after the other, separated by one empty line.
  ///
  /// - Parameter tables: The tables to write.
  /// - Returns: The CSV bytes.
  public func write(_ tables: [Table]) -> [UInt8] {
    var output = ""
    for (index, table) in tables.enumerated() {
      if index > 0 { output += "\n" }
      append(table, to: &output)
    }
    return Array(output.utf8)
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
        let isOrigin = address.row == rowIndex && grid.startColumns[address] == column
        return isOrigin || merged == .fill ? table[address].text : ""
      }
    }
  }

  private func append(_ table: Table, to output: inout String) {
    for row in fields(of: table) {
      output += row.map(quoted).joined(separator: String(delimiter))
      output += "\n"
    }
  }

  private func quoted(_ field: String) -> String {
    let needsQuotes = field.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    guard needsQuotes else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
