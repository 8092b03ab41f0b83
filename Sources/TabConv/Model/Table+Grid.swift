/// A cell's place in its table: the row it starts in and its index among that row's cells.
public struct CellAddress: Sendable, Hashable {
  /// The 0-based row.
  public var row: Int
  /// The 0-based index in `Row.cells` (not the grid column).
  public var index: Int

  /// Creates an address.
  public init(row: Int, index: Int) {
    self.row = row
    self.index = index
  }
}

/// The table laid out on its grid: which cell covers each grid position.
///
/// Span tiling lives here, once, for every writer and check. Cells are placed row by row,
/// left to right, each at the first grid column its row has not yet filled (as HTML tables
/// and Word's grid place them).
public struct TableGrid: Sendable, Equatable {
  /// A problem that stops the spans from tiling the grid exactly.
  public enum Problem: Sendable, Equatable {
    /// The cell reaches past the last grid column.
    case pastLastColumn(CellAddress, column: Int)
    /// The cell reaches below the last row.
    case pastLastRow(CellAddress)
    /// The cell covers a position another cell already covers.
    case overlap(CellAddress, row: Int, column: Int)
    /// The position is covered by no cell.
    case uncovered(row: Int, column: Int)
    /// The cell has a span below 1.
    case invalidSpan(CellAddress)
  }

  /// For each row and grid column, the cell that covers it (nil when none does).
  public private(set) var slots: [[CellAddress?]]
  /// The grid column each cell starts at, by row, then by index in the row.
  ///
  /// -1 marks a cell with a span below 1, which is placed nowhere. Arrays, not a dictionary:
  /// every writer lays out every table, and hashing an address per cell cost more than the layout.
  private var startColumnsByRow: [[Int]]

  /// The grid column a cell starts at, or nil for a cell that is placed nowhere (span below 1)
  /// or an address that is not in the table.
  public func startColumn(of address: CellAddress) -> Int? {
    guard startColumnsByRow.indices.contains(address.row),
      startColumnsByRow[address.row].indices.contains(address.index)
    else { return nil }
    let column = startColumnsByRow[address.row][address.index]
    return column < 0 ? nil : column
  }

  /// The grid column each cell starts at, by address (built on each call; prefer `startColumn(of:)`).
  public var startColumns: [CellAddress: Int] {
    var result: [CellAddress: Int] = [:]
    for (row, columns) in startColumnsByRow.enumerated() {
      for (index, column) in columns.enumerated() where column >= 0 {
        result[CellAddress(row: row, index: index)] = column
      }
    }
    return result
  }

  /// Whether the cell covering a position starts there (and not in a row above or a column to
  /// the left).
  public func isOrigin(row: Int, column: Int) -> Bool {
    guard let address = slots[row][column] else { return false }
    return address.row == row && startColumnsByRow[row][address.index] == column
  }
  /// Every tiling problem found, in reading order.
  public private(set) var problems: [Problem]

  /// Lays out a table on its grid.
  ///
  /// - Parameter table: The table to lay out.
  /// - Complexity: O(rows × columns + cells × span area).
  public init(_ table: Table) {
    let width = max(table.columns, 0)
    var slots = Array(repeating: [CellAddress?](repeating: nil, count: width), count: table.rows.count)
    var startColumnsByRow = table.rows.map { [Int](repeating: -1, count: $0.cells.count) }
    var problems: [Problem] = []
    for (rowIndex, row) in table.rows.enumerated() {
      var column = 0
      for (cellIndex, cell) in row.cells.enumerated() {
        let address = CellAddress(row: rowIndex, index: cellIndex)
        while column < width, slots[rowIndex][column] != nil { column += 1 }
        guard cell.rowSpan >= 1, cell.colSpan >= 1 else {
          problems.append(.invalidSpan(address))
          continue
        }
        startColumnsByRow[rowIndex][cellIndex] = column
        if column + cell.colSpan > width {
          problems.append(.pastLastColumn(address, column: column))
        }
        if rowIndex + cell.rowSpan > table.rows.count {
          problems.append(.pastLastRow(address))
        }
        for r in rowIndex..<min(rowIndex + cell.rowSpan, table.rows.count) {
          // A cell after one that spans past the last column starts past it too (fuzz finding).
          for c in column..<max(column, min(column + cell.colSpan, width)) {
            if slots[r][c] != nil {
              problems.append(.overlap(address, row: r, column: c))
            } else {
              slots[r][c] = address
            }
          }
        }
        column += cell.colSpan
      }
    }
    for (r, rowSlots) in slots.enumerated() {
      for (c, slot) in rowSlots.enumerated() where slot == nil {
        problems.append(.uncovered(row: r, column: c))
      }
    }
    self.slots = slots
    self.startColumnsByRow = startColumnsByRow
    self.problems = problems
  }

  /// Whether every grid position is covered by exactly one cell.
  public var tilesExactly: Bool { problems.isEmpty }
}

extension Table {
  /// The table laid out on its grid.
  public var grid: TableGrid { TableGrid(self) }

  /// The cell at an address.
  public subscript(address: CellAddress) -> Cell {
    rows[address.row].cells[address.index]
  }
}

extension TableGrid {
  /// Whether a table's spans tile its grid exactly: what `TableGrid(table).tilesExactly` says,
  /// without laying the table out (no slot per position holding an address, no dictionary of
  /// start columns), so a check can run it on every table and lay out only one that fails.
  ///
  /// - Complexity: O(rows × columns) bits and time.
  public static func tiles(_ table: Table) -> Bool {
    let width = max(table.columns, 0)
    let height = table.rows.count
    let (positions, overflow) = width.multipliedReportingOverflow(by: height)
    guard !overflow else { return TableGrid(table).tilesExactly }
    var covered = [Bool](repeating: false, count: positions)
    return covered.withUnsafeMutableBufferPointer { covered in
      for (rowIndex, row) in table.rows.enumerated() {
        let rowStart = rowIndex * width
        var column = 0
        for cell in row.cells {
          while column < width, covered[rowStart + column] { column += 1 }
          guard cell.rowSpan >= 1, cell.colSpan >= 1, cell.colSpan <= width - column,
            cell.rowSpan <= height - rowIndex
          else { return false }
          for spanned in rowIndex..<rowIndex + cell.rowSpan {
            let start = spanned * width + column
            for position in start..<start + cell.colSpan {
              if covered[position] { return false }
              covered[position] = true
            }
          }
          column += cell.colSpan
        }
      }
      return !covered.contains(false)
    }
  }
}
