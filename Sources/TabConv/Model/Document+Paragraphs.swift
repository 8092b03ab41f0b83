extension Document {
  /// Calls `body` with every paragraph the document holds as a `Paragraph`, in reading order: the
  /// body's (with those of cells that keep their blocks, nested tables included), then each
  /// note's, then each header's and footer's.
  ///
  /// Cells without `blocks` hold text only, so they give no paragraphs here.
  ///
  /// - Parameter body: Called once per paragraph.
  /// - Complexity: O(blocks and cells).
  public func forEachParagraph(_ body: (Paragraph) -> Void) {
    Self.forEachParagraph(in: blocks, body)
    for note in notes { Self.forEachParagraph(in: note.blocks, body) }
    for piece in pageFurniture { Self.forEachParagraph(in: piece.blocks, body) }
  }

  private static func forEachParagraph(in blocks: [Block], _ body: (Paragraph) -> Void) {
    for block in blocks {
      switch block {
      case .paragraph(let paragraph):
        body(paragraph)
      case .table(let table):
        for row in table.rows {
          for cell in row.cells { forEachParagraph(in: cell.blocks ?? [], body) }
        }
      }
    }
  }
}
