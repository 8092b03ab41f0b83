/// Writes one table as `w:tbl`, from the shared grid (`TableGrid`), the way Word lists a table:
/// every grid position of every row is covered by a `w:tc` (ECMA-376 Part 1, §17.4).
///
/// - `w:tblPr`: style `TableGrid` (borders), width `auto`; `w:tblGrid`: one `w:gridCol` per grid
///   column, the text width shared out by how long each column's lines are (Word fits the table
///   to its content anyway; LibreOffice takes the widths as given).
/// - A row marked `isHeader` gets `w:trPr/w:tblHeader` (Word repeats it on each page when it
///   heads the table).
/// - A cell at its origin gets `w:gridSpan` when it covers several columns and
///   `w:vMerge w:val="restart"` when it covers several rows; in every later row it covers, a `w:tc`
///   with the same `w:gridSpan`, a `w:vMerge` (continue) and one empty paragraph stands in for it.
/// - Cell content comes from `DocxBodyWriter.writeCellContent`: one paragraph per line of text, or
///   the cell's blocks with nested tables in place.
/// - A grid position no cell covers (a table that fails the tiling check) gets an empty cell, so
///   the file stays valid; overlapping cells are written where the grid places them.
struct DocxTableWriter {
  /// Twips a cell loses to its left and right margins (108 each, the `TableNormal` style).
  private static let cellMargins = 216
  /// The narrowest column written, in twips.
  private static let minimumColumnWidth = 360

  /// How a `w:tc` takes part in a vertical merge.
  private enum VerticalMerge { case restart, `continue` }

  private let table: Table
  private let grid: TableGrid
  private let columnWidths: [Int]

  /// Lays a table out to fit `width` twips.
  init(table: Table, width: Int) {
    self.table = table
    grid = TableGrid(table)
    columnWidths = Self.columnWidths(of: table, grid: grid, width: width)
  }

  /// Writes the table; cell content goes through `body`.
  func write(with body: inout DocxBodyWriter) throws(XMLWriteFailure) {
    let xml = body.xml
    try xml.start("w:tbl")
    try xml.start("w:tblPr")
    try xml.empty("w:tblStyle", ["w:val": DocxStyleSheet.tableGridId])
    try xml.empty("w:tblW", ["w:w": "0", "w:type": "auto"])
    try xml.empty("w:tblLook", ["w:val": "04A0"])
    try xml.end()
    try xml.start("w:tblGrid")
    for width in columnWidths { try xml.empty("w:gridCol", ["w:w": String(width)]) }
    try xml.end()
    for (rowIndex, row) in table.rows.enumerated() {
      try xml.start("w:tr")
      if row.isHeader {
        try xml.start("w:trPr")
        try xml.empty("w:tblHeader")
        try xml.end()
      }
      try writeCells(ofRow: rowIndex, with: &body)
      try xml.end()
    }
    try xml.end()
  }

  /// Walks the row's grid positions left to right: each run of positions covered by one cell is one `w:tc`.
  private func writeCells(ofRow rowIndex: Int, with body: inout DocxBodyWriter) throws(XMLWriteFailure) {
    let slots = grid.slots[rowIndex]
    var column = 0
    while column < slots.count {
      let slot = slots[column]
      var span = 1
      while column + span < slots.count, slot != nil, slots[column + span] == slot { span += 1 }
      let width = columnWidths[column..<(column + span)].reduce(0, +)
      guard let address = slot else {
        try writeCell(Cell(""), span: 1, merge: nil, width: width, with: &body)
        column += 1
        continue
      }
      let cell = table[address]
      if address.row == rowIndex {
        try writeCell(cell, span: span, merge: cell.rowSpan > 1 ? .restart : nil, width: width, with: &body)
      } else {
        try writeCell(nil, span: span, merge: .continue, width: width, with: &body)
      }
      column += span
    }
  }

  /// One `w:tc`; `cell` nil for the stand-in of a vertically merged cell.
  private func writeCell(
    _ cell: Cell?, span: Int, merge: VerticalMerge?, width: Int, with body: inout DocxBodyWriter
  ) throws(XMLWriteFailure) {
    let xml = body.xml
    try xml.start("w:tc")
    try xml.start("w:tcPr")
    try xml.empty("w:tcW", ["w:w": String(width), "w:type": "dxa"])
    if span > 1 { try xml.empty("w:gridSpan", ["w:val": String(span)]) }
    switch merge {
    case .restart?: try xml.empty("w:vMerge", ["w:val": "restart"])
    case .continue?: try xml.empty("w:vMerge")
    case nil: break
    }
    try xml.end()
    if let cell {
      try body.writeCellContent(cell, width: max(width - Self.cellMargins, Self.minimumColumnWidth))
    } else {
      try body.writeEmptyParagraph()
    }
    try xml.end()
  }

  /// Widths in twips summing to `width` (or the minimum per column, when that is more).
  private static func columnWidths(of table: Table, grid: TableGrid, width: Int) -> [Int] {
    let count = max(table.columns, 0)
    guard count > 0 else { return [] }
    // Weight: 10 + the longest line of the column's cells in display columns (at most 40), so a
    // column of short numbers is not squeezed to nothing beside one of long sentences. As in
    // HTML's automatic layout, a cell spanning several columns only widens them when their
    // unmerged cells leave it less room than it needs.
    func longestLine(_ cell: Cell) -> Int {
      min(cell.text.split(separator: "\n").map { DisplayWidth.of($0) }.max() ?? 0, 40)
    }
    var weights = [Int](repeating: 0, count: count)
    var spanning: [(column: Int, span: Int, need: Int)] = []
    for (address, column) in grid.startColumns where column < count {
      let cell = table[address]
      let span = min(max(cell.colSpan, 1), count - column)
      if span == 1 {
        weights[column] = max(weights[column], longestLine(cell))
      } else {
        spanning.append((column, span, longestLine(cell)))
      }
    }
    // Sorted: the dictionary of start columns has no stable order, and the bytes must not vary.
    for cell in spanning.sorted(by: { ($0.column, $0.span, $0.need) < ($1.column, $1.span, $1.need) }) {
      let covered = cell.column..<(cell.column + cell.span)
      let missing = cell.need - covered.map { weights[$0] }.reduce(0, +)
      if missing > 0 { for column in covered { weights[column] += (missing + cell.span - 1) / cell.span } }
    }
    weights = weights.map { 10 + $0 }
    let total = weights.reduce(0, +)
    var widths = weights.map { max($0 * width / total, minimumColumnWidth) }
    let rest = width - widths.reduce(0, +)
    if rest > 0 { widths[count - 1] += rest }
    return widths
  }
}
