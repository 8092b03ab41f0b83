/// Rebuilds merged cells for a table read from a format that loses them (Tika text).
///
/// Such formats leave a merge behind as a shorter row (a horizontal merge) or as empty cells
/// (a vertical merge). The rules, which the spans record as `inferred`:
/// 1. The grid width is the widest row's cell count.
/// 2. A short row's last cell spans the remaining columns.
/// 3. A row's *leading* empty cells (a run of empty cells from the first column, followed by a
///    cell that is not empty) continue the cell above them in that column, when that cell covers
///    exactly that one column. The first leading cell that cannot continue ends the run.
/// 4. Every other empty cell stays an empty cell.
///
/// "Empty" means no text at all, no anchors and no nested blocks: a space-only cell keeps its
/// bytes, so it is never merged away.
public enum MergedCellSpans {
  /// What inference did to one table.
  public struct Result: Sendable, Equatable {
    /// The table with inferred spans.
    public var table: Table
    /// How many cells now span more than one grid position.
    public var mergedRegions: Int
  }

  /// Infers spans for a table given as rows of unmerged cells.
  ///
  /// - Parameter rows: The rows as read, each cell with span 1.
  /// - Returns: The table on its grid, with inferred spans.
  /// - Complexity: O(rows × columns).
  public static func infer(rows: [[Cell]]) -> Result {
    let columns = rows.map(\.count).max() ?? 0
    var table = Table(columns: columns, rows: [])
    // For each grid position of the previous row: the address of the cell covering it.
    var coverAbove: [CellAddress?] = []
    var merged = Set<CellAddress>()
    var startColumns: [CellAddress: Int] = [:]

    for (rowIndex, rawCells) in rows.enumerated() {
      var cells = rawCells
      if let last = cells.indices.last, cells.count < columns {
        cells[last].colSpan = columns - last
      }
      let leadingEmpty = cells.prefix(while: \.isBlank).count
      var continued = 0
      if leadingEmpty < cells.count {
        while continued < leadingEmpty, continued < coverAbove.count,
          let origin = coverAbove[continued],
          startColumns[origin] == continued, table[origin].colSpan == 1
        {
          table.rows[origin.row].cells[origin.index].rowSpan += 1
          merged.insert(origin)
          continued += 1
        }
      }
      var cover = [CellAddress?](repeating: nil, count: columns)
      for column in 0..<continued { cover[column] = coverAbove[column] }
      var row = Row(cells: [])
      var column = continued
      for cell in cells.dropFirst(continued) {
        let address = CellAddress(row: rowIndex, index: row.cells.count)
        startColumns[address] = column
        for covered in column..<min(column + cell.colSpan, columns) { cover[covered] = address }
        if cell.colSpan > 1 { merged.insert(address) }
        column += cell.colSpan
        row.cells.append(cell)
      }
      table.rows.append(row)
      coverAbove = cover
    }
    for address in merged {
      table.rows[address.row].cells[address.index].spanSource = .inferred
    }
    return Result(table: table, mergedRegions: merged.count)
  }
}

extension Cell {
  /// Whether the cell holds nothing at all: no text, no anchors, no nested blocks.
  fileprivate var isBlank: Bool { text.isEmpty && anchors.isEmpty && blocks == nil }
}
