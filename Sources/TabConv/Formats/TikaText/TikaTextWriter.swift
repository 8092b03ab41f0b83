/// Writes a document as Apache Tika's text output would show it.
///
/// Coverage (tika-text-format.md §1, "Writer recipe"; the rules are Tika's DOM extractor's, used
/// for both layouts):
/// - Order (R13): the headers of the final section (first, even, default), the body, then the
///   final section's footers (first, even, default). Tika always prints them, so no option
///   leaves them out here.
/// - A paragraph (R3): its list prefix, its bookmark markers, its text with `[footnoteRef:N]` /
///   `[endnoteRef:N]` where the references stand, `\tComment by AUTHOR: TEXT` per comment (R8),
///   ` [N: NOTE] ` per footnote or endnote plus `\n` (R9), the paragraphs of its text boxes (R10:
///   the blocks marked `inTextBox` that follow it, glued before its `\n`; a table in a box gives its
///   cell paragraphs as paragraphs), and `\n`.
/// - A table: per row, per cell, `\t` then the cell's paragraphs each ending in `\n` (cell-per-line)
///   or the cell's text (row-per-line); `\n` ends a row and another ends the table.
/// - A merged cell is written once; each row a vertical merge covers gets one empty cell in its
///   place, as Word keeps a `w:vMerge` continuation cell there.
/// - A nested table is written in place inside its cell, by the same rules.
/// - Bookmark markers go at the start of the paragraph, or cell paragraph, where the anchor stands.
///
/// Differences from Tika, chosen or forced by the model (also in the README):
/// - List prefix (R5): tabconv writes `listLabel + " "` in place of Word's label and separator.
///   Tika writes Chinese, ideographic and enclosed formats as decimal (`1、 部门职责`) and every
///   bullet as `·`; tabconv keeps Word's label (`一、 部门职责`, `• `), a quirk not copied because
///   it loses information. Tika prints no prefix for numbering that comes from a paragraph style;
///   tabconv prints it. A list label in a table cell is not known to the model (cells keep text
///   only), so the cell keeps Word's label and tab. A label with no separator (`w:suff` nothing)
///   followed by a space loses that space.
/// - Headers and footers of sections other than the last are not written: the model does not
///   record where a section ends (Tika prints them around the paragraph that ends the section).
/// - A comment whose range starts outside its paragraph (between paragraphs, or nested in a
///   hyperlink) is printed on the paragraph the model puts it on; Tika prints only
///   `w:commentRangeStart` elements that are direct children of the paragraph.
/// - Text boxes in table cells are cell paragraphs in the model, so they print as lines of the cell,
///   not glued to their host; VML-only boxes (no `wps:txbx`) are glued too, where Tika skips them;
///   the ` (\n…\n)` POI adds for a box whose drawing is a run's direct child is not written.
/// - Not in the model, so not written: images (`[image: …]`, embedded part names at the end),
///   OLE newlines, check-box fields, SmartArt and chart text, padding cells of `w:gridBefore`/
///   `w:gridAfter` (written as empty cells, which Tika does not print), bookmarks outside `w:p`
///   (the model moves them onto a paragraph, where Tika prints nothing), `w:delText` (read only
///   with `--revisions all`/`original`; Tika always prints it), rows inside a `w:sdt` (Tika drops
///   them from the table), and `w:sym` (tabconv maps it to Unicode; Tika drops it).
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
    .paragraphs, .multipleTables, .nestedTables, .anchors, .ownInferredSpans, .notes, .lastSectionPageFurniture,
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
    var writer = TikaTextBlockWriter(self)
    var body = writer.begin(Document(source: document.source, notes: document.notes))
    for block in document.blocks { body += writer.add(block) }
    let (before, after) = writer.end(document)
    return before + body + after
  }
}

/// Tika text written as the blocks come.
///
/// A paragraph is held until the next block that is not in
/// a text box (its text boxes are glued before its line end); the final section's headers, known
/// only after the body, are put in front at the end. The bytes are those `TikaTextWriter.write` gives.
public struct TikaTextBlockWriter: BlockWriter {
  /// The layout choice.
  public var writer: TikaTextWriter
  private var output = TikaTextOutput(layout: .cellPerLine, notes: TikaNoteIndex([]))
  /// A paragraph not in a text box, and the text-box blocks that followed it so far.
  private var held: [Block] = []

  /// Creates a block writer.
  ///
  /// - Parameter writer: The layout to write, or nil for the document's own.
  public init(_ writer: TikaTextWriter) {
    self.writer = writer
  }

  public mutating func begin(_ head: Document) -> [UInt8] {
    output = TikaTextOutput(
      layout: writer.layout ?? head.source?.tikaLayout ?? .cellPerLine, notes: TikaNoteIndex(head.notes))
    return []
  }

  public mutating func add(_ block: Block) -> [UInt8] {
    if !held.isEmpty, block.isInTextBox {
      held.append(block)
      return []
    }
    output.append(held)
    held = []
    if case .paragraph(let paragraph) = block, !paragraph.inTextBox {
      held = [block]
    } else {
      output.append([block])
    }
    return output.takeBytes()
  }

  public mutating func end(_ rest: Document) -> (before: [UInt8], after: [UInt8]) {
    output.append(held)
    held = []
    let body = output.takeBytes()
    let finalSection = rest.pageFurniture.map(\.section).max()
    let order: [PageFurniture.PageType] = [.first, .even, .default]
    func furniture(_ kind: PageFurniture.Kind) -> [PageFurniture] {
      order.compactMap { type in
        rest.pageFurniture.last { $0.kind == kind && $0.type == type && $0.section == finalSection }
      }
    }
    for header in furniture(.header) { output.append(header.blocks) }
    let headers = output.takeBytes()
    for footer in furniture(.footer) { output.append(footer.blocks) }
    return (headers, body + output.takeBytes())
  }
}

/// The text being written, and what writing it needs to know.
struct TikaTextOutput {
  let layout: TikaLayout
  let notes: TikaNoteIndex
  var text = ""

  /// The text written so far as UTF-8, leaving the output empty.
  mutating func takeBytes() -> [UInt8] {
    let bytes = Array(text.utf8)
    text = ""
    return bytes
  }

  /// Blocks in order; blocks marked `inTextBox` are glued into the paragraph before them.
  mutating func append(_ blocks: [Block]) {
    var index = blocks.startIndex
    while index < blocks.endIndex {
      var boxEnd = index + 1
      while boxEnd < blocks.endIndex, blocks[boxEnd].isInTextBox { boxEnd += 1 }
      switch blocks[index] {
      case .paragraph(let paragraph) where !paragraph.inTextBox:
        text += notes.line(of: paragraph)
        for box in blocks[(index + 1)..<boxEnd] { appendTextBoxContent(box) }
        text += "\n"
        index = boxEnd
      case .paragraph(let paragraph):
        text += notes.line(of: paragraph) + "\n"
        index += 1
      case .table(let table):
        append(table)
        index += 1
      }
    }
  }

  /// A text box's block as Tika gives it: every paragraph, tables' cell paragraphs included, as a paragraph.
  private mutating func appendTextBoxContent(_ block: Block) {
    switch block {
    case .paragraph(let paragraph):
      text += notes.line(of: paragraph) + "\n"
    case .table(let table):
      for row in table.rows {
        for cell in row.cells {
          for part in TikaCellParagraph.parts(of: cell) {
            switch part {
            case .paragraph(let paragraph): text += notes.line(of: paragraph) + "\n"
            case .table(let nested): appendTextBoxContent(.table(nested))
            }
          }
        }
      }
    }
  }

  private mutating func append(_ table: Table) {
    let grid = table.grid
    for rowIndex in table.rows.indices {
      var column = 0
      while column < table.columns {
        guard let address = grid.slots[rowIndex][column] else {
          column += 1
          continue
        }
        let cell = table[address]
        text += "\t"
        if address.row == rowIndex {
          appendContent(of: cell)
        } else if layout == .cellPerLine {
          text += "\n"  // the empty continuation cell of a vertical merge
        }
        column += cell.colSpan
      }
      text += "\n"
    }
    text += "\n"
  }

  /// A cell's content: with no nested blocks, each line of its text is one of its paragraphs.
  private mutating func appendContent(of cell: Cell) {
    var paragraphCount = 0
    for part in TikaCellParagraph.parts(of: cell) {
      switch part {
      case .paragraph(let paragraph):
        if layout == .rowPerLine, paragraphCount > 0 { text += "\n" }
        text += notes.line(of: paragraph)
        if layout == .cellPerLine { text += "\n" }
        paragraphCount += 1
      case .table(let nested):
        append(nested)
      }
    }
  }
}

extension Block {
  /// Whether the block stands in a text box.
  var isInTextBox: Bool {
    switch self {
    case .paragraph(let paragraph): paragraph.inTextBox
    case .table(let table): table.inTextBox
    }
  }
}

/// A cell's content as paragraphs carrying their own anchors and note references.
enum TikaCellParagraph {
  /// The cell's blocks (or its text's lines), each paragraph with the anchors and note
  /// references of its index among the cell's paragraphs.
  static func parts(of cell: Cell) -> [Block] {
    let blocks =
      cell.blocks
      ?? cell.text.split(separator: "\n", omittingEmptySubsequences: false).map { .paragraph(Paragraph(String($0))) }
    var paragraphIndex = 0
    return blocks.map { block in
      guard case .paragraph(var paragraph) = block else { return block }
      paragraph.anchors = cell.anchors.filter { $0.paragraph == paragraphIndex }
      paragraph.noteReferences = cell.noteReferences.filter { $0.paragraph == paragraphIndex }
      paragraphIndex += 1
      return .paragraph(paragraph)
    }
  }
}
