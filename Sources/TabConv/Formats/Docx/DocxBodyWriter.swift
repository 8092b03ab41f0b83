/// Writes the blocks of a story part: `word/document.xml` (then an A4 section), a header or
/// footer, or the content of a note (`DocxNotesWriter`).
///
/// Paragraphs (ECMA-376 Part 1, §17.3.1; see `DocxBodyWriter+Paragraph.swift`):
/// - `w:pStyle` names the paragraph's style (see `DocxStyleSheet`); a paragraph `w:outlineLvl`
///   is added only where the heading level differs from what the style name gives, so the reader
///   gives back the same `headingLevel` and `style`. A heading without a style name is written as
///   a plain paragraph with `w:outlineLvl` and bold, heading-sized runs: naming a `heading N` style
///   would read back as a style the model did not have.
/// - A list item gets `w:numPr` (`DocxNumberingWriter`) and its text without label and separator.
/// - The text is runs: `\t` becomes `w:tab`, `\n` becomes `w:br`, the rest `w:t` with
///   `xml:space="preserve"` so leading and trailing spaces stay. Note references split it at
///   their offsets: a footnote or endnote reference is a run of its own, a comment's range starts
///   there (`w:commentRangeStart`) and ends, with its `w:commentReference` run, at the paragraph's end.
/// - Anchors become `w:bookmarkStart`/`w:bookmarkEnd` pairs around the paragraph's content, with
///   ids numbered from 0 in document order, across every part.
/// - The blocks marked `inTextBox` that follow a paragraph are written in one text box in it
///   (`DocxBodyWriter+TextBox.swift`). Such blocks with no paragraph before them (first in their
///   container, or after a table) have no host and are written as ordinary blocks.
struct DocxBodyWriter {
  /// The width of the text area of the page in twips: A4 (11906) less two 1800-twip margins.
  static let textWidth = 8306

  /// Ids that must be unique in the whole package, carried from one part to the next.
  struct Counters {
    /// The next `w:bookmarkStart` id.
    var bookmark = 0
    /// The next drawing id (`wp:docPr`), from 1.
    var drawing = 1
  }

  let xml: XMLTextWriter
  let styles: DocxStyleSheet
  let numbering: DocxNumberingWriter
  /// Ids used so far; read it back after the part to write the next one.
  var counters: Counters
  /// The section breaks still to be written on top-level body paragraphs, earliest first.
  var sectionBreaks: [[DocxPackagePlan.SectionReference]] = []
  /// How deep the writer is inside cells and text boxes (0: the part's own blocks).
  var depth = 0

  /// Creates a writer of one part.
  ///
  /// - Parameters:
  ///   - xml: Where the part is written.
  ///   - styles: The styles the document uses.
  ///   - numbering: The document's list definitions.
  ///   - counters: The ids the parts written before have used.
  init(xml: XMLTextWriter, styles: DocxStyleSheet, numbering: DocxNumberingWriter, counters: Counters = Counters()) {
    self.xml = xml
    self.styles = styles
    self.numbering = numbering
    self.counters = counters
  }

  /// Writes the whole `w:document` element: the body, then the last section's properties.
  ///
  /// - Parameter sections: The header and footer references of each section; every section but
  ///   the last becomes a continuous section break on one of the first top-level paragraphs.
  mutating func writeDocument(_ document: Document, sections: [[DocxPackagePlan.SectionReference]])
    throws(XMLWriteFailure)
  {
    try startRoot("w:document")
    try xml.start("w:body")
    sectionBreaks = Array(sections.dropLast())
    try write(document.blocks, width: Self.textWidth)
    // Too few top-level paragraphs to carry the breaks: each remaining one gets an empty paragraph.
    while !sectionBreaks.isEmpty { try write(Paragraph(""), textBox: []) }
    try writeSection(sections.last ?? [], breaks: false)
    try xml.end()
    try xml.end()
  }

  /// Writes a header (`w:hdr`) or footer (`w:ftr`) part.
  mutating func writeFurniture(_ kind: PageFurniture.Kind, blocks: [Block]) throws(XMLWriteFailure) {
    try startRoot(kind == .header ? "w:hdr" : "w:ftr")
    try write(blocks, width: Self.textWidth)
    try xml.end()
  }

  /// Opens a story part's root element and binds the prefixes its content may use.
  func startRoot(_ name: String) throws(XMLWriteFailure) {
    try xml.start(name)
    try xml.attribute("xmlns:w", WordNamespace.main.transitionalURI)
    try xml.attribute("xmlns:r", WordNamespace.relationships.transitionalURI)
    try xml.attribute("xmlns:mc", WordNamespace.markupCompatibility.transitionalURI)
    try xml.attribute("xmlns:wp", WordWritingNamespace.wordprocessingDrawing)
    try xml.attribute("xmlns:wps", WordWritingNamespace.wordprocessingShape)
  }

  /// Writes blocks in order; tables fit `width` twips.
  ///
  /// The `inTextBox` blocks after a paragraph go into a text box in that paragraph; `firstMark`
  /// starts the first block, when it is a paragraph, with a note's mark.
  mutating func write(_ blocks: [Block], width: Int, firstMark: DocxNoteMark? = nil) throws(XMLWriteFailure) {
    var index = blocks.startIndex
    var mark = firstMark
    while index < blocks.endIndex {
      let block = blocks[index]
      index += 1
      switch block {
      case .paragraph(let paragraph):
        var box: [Block] = []
        if !paragraph.inTextBox {
          while index < blocks.endIndex, Self.isInTextBox(blocks[index]) {
            box.append(blocks[index])
            index += 1
          }
        }
        try write(paragraph, textBox: box, mark: mark, width: width)
      case .table(let table):
        try DocxTableWriter(table: table, width: width).write(with: &self)
      }
      mark = nil
    }
  }

  private static func isInTextBox(_ block: Block) -> Bool {
    switch block {
    case .paragraph(let paragraph): paragraph.inTextBox
    case .table(let table): table.inTextBox
    }
  }

  /// Writes a cell's content.
  ///
  /// The cell's blocks when it has any, else its text as one paragraph per line; the cell's
  /// anchors and note references go on the paragraph their index counts to (the last, past the
  /// end). Word requires a cell to end with a paragraph (ECMA-376 Part 1, §17.4.66), so one empty
  /// paragraph follows a last nested table.
  mutating func writeCellContent(_ cell: Cell, width: Int) throws(XMLWriteFailure) {
    var blocks: [Block]
    if let cellBlocks = cell.blocks {
      blocks = cellBlocks
      if case .paragraph? = blocks.last {} else { blocks.append(.paragraph(Paragraph(""))) }
    } else {
      blocks = cell.text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
        .paragraph(Paragraph(String(Substring($0))))
      }
    }
    let count = blocks.count { if case .paragraph = $0 { true } else { false } }
    func index(_ paragraph: Int) -> Int { min(max(paragraph, 0), max(count - 1, 0)) }
    var paragraphIndex = 0
    for position in blocks.indices {
      guard case .paragraph(var paragraph) = blocks[position] else { continue }
      paragraph.anchors += cell.anchors.filter { index($0.paragraph) == paragraphIndex }.map { Anchor(name: $0.name) }
      paragraph.noteReferences += cell.noteReferences.filter { index($0.paragraph) == paragraphIndex }.map {
        NoteReference(kind: $0.kind, id: $0.id, offset: $0.offset)
      }
      blocks[position] = .paragraph(paragraph)
      paragraphIndex += 1
    }
    depth += 1
    defer { depth -= 1 }
    try write(blocks, width: width)
  }

  /// Writes an empty paragraph, the content of a cell a vertical merge continues.
  func writeEmptyParagraph() throws(XMLWriteFailure) {
    try xml.empty("w:p")
  }

  /// Section properties: the section's header and footer references, then A4 portrait, 1-inch
  /// top and bottom margins, 1.25-inch side margins; `breaks` marks a continuous section break.
  func writeSection(_ references: [DocxPackagePlan.SectionReference], breaks: Bool) throws(XMLWriteFailure) {
    try xml.start("w:sectPr")
    for reference in references {
      try xml.empty(
        reference.kind == .header ? "w:headerReference" : "w:footerReference",
        ["w:type": reference.type.rawValue, "r:id": reference.relationshipId])
    }
    if breaks { try xml.empty("w:type", ["w:val": "continuous"]) }
    try xml.empty("w:pgSz", ["w:w": "11906", "w:h": "16838"])
    try xml.empty(
      "w:pgMar",
      [
        "w:top": "1440", "w:right": "1800", "w:bottom": "1440", "w:left": "1800",
        "w:header": "851", "w:footer": "992", "w:gutter": "0",
      ])
    try xml.empty("w:cols", ["w:space": "425"])
    // A first-page header or footer shows only when the section says its first page differs.
    if references.contains(where: { $0.type == .first }) { try xml.empty("w:titlePg") }
    try xml.end()
  }
}
