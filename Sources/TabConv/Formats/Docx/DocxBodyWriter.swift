/// Writes `word/document.xml`: the body's paragraphs and tables, then an A4 section.
///
/// Paragraphs (ECMA-376 Part 1, §17.3.1):
/// - `w:pStyle` names the paragraph's style (see `DocxStyleSheet`); a paragraph `w:outlineLvl`
///   is added only where the heading level differs from what the style name gives, so the reader
///   gives back the same `headingLevel` and `style`. A heading without a style name is written as
///   a plain paragraph with `w:outlineLvl` and bold, heading-sized runs: naming a `heading N` style
///   would read back as a style the model did not have.
/// - The text is one run: `\t` becomes `w:tab`, `\n` becomes `w:br`, the rest `w:t` with
///   `xml:space="preserve"` so leading and trailing spaces stay.
/// - Anchors become `w:bookmarkStart`/`w:bookmarkEnd` pairs around the paragraph's content, with
///   ids numbered from 0 in document order.
struct DocxBodyWriter {
  /// The width of the text area of the page in twips: A4 (11906) less two 1800-twip margins.
  static let textWidth = 8306

  let xml: XMLTextWriter
  let styles: DocxStyleSheet
  private var nextBookmarkId = 0

  /// Creates a writer of one document part.
  ///
  /// - Parameters:
  ///   - xml: Where the part is written.
  ///   - styles: The styles the document uses.
  init(xml: XMLTextWriter, styles: DocxStyleSheet) {
    self.xml = xml
    self.styles = styles
  }

  /// Writes the whole `w:document` element.
  mutating func writeDocument(_ document: Document) throws(XMLWriteFailure) {
    try xml.start("w:document")
    try xml.attribute("xmlns:w", WordNamespace.main.transitionalURI)
    try xml.attribute("xmlns:r", WordNamespace.relationships.transitionalURI)
    try xml.start("w:body")
    try write(document.blocks, width: Self.textWidth)
    try writeSection()
    try xml.end()
    try xml.end()
  }

  /// Writes blocks in order; tables fit `width` twips.
  mutating func write(_ blocks: [Block], width: Int) throws(XMLWriteFailure) {
    for block in blocks {
      switch block {
      case .paragraph(let paragraph):
        try write(paragraph, anchors: paragraph.anchors)
      case .table(let table):
        try DocxTableWriter(table: table, width: width).write(with: &self)
      }
    }
  }

  /// Writes a cell's content.
  ///
  /// The cell's blocks when it has any (cell anchors go on the paragraph their index counts
  /// to), else its text as one paragraph per line. Word requires a cell to end with a
  /// paragraph (ECMA-376 Part 1, §17.4.66), so one empty paragraph follows a last nested table.
  mutating func writeCellContent(_ cell: Cell, width: Int) throws(XMLWriteFailure) {
    if let blocks = cell.blocks {
      var endsWithParagraph = false
      if case .paragraph? = blocks.last { endsWithParagraph = true }
      let paragraphCount =
        blocks.count { if case .paragraph = $0 { true } else { false } } + (endsWithParagraph ? 0 : 1)
      var paragraphIndex = 0
      for block in blocks {
        switch block {
        case .paragraph(let paragraph):
          let anchors = paragraph.anchors + Self.anchors(of: cell, onParagraph: paragraphIndex, of: paragraphCount)
          try write(paragraph, anchors: anchors)
          paragraphIndex += 1
        case .table(let table):
          try DocxTableWriter(table: table, width: width).write(with: &self)
        }
      }
      if !endsWithParagraph {
        try write(Paragraph(""), anchors: Self.anchors(of: cell, onParagraph: paragraphIndex, of: paragraphCount))
      }
    } else {
      let lines = cell.text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
      for (index, line) in lines.enumerated() {
        try write(
          Paragraph(String(Substring(line))), anchors: Self.anchors(of: cell, onParagraph: index, of: lines.count))
      }
    }
  }

  /// Writes an empty paragraph, the content of a cell a vertical merge continues.
  func writeEmptyParagraph() throws(XMLWriteFailure) {
    try xml.empty("w:p")
  }

  /// The cell's anchors that start in paragraph `index` of `count`; an index past the last
  /// paragraph counts as the last.
  private static func anchors(of cell: Cell, onParagraph index: Int, of count: Int) -> [Anchor] {
    cell.anchors.filter { min(max($0.paragraph, 0), max(count - 1, 0)) == index }
      .map { Anchor(name: $0.name) }
  }

  private mutating func write(_ paragraph: Paragraph, anchors: [Anchor]) throws(XMLWriteFailure) {
    try xml.start("w:p")
    let level = paragraph.headingLevel.map { min(max($0, 1), 9) }
    let styleLevel = paragraph.style.flatMap(DocxStyleSheet.headingLevel(ofStyleNamed:))
    if paragraph.style != nil || level != styleLevel {
      try xml.start("w:pPr")
      if let style = paragraph.style { try xml.empty("w:pStyle", ["w:val": styles.id(ofStyleNamed: style)]) }
      // w:outlineLvl 9 is body text: it takes away a level the style would give.
      if level != styleLevel { try xml.empty("w:outlineLvl", ["w:val": String((level ?? 10) - 1)]) }
      try xml.end()
    }
    var ids: [Int] = []
    for anchor in anchors {
      try xml.empty("w:bookmarkStart", ["w:id": String(nextBookmarkId), "w:name": anchor.name])
      ids.append(nextBookmarkId)
      nextBookmarkId += 1
    }
    if !paragraph.text.isEmpty {
      try writeRun(paragraph.text, headingLevel: paragraph.style == nil ? level : nil)
    }
    for id in ids { try xml.empty("w:bookmarkEnd", ["w:id": String(id)]) }
    try xml.end()
  }

  /// One run of text; `headingLevel` adds a heading's look as direct formatting.
  private func writeRun(_ text: String, headingLevel: Int?) throws(XMLWriteFailure) {
    try xml.start("w:r")
    if let headingLevel {
      let size = String(DocxStyleSheet.headingSize(headingLevel))
      try xml.start("w:rPr")
      try xml.empty("w:b")
      try xml.empty("w:bCs")
      try xml.empty("w:sz", ["w:val": size])
      try xml.empty("w:szCs", ["w:val": size])
      try xml.end()
    }
    var pending = Substring.UnicodeScalarView(text.unicodeScalars)
    while !pending.isEmpty {
      let end = pending.firstIndex { $0 == "\t" || $0 == "\n" } ?? pending.endIndex
      if end > pending.startIndex {
        try xml.start("w:t")
        try xml.attribute("xml:space", "preserve")
        try xml.text(String(Substring(pending[..<end])))
        try xml.end()
      }
      guard end < pending.endIndex else { break }
      try xml.empty(pending[end] == "\t" ? "w:tab" : "w:br")
      pending = pending[pending.index(after: end)...]
    }
    try xml.end()
  }

  /// The section: A4 portrait, 1-inch top and bottom margins, 1.25-inch side margins.
  private func writeSection() throws(XMLWriteFailure) {
    try xml.start("w:sectPr")
    try xml.empty("w:pgSz", ["w:w": "11906", "w:h": "16838"])
    try xml.empty(
      "w:pgMar",
      [
        "w:top": "1440", "w:right": "1800", "w:bottom": "1440", "w:left": "1800",
        "w:header": "851", "w:footer": "992", "w:gutter": "0",
      ])
    try xml.empty("w:cols", ["w:space": "425"])
    try xml.end()
  }
}
