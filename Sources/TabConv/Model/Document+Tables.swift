/// A table as flat outputs (CSV, records) see it: every table of the document, nested ones
/// included, numbered in reading order, each nested one naming where it sits.
public struct FlatTable: Sendable, Equatable {
  /// Where a nested table sits in its parent.
  public struct ParentCell: Sendable, Equatable {
    /// The parent's 1-based number among the flat tables.
    public var table: Int
    /// The 1-based row of the parent cell.
    public var row: Int
    /// The 1-based grid column where the parent cell starts.
    public var column: Int
  }

  /// The 1-based number of this table in reading order (what `--table N` selects).
  public var number: Int
  /// The table itself; nested tables inside its cells are listed on their own.
  public var table: Table
  /// For a nested table, the cell that holds it.
  public var parent: ParentCell?
  /// The 1-based index of the top-level block the table is or sits in.
  public var block: Int
}

extension Document {
  /// Every table in reading order, nested tables right after the table that holds them.
  ///
  /// - Complexity: O(cells).
  public var flatTables: [FlatTable] {
    var result: [FlatTable] = []
    for (index, block) in blocks.enumerated() {
      if case .table(let table) = block { Self.flatten(table, parent: nil, block: index + 1, into: &result) }
    }
    return result
  }

  private static func flatten(_ table: Table, parent: FlatTable.ParentCell?, block: Int, into result: inout [FlatTable]) {
    let number = result.count + 1
    result.append(FlatTable(number: number, table: table, parent: parent, block: block))
    let startColumns = table.rows.contains { $0.cells.contains { $0.blocks != nil } } ? table.grid.startColumns : [:]
    for (rowIndex, row) in table.rows.enumerated() {
      for (cellIndex, cell) in row.cells.enumerated() {
        for case .table(let nested) in cell.blocks ?? [] {
          let column = startColumns[CellAddress(row: rowIndex, index: cellIndex)] ?? cellIndex
          let place = FlatTable.ParentCell(table: number, row: rowIndex + 1, column: column + 1)
          flatten(nested, parent: place, block: block, into: &result)
        }
      }
    }
  }
}
