/// Lays Word's rows of cells out on the table grid and turns its merges into spans.
///
/// Word lists every grid position of a row: a cell covering several columns says so with
/// `w:gridSpan`; a cell merged into the one above is still present, marked `w:vMerge` continue;
/// skipped leading and trailing positions are `w:gridBefore`/`w:gridAfter`. The model lists only
/// origin cells with `rowSpan`/`colSpan`, and every grid position must be covered exactly once.
/// The rules (each repair carries a `span-repaired` warning):
/// - The grid is `w:tblGrid`'s column count, widened when a row holds more cells than that.
/// - `w:gridBefore` and any positions left at the end of a row become empty cells.
/// - A span reaching past the grid (or leaving no room for the row's later cells) is clipped.
/// - A vMerge continue extends the origin covering the same grid column in the row above when
///   the origin starts there with the same width, whatever the rows' cell counts; otherwise it
///   stays a cell of its own.
/// - Legacy `w:hMerge` continue cells widen the cell to their left.
struct DocxTableLayout {
  /// A Word cell as read: its content and its merge properties.
  struct WordCell {
    var cell: Cell
    var gridSpan = 1
    var verticalMerge: Merge?
    var horizontalMerge: Merge?
    var position: XMLPosition?
  }

  enum Merge { case restart, `continue` }

  /// A Word row as read.
  struct WordRow {
    var cells: [WordCell] = []
    var gridBefore = 0
    var gridAfter = 0
    var isHeader = false
    /// The row is a tracked insertion (false) or deletion (true).
    var revisionDeleted: Bool?
  }

  /// The table and the repairs made to fit it on its grid.
  static func layout(
    rows wordRows: [WordRow], declaredColumns: Int, warn: (String, XMLPosition?) -> Void
  ) -> Table {
    let rows = wordRows.map(mergingHorizontally)
    let needed = rows.map { $0.gridBefore + $0.cells.count }.max() ?? 0
    let width = max(declaredColumns, needed, 1)
    if needed > declaredColumns, declaredColumns > 0 {
      warn("table rows need \(needed) grid columns but w:tblGrid declares \(declaredColumns); widened", nil)
    }
    // placed[r]: the row's cells in the model; owner[c]: (row, index in placed[row]) covering column c in the row above.
    var placed: [[Cell]] = []
    var owner = [(row: Int, index: Int, start: Int)?](repeating: nil, count: width)
    for (rowIndex, row) in rows.enumerated() {
      var cells: [Cell] = []
      var rowOwner = [(row: Int, index: Int, start: Int)?](repeating: nil, count: width)
      var column = 0
      func place(_ cell: Cell, span: Int) {
        for c in column..<(column + span) { rowOwner[c] = (rowIndex, cells.count, column) }
        cells.append(cell)
        column += span
      }
      for _ in 0..<min(row.gridBefore, width) { place(Cell(""), span: 1) }
      for (cellIndex, wordCell) in row.cells.enumerated() {
        let room = width - column - (row.cells.count - cellIndex - 1)
        guard room >= 1 else { break }  // unreachable: width covers gridBefore + cell count
        var span = max(wordCell.gridSpan, 1)
        if span > room {
          warn("a cell spans \(span) grid columns where \(room) remain; clipped", wordCell.position)
          span = room
        }
        if wordCell.verticalMerge == .continue {
          if let above = owner[column], above.start == column,
            placed[above.row][above.index].colSpan == span
          {
            placed[above.row][above.index].rowSpan += 1
            placed[above.row][above.index].spanSource = .declared
            if !wordCell.cell.text.isEmpty || wordCell.cell.blocks != nil {
              warn("a w:vMerge continue cell holds content; dropped as Word hides it", wordCell.position)
            }
            for c in column..<(column + span) { rowOwner[c] = above }
            column += span
            continue
          }
          warn("a w:vMerge continue cell has no cell of its width above it; kept as its own cell", wordCell.position)
        }
        var cell = wordCell.cell
        cell.colSpan = span
        if span > 1 { cell.spanSource = .declared }
        place(cell, span: span)
      }
      while column < width { place(Cell(""), span: 1) }
      placed.append(cells)
      owner = rowOwner
    }
    let modelRows = zip(placed, rows).map { Row(cells: $0, isHeader: $1.isHeader) }
    return Table(columns: width, rows: modelRows)
  }

  /// Folds legacy `w:hMerge` continue cells into the cell on their left.
  private static func mergingHorizontally(_ row: WordRow) -> WordRow {
    guard row.cells.contains(where: { $0.horizontalMerge == .continue }) else { return row }
    var merged = row
    merged.cells = []
    for cell in row.cells {
      if cell.horizontalMerge == .continue, !merged.cells.isEmpty {
        merged.cells[merged.cells.count - 1].gridSpan += max(cell.gridSpan, 1)
      } else {
        merged.cells.append(cell)
      }
    }
    return merged
  }
}
