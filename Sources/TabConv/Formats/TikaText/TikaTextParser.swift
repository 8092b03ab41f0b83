/// The grammar of Tika text, over lines: paragraphs, and tables of rows of cells.
///
/// Strict Tika grammar (tika-text-format.md §2): `Table = Row+ E`, `Row = Cell+ E`,
/// `Cell = "\t" first-line more-lines*` in the cell-per-line layout; `Row = "\t" cells… E`
/// in the row-per-line layout. Lines are classified by `TikaTextRules.kind(of:)`.
struct TikaTextParser {
  let lines: [Substring]
  let layout: TikaLayout
  let file: String?
  private(set) var warnings: [DocumentWarning] = []
  /// The most grid positions one table may have (`TableSizeLimit`).
  var maximumPositions = Int.max
  /// A table over `maximumPositions`, where parsing stopped: rows, columns and first line.
  private(set) var oversizedTable: (rows: Int, columns: Int, line: Int)?

  init(lines: [Substring], layout: TikaLayout, file: String?) {
    self.lines = lines
    self.layout = layout
    self.file = file
  }

  /// A table as read, before spans are inferred: rows of cells, each a list of lines.
  private typealias RawRow = [[Substring]]

  mutating func parseBlocks() -> [Block] {
    var blocks: [Block] = []
    var index = 0
    // Once a tab-led block fails to reach its table end, none after it can: it failed at the end of input.
    var tablesPossible = true
    while index < lines.count {
      let line = lines[index]
      if tablesPossible, TikaTextRules.kind(of: line) == .cell {
        let parsed = layout == .cellPerLine ? cellPerLineTable(from: index) : rowPerLineTable(from: index)
        if let (rows, next) = parsed {
          let columns = rows.map(\.count).max() ?? 0
          let (positions, overflow) = rows.count.multipliedReportingOverflow(by: columns)
          if overflow || positions > maximumPositions {
            oversizedTable = (rows.count, columns, index + 1)
            return blocks
          }
          blocks.append(.table(makeTable(rows, firstLine: index + 1, block: blocks.count + 1)))
          index = next
          continue
        }
        tablesPossible = false
      }
      blocks.append(.paragraph(makeParagraph(line)))
      index += 1
    }
    return blocks
  }

  /// Reads a table in the cell-per-line layout starting at a cell line.
  ///
  /// - Returns: The rows and the index of the first line after the table end, or nil when the
  ///   input ends before the table does.
  private func cellPerLineTable(from start: Int) -> ([RawRow], Int)? {
    var rows: [RawRow] = []
    var row: RawRow = []
    var cell: [Substring] = []
    var index = start
    while index < lines.count {
      let line = lines[index]
      switch TikaTextRules.kind(of: line) {
      case .cell:
        if index > start, !cell.isEmpty { row.append(cell) }
        cell = [line.dropFirst()]
        index += 1
      case .text:
        cell.append(line)
        index += 1
      case .empty:
        var empties = 1
        while index + empties < lines.count, lines[index + empties].isEmpty { empties += 1 }
        let following = index + empties < lines.count ? TikaTextRules.kind(of: lines[index + empties]) : nil
        switch (empties, following) {
        case (1, .cell?):
          row.append(cell)
          rows.append(row)
          (row, cell) = ([], [])
          index += 1
        case (1, .text?):
          cell.append("")
          index += 1
        case (1, nil):
          return nil
        case (2, .cell?):
          cell.append("")
          row.append(cell)
          rows.append(row)
          (row, cell) = ([], [])
          index += 2
        default:
          row.append(cell)
          rows.append(row)
          return (rows, index + 2)
        }
      }
    }
    return nil
  }

  /// Reads a table in the row-per-line layout: one cell line per row, then an empty line.
  private func rowPerLineTable(from start: Int) -> ([RawRow], Int)? {
    var rows: [RawRow] = []
    var index = start
    while index < lines.count, TikaTextRules.kind(of: lines[index]) == .cell {
      let cells = lines[index].dropFirst().split(separator: "\t", omittingEmptySubsequences: false)
      rows.append(cells.map { [$0] })
      index += 1
    }
    guard index < lines.count, lines[index].isEmpty else { return nil }
    return (rows, index + 1)
  }

  private mutating func makeTable(_ rows: [RawRow], firstLine: Int, block: Int) -> Table {
    let cells = rows.map { row in row.map(makeCell) }
    let result = MergedCellSpans.infer(rows: cells)
    if result.mergedRegions > 0 {
      warnings.append(
        DocumentWarning(
          .mergeInferred,
          "\(result.mergedRegions) merged cells inferred from short rows and leading empty cells",
          at: SourceLocation(file: file, line: firstLine, block: block)))
    }
    return result.table
  }

  private func makeCell(_ cellLines: [Substring]) -> Cell {
    var anchors: [Anchor] = []
    var texts: [Substring] = []
    for (paragraph, line) in cellLines.enumerated() {
      let (names, text) = TikaTextRules.splitBookmarks(line)
      anchors += names.map { Anchor(name: $0, paragraph: paragraph) }
      texts.append(text)
    }
    return Cell(texts.joined(separator: "\n"), anchors: anchors)
  }

  private func makeParagraph(_ line: Substring) -> Paragraph {
    let (names, text) = TikaTextRules.splitBookmarks(line)
    return Paragraph(String(text), anchors: names.map { Anchor(name: $0) })
  }
}
