/// The grammar of Tika text, over lines of UTF-8 bytes: paragraphs, and tables of rows of cells.
///
/// Strict Tika grammar (tika-text-format.md §2): `Table = Row+ E`, `Row = Cell+ E`,
/// `Cell = "\t" first-line more-lines*` in the cell-per-line layout; `Row = "\t" cells… E`
/// in the row-per-line layout. A line is a cell line (T) when its first byte is a tab, empty (E)
/// when it is the line feed, else text (N). Lines are found with memchr and kept as byte ranges;
/// the parser hands out one top-level block at a time and builds no text.
struct TikaTextParser {
  /// A top-level block as read.
  enum Block: Equatable {
    /// A paragraph: its line, without the line feed.
    case paragraph(Range<Int>)
    /// A table: its rows and cells are in `table` until the next call.
    case table
  }

  /// The text (valid UTF-8, LF line ends); the ranges handed out index into it.
  let text: UnsafeBufferPointer<UInt8>
  let layout: TikaLayout
  /// The table last handed out as `.table`; its buffers are reused for the next one.
  private(set) var table = TikaRawTable()
  /// Where the next line starts.
  private var position = 0
  /// That line's 1-based number.
  private var line = 1
  // Once a tab-led block fails to reach its table end, none after it can: the cell-per-line
  // layout fails only at the end of the input, and a row-per-line block is then paragraphs.
  private var tablesPossible = true

  private static let tab = UInt8(ascii: "\t")
  private static let lineFeed = UInt8(ascii: "\n")

  init(text: UnsafeBufferPointer<UInt8>, layout: TikaLayout) {
    self.text = text
    self.layout = layout
  }

  /// Reads the next top-level block.
  ///
  /// - Returns: The block, or nil at the end of the text.
  mutating func next() -> Block? {
    guard position < text.count else { return nil }
    if tablesPossible, text[position] == Self.tab {
      let (start, startLine) = (position, line)
      let complete = layout == .cellPerLine ? readCellPerLineTable() : readRowPerLineTable()
      if complete { return .table }
      (position, line) = (start, startLine)
      tablesPossible = false
    }
    let end = lineEnd(from: position)
    let paragraph = position..<end
    advance(pastLineEndingAt: end)
    return .paragraph(paragraph)
  }

  /// Reads a table in the cell-per-line layout starting at a cell line.
  ///
  /// One empty line after a cell line is a row end when a cell follows and an empty cell
  /// paragraph when text follows; two then a cell are an empty cell paragraph and a row end
  /// (Word never puts two tables side by side); two before anything else, or more, end the table.
  ///
  /// - Returns: Whether the table ended; false when the input ends first.
  private mutating func readCellPerLineTable() -> Bool {
    table.removeAll(firstLine: line)
    var rowIsOpen = false
    while position < text.count {
      let byte = text[position]
      if byte == Self.tab {
        if !rowIsOpen {
          table.startRow()
          rowIsOpen = true
        }
        let end = lineEnd(from: position + 1)
        table.startCell(position + 1..<end)
        advance(pastLineEndingAt: end)
      } else if byte != Self.lineFeed {
        let end = lineEnd(from: position)
        table.addParagraph(position..<end)
        advance(pastLineEndingAt: end)
      } else {
        var empties = 1
        while position + empties < text.count, text[position + empties] == Self.lineFeed { empties += 1 }
        let following = position + empties < text.count ? text[position + empties] : nil
        switch (empties, following) {
        case (1, Self.tab?):
          rowIsOpen = false
        case (1, _?):
          table.addParagraph(position..<position)
        case (1, nil):
          return false
        case (2, Self.tab?):
          table.addParagraph(position..<position)
          rowIsOpen = false
        default:
          position += 2
          line += 2
          return true
        }
        position += empties == 1 ? 1 : 2
        line += empties == 1 ? 1 : 2
      }
    }
    return false
  }

  /// Reads a table in the row-per-line layout: one cell line per row, then an empty line.
  ///
  /// - Returns: Whether the rows ended with an empty line.
  private mutating func readRowPerLineTable() -> Bool {
    table.removeAll(firstLine: line)
    while position < text.count, text[position] == Self.tab {
      table.startRow()
      let end = lineEnd(from: position + 1)
      var cellStart = position + 1
      while true {
        let cellEnd = TikaTextRules.firstIndex(of: Self.tab, in: text, cellStart..<end) ?? end
        table.startCell(cellStart..<cellEnd)
        if cellEnd == end { break }
        cellStart = cellEnd + 1
      }
      advance(pastLineEndingAt: end)
    }
    guard position < text.count, text[position] == Self.lineFeed else { return false }
    position += 1
    line += 1
    return true
  }

  /// Where the line holding `start` ends: its line feed, or the end of the text.
  private func lineEnd(from start: Int) -> Int {
    TikaTextRules.firstIndex(of: Self.lineFeed, in: text, start..<text.count) ?? text.count
  }

  private mutating func advance(pastLineEndingAt end: Int) {
    position = min(end + 1, text.count)
    line += 1
  }
}

/// A table as the grammar reads it, before its cells are built: each cell's paragraphs as
/// byte ranges (a cell line's without its tab; an empty paragraph is an empty range).
struct TikaRawTable {
  /// The 1-based line the table starts on.
  private(set) var firstLine = 0
  /// Every cell paragraph, row by row and cell by cell.
  private(set) var paragraphs: [Range<Int>] = []
  /// For each cell, the index of its first paragraph in `paragraphs`.
  private var cellStarts: [Int] = []
  /// For each row, the index of its first cell in `cellStarts`.
  private var rowStarts: [Int] = []

  /// The rows read.
  var rowCount: Int { rowStarts.count }

  /// The most cells in one row.
  var columns: Int { rowWidths.max() ?? 0 }

  /// The cells read.
  var cellCount: Int { cellStarts.count }

  /// How many cells each row has.
  var rowWidths: some Collection<Int> {
    rowStarts.indices.lazy.map { cells(inRow: $0).count }
  }

  /// Whether a cell holds nothing at all: one empty paragraph (no text, no bookmark marker).
  func isBlank(cell: Int) -> Bool {
    let paragraphs = paragraphs(ofCell: cell)
    return paragraphs.count == 1 && self.paragraphs[paragraphs.lowerBound].isEmpty
  }

  /// The cells of a row, as indices for `paragraphs(ofCell:)`.
  func cells(inRow row: Int) -> Range<Int> {
    rowStarts[row]..<(row + 1 < rowStarts.count ? rowStarts[row + 1] : cellStarts.count)
  }

  /// The paragraphs of a cell, as indices into `paragraphs`.
  func paragraphs(ofCell cell: Int) -> Range<Int> {
    cellStarts[cell]..<(cell + 1 < cellStarts.count ? cellStarts[cell + 1] : paragraphs.count)
  }

  /// Empties the table for the next one, keeping its buffers.
  mutating func removeAll(firstLine: Int) {
    self.firstLine = firstLine
    paragraphs.removeAll(keepingCapacity: true)
    cellStarts.removeAll(keepingCapacity: true)
    rowStarts.removeAll(keepingCapacity: true)
  }

  mutating func startRow() {
    rowStarts.append(cellStarts.count)
  }

  /// Starts a cell in the open row with its first paragraph.
  mutating func startCell(_ paragraph: Range<Int>) {
    cellStarts.append(paragraphs.count)
    paragraphs.append(paragraph)
  }

  /// Adds a paragraph to the open cell.
  mutating func addParagraph(_ paragraph: Range<Int>) {
    paragraphs.append(paragraph)
  }
}
