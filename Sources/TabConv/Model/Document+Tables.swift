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
  /// The 1-based index of the top-level block the table is or sits in (among the blocks of its
  /// header or footer, for a table of page furniture).
  public var block: Int
  /// For a table in a header or footer: the 1-based index of that piece in `Document.pageFurniture`.
  public var pageFurniture: Int?
}

extension Document {
  /// Every table of the body in reading order, nested tables right after the table that holds them.
  ///
  /// Tables in headers and footers are left out (see `flatTables(includingPageFurniture:)`).
  ///
  /// - Complexity: O(cells).
  public var flatTables: [FlatTable] { flatTables(includingPageFurniture: false) }

  /// Every table in reading order, nested tables right after the table that holds them, and,
  /// when asked, then the tables of each header and footer in `pageFurniture` order.
  ///
  /// Page furniture comes after the body so a body table's number is the same either way.
  ///
  /// - Parameter includingPageFurniture: Whether to list the tables of headers and footers.
  /// - Returns: The tables, numbered from 1.
  /// - Complexity: O(cells).
  public func flatTables(includingPageFurniture: Bool) -> [FlatTable] {
    var result: [FlatTable] = []
    for (index, block) in blocks.enumerated() {
      if case .table(let table) = block { Self.flatten(table, parent: nil, block: index + 1, into: &result) }
    }
    guard includingPageFurniture else { return result }
    for (pieceIndex, piece) in pageFurniture.enumerated() {
      for (index, block) in piece.blocks.enumerated() {
        guard case .table(let table) = block else { continue }
        Self.flatten(table, parent: nil, block: index + 1, furniture: pieceIndex + 1, into: &result)
      }
    }
    return result
  }

  /// A top-level table and the tables nested in it, as flat tables numbered after `count` others.
  ///
  /// - Parameters:
  ///   - table: The table.
  ///   - block: The 1-based index of its block (in the body, or in its header or footer).
  ///   - furniture: For a table of a header or footer, the 1-based index of that piece.
  ///   - count: How many flat tables come before it.
  /// - Returns: The table, then each nested one in reading order.
  static func flatTables(of table: Table, block: Int, furniture: Int? = nil, after count: Int) -> [FlatTable] {
    var result: [FlatTable] = []
    flatten(table, parent: nil, block: block, furniture: furniture, numberedAfter: count, into: &result)
    return result
  }

  private static func flatten(
    _ table: Table, parent: FlatTable.ParentCell?, block: Int, furniture: Int? = nil, numberedAfter offset: Int = 0,
    into result: inout [FlatTable]
  ) {
    let number = offset + result.count + 1
    result.append(FlatTable(number: number, table: table, parent: parent, block: block, pageFurniture: furniture))
    let grid = table.rows.contains { $0.cells.contains { $0.blocks != nil } } ? table.grid : nil
    for (rowIndex, row) in table.rows.enumerated() {
      for (cellIndex, cell) in row.cells.enumerated() {
        for case .table(let nested) in cell.blocks ?? [] {
          let column = grid?.startColumn(of: CellAddress(row: rowIndex, index: cellIndex)) ?? cellIndex
          let place = FlatTable.ParentCell(table: number, row: rowIndex + 1, column: column + 1)
          flatten(nested, parent: place, block: block, furniture: furniture, numberedAfter: offset, into: &result)
        }
      }
    }
  }
}
