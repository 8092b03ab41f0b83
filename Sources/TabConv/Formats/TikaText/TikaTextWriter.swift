/// Writes a document as Apache Tika's text output would show it.
///
/// Coverage (tika-text-format.md §1, "Writer recipe"):
/// - A paragraph: its bookmark markers, its text, `\n`.
/// - A table: per row, per cell, `\t` then the cell's paragraphs each ending in `\n` (cell-per-line)
///   or the cell's text (row-per-line); `\n` ends a row and another ends the table.
/// - A merged cell is written once; each row a vertical merge covers gets one empty cell in its
///   place, as Word keeps a `w:vMerge` continuation cell there.
/// - A nested table is written in place inside its cell, by the same rules.
/// - Bookmark markers go at the start of the paragraph, or cell paragraph, where the anchor stands.
///
/// Lost: heading levels and styles (Tika prints headings as plain paragraphs), which spans were
/// declared and which inferred, source information and warnings.
///
/// - Complexity: memory grows with the output text.
public struct TikaTextWriter: Sendable {
  /// The layout to write; nil writes the layout the document was read in, else cell-per-line.
  public var layout: TikaLayout?

  /// What this format can hold.
  public static let capabilities: FormatCapabilities = [
    .paragraphs, .multipleTables, .nestedTables, .anchors, .ownInferredSpans,
  ]

  /// Creates a writer.
  ///
  /// - Parameter layout: The layout to write, or nil for the document's own.
  public init(layout: TikaLayout? = nil) {
    self.layout = layout
  }

  /// The document as Tika text, UTF-8.
  ///
  /// - Parameter document: The document to write.
  /// - Returns: The text's bytes.
  public func write(_ document: Document) -> [UInt8] {
    let layout = self.layout ?? document.source?.tikaLayout ?? .cellPerLine
    var output = ""
    for block in document.blocks { Self.append(block, layout: layout, to: &output) }
    return Array(output.utf8)
  }

  private static func append(_ block: Block, layout: TikaLayout, to output: inout String) {
    switch block {
    case .paragraph(let paragraph):
      output += TikaTextRules.bookmarkMarkers(paragraph.anchors.map(\.name))
      output += paragraph.text
      output += "\n"
    case .table(let table):
      append(table, layout: layout, to: &output)
    }
  }

  private static func append(_ table: Table, layout: TikaLayout, to output: inout String) {
    let grid = table.grid
    for rowIndex in table.rows.indices {
      var column = 0
      while column < table.columns {
        guard let address = grid.slots[rowIndex][column] else {
          column += 1
          continue
        }
        let cell = table[address]
        output += "\t"
        if address.row == rowIndex {
          appendContent(of: cell, layout: layout, to: &output)
        } else if layout == .cellPerLine {
          output += "\n"  // the empty continuation cell of a vertical merge
        }
        column += cell.colSpan
      }
      output += "\n"
    }
    output += "\n"
  }

  /// A cell's content: with no nested blocks, each line of its text is one of its paragraphs.
  private static func appendContent(of cell: Cell, layout: TikaLayout, to output: inout String) {
    let blocks =
      cell.blocks
      ?? cell.text.split(separator: "\n", omittingEmptySubsequences: false).map { .paragraph(Paragraph(String($0))) }
    var paragraphIndex = 0
    for (position, block) in blocks.enumerated() {
      switch block {
      case .paragraph(let paragraph):
        if layout == .rowPerLine, position > 0 { output += "\n" }
        output += TikaTextRules.bookmarkMarkers(cell.anchors.filter { $0.paragraph == paragraphIndex }.map(\.name))
        output += paragraph.text
        if layout == .cellPerLine { output += "\n" }
        paragraphIndex += 1
      case .table(let nested):
        append(nested, layout: layout, to: &output)
      }
    }
  }
}
