/// A table drawn for a terminal with box-drawing characters, merged cells drawn merged.
///
/// Column widths follow the widest one-column cell (wrapped at `maximumColumnWidth`); a merged
/// cell gets the width of the columns it spans and the borders between them. A rowspan cell's
/// lines run on through the rows it covers. Wide (CJK) characters count two columns.
public struct TableDrawing: Sendable {
  /// The widest a column may grow before its text wraps.
  public var maximumColumnWidth: Int

  /// Creates a drawing style.
  ///
  /// - Parameter maximumColumnWidth: Column width at which text wraps.
  public init(maximumColumnWidth: Int = 30) {
    self.maximumColumnWidth = max(1, maximumColumnWidth)
  }

  /// The table as lines of text, each ending in `\n`.
  ///
  /// - Parameter table: A table whose spans tile its grid (checked tables do).
  /// - Returns: The drawing.
  public func draw(_ table: Table) -> String {
    let grid = table.grid
    guard table.columns > 0, !table.rows.isEmpty, grid.tilesExactly else { return "(empty table)\n" }
    let lines = wrappedLines(table)
    let widths = columnWidths(table, grid: grid, lines: lines)
    let heights = rowHeights(table, grid: grid, lines: lines)
    var out = border(above: nil, below: 0, grid: grid, widths: widths)
    for row in table.rows.indices {
      for line in 0..<heights[row] {
        out += "│"
        var column = 0
        while column < table.columns {
          guard let address = grid.slots[row][column], let start = grid.startColumn(of: address) else { break }
          let cell = table[address]
          let width = widths[start..<start + cell.colSpan].reduce(0, +) + 3 * (cell.colSpan - 1)
          // Lines of a rowspan cell continue through the rows below its origin.
          let offset = heights[address.row..<row].reduce(0, +) + line
          let text = lines[address]?[safe: offset] ?? ""
          out += " " + text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + " │"
          column = start + cell.colSpan
        }
        out += "\n"
      }
      out += border(above: row, below: row + 1 < table.rows.count ? row + 1 : nil, grid: grid, widths: widths)
    }
    return out
  }

  private func wrappedLines(_ table: Table) -> [CellAddress: [String]] {
    var lines: [CellAddress: [String]] = [:]
    for (rowIndex, row) in table.rows.enumerated() {
      for (index, cell) in row.cells.enumerated() {
        let limit = maximumColumnWidth * cell.colSpan + 3 * (cell.colSpan - 1)
        lines[CellAddress(row: rowIndex, index: index)] = cell.text.split(
          separator: "\n", omittingEmptySubsequences: false
        ).flatMap { DisplayWidth.wrap($0, width: limit) }
      }
    }
    return lines
  }

  private func columnWidths(_ table: Table, grid: TableGrid, lines: [CellAddress: [String]]) -> [Int] {
    var widths = [Int](repeating: 1, count: table.columns)
    let byColSpan = lines.keys.sorted { table[$0].colSpan < table[$1].colSpan }
    for address in byColSpan {
      guard let start = grid.startColumn(of: address) else { continue }
      let span = table[address].colSpan
      let needed = (lines[address] ?? []).map(DisplayWidth.of).max() ?? 0
      let available = widths[start..<start + span].reduce(0, +) + 3 * (span - 1)
      if needed > available { widths[start + span - 1] += needed - available }
    }
    return widths
  }

  private func rowHeights(_ table: Table, grid: TableGrid, lines: [CellAddress: [String]]) -> [Int] {
    var heights = [Int](repeating: 1, count: table.rows.count)
    let byRowSpan = lines.keys.sorted { table[$0].rowSpan < table[$1].rowSpan }
    for address in byRowSpan {
      let span = table[address].rowSpan
      let needed = lines[address]?.count ?? 1
      let available = heights[address.row..<address.row + span].reduce(0, +)
      if needed > available { heights[address.row + span - 1] += needed - available }
    }
    return heights
  }

  /// The border line between two rows (nil above the first or below the last).
  private func border(above: Int?, below: Int?, grid: TableGrid, widths: [Int]) -> String {
    func slot(_ row: Int?, _ column: Int) -> CellAddress? {
      guard let row, column >= 0, column < widths.count else { return nil }
      return grid.slots[row][column]
    }
    // A horizontal segment under column c is drawn unless one cell covers both rows there.
    func horizontal(_ column: Int) -> Bool {
      guard column >= 0, column < widths.count else { return false }
      return above == nil || below == nil || slot(above, column) != slot(below, column)
    }
    // A vertical segment at the boundary before column c, in a given row.
    func vertical(_ row: Int?, _ column: Int) -> Bool {
      guard let row else { return false }
      return column == 0 || column == widths.count || slot(row, column - 1) != slot(row, column)
    }
    var out = ""
    for column in 0...widths.count {
      out += Self.junction(
        up: vertical(above, column), down: vertical(below, column), left: horizontal(column - 1),
        right: horizontal(column))
      if column < widths.count {
        out += String(repeating: horizontal(column) ? "─" : " ", count: widths[column] + 2)
      }
    }
    return out + "\n"
  }

  private static func junction(up: Bool, down: Bool, left: Bool, right: Bool) -> String {
    switch (up, down, left, right) {
    case (false, true, false, true): "┌"
    case (false, true, true, false): "┐"
    case (true, false, false, true): "└"
    case (true, false, true, false): "┘"
    case (true, true, false, true): "├"
    case (true, true, true, false): "┤"
    case (false, true, true, true): "┬"
    case (true, false, true, true): "┴"
    case (true, true, true, true): "┼"
    case (true, true, false, false), (true, false, false, false), (false, true, false, false): "│"
    case (false, false, true, true), (false, false, true, false), (false, false, false, true): "─"
    case (false, false, false, false): " "
    }
  }
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
