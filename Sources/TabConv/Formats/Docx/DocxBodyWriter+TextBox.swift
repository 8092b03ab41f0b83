/// Text boxes: the `inTextBox` blocks after a paragraph, written as one DrawingML text box in a
/// run at the end of that paragraph.
///
/// The shape is Word 2010's (`wps:wsp` with `wps:txbx/w:txbxContent`, [MS-ODRAWXML] §2.5), inline
/// (`wp:inline`, ECMA-376 Part 1, §20.4.2.8) so it needs no position, as wide as its container,
/// with a thin border and `a:spAutoFit` so Word grows it to its text. It stands in the one
/// `mc:Choice` (requires `wps`) of an `mc:AlternateContent`, as Word writes it; no VML
/// `mc:Fallback` is written: Word 2010 and later, LibreOffice and the reader take the choice, and a
/// fallback would hold every bookmark and note reference of the box a second time. The reader
/// reads the first branch only, so the box's blocks come back once, after the host, marked `inTextBox`.
extension DocxBodyWriter {
  /// EMUs per twip (914400 per inch, 1440 twips per inch).
  private static let emusPerTwip = 635
  /// The box's inner margins: Word's defaults, 0.1 inch left and right, 0.05 inch top and bottom.
  private static let insets = (horizontal: 91440, vertical: 45720)

  /// Writes the blocks as one text box, `width` twips wide.
  mutating func writeTextBox(_ blocks: [Block], width: Int) throws(XMLWriteFailure) {
    let id = counters.drawing
    counters.drawing += 1
    let cx = width * Self.emusPerTwip
    // A first guess at the height, 12-point lines; Word's spAutoFit fits it when the file is opened.
    let cy = max(Self.lineCount(blocks), 1) * 240 * Self.emusPerTwip + 2 * Self.insets.vertical
    try xml.start("w:r")
    try xml.start("mc:AlternateContent")
    try xml.start("mc:Choice")
    try xml.attribute("Requires", "wps")
    try xml.start("w:drawing")
    try xml.start("wp:inline")
    for edge in ["distT", "distB", "distL", "distR"] { try xml.attribute(edge, "0") }
    try xml.empty("wp:extent", ["cx": String(cx), "cy": String(cy)])
    try xml.empty("wp:docPr", ["id": String(id), "name": "Text Box \(id)"])
    try xml.start("a:graphic")
    try xml.attribute("xmlns:a", WordWritingNamespace.drawingML)
    try xml.start("a:graphicData")
    try xml.attribute("uri", WordWritingNamespace.wordprocessingShape)
    try xml.start("wps:wsp")
    try xml.empty("wps:cNvSpPr", ["txBox": "1"])
    try writeShapeProperties(cx: cx, cy: cy)
    try xml.start("wps:txbx")
    try xml.start("w:txbxContent")
    depth += 1
    let inner = max(width - 2 * Self.insets.horizontal / Self.emusPerTwip, 720)
    try write(blocks.map(Self.outOfTextBox), width: inner)
    depth -= 1
    try xml.end()  // w:txbxContent
    try xml.end()  // wps:txbx
    try xml.start("wps:bodyPr")
    for (name, value) in [
      ("rot", "0"), ("vert", "horz"), ("wrap", "square"), ("lIns", String(Self.insets.horizontal)),
      ("tIns", String(Self.insets.vertical)), ("rIns", String(Self.insets.horizontal)),
      ("bIns", String(Self.insets.vertical)), ("anchor", "t"), ("anchorCtr", "0"),
    ] {
      try xml.attribute(name, value)
    }
    try xml.empty("a:spAutoFit")
    try xml.end()  // wps:bodyPr
    try xml.end()  // wps:wsp
    try xml.end()  // a:graphicData
    try xml.end()  // a:graphic
    try xml.end()  // wp:inline
    try xml.end()  // w:drawing
    try xml.end()  // mc:Choice
    try xml.end()  // mc:AlternateContent
    try xml.end()  // w:r
  }

  /// A rectangle with a thin black border and no fill.
  private func writeShapeProperties(cx: Int, cy: Int) throws(XMLWriteFailure) {
    try xml.start("wps:spPr")
    try xml.start("a:xfrm")
    try xml.empty("a:off", ["x": "0", "y": "0"])
    try xml.empty("a:ext", ["cx": String(cx), "cy": String(cy)])
    try xml.end()
    try xml.start("a:prstGeom")
    try xml.attribute("prst", "rect")
    try xml.empty("a:avLst")
    try xml.end()
    try xml.empty("a:noFill")
    try xml.start("a:ln")
    try xml.attribute("w", "6350")
    try xml.start("a:solidFill")
    try xml.empty("a:srgbClr", ["val": "000000"])
    try xml.end()
    try xml.end()
    try xml.end()
  }

  /// The block without its `inTextBox` mark: inside the box it is an ordinary block (a paragraph
  /// there may host a box of its own only through its own marks, which the model flattens).
  private static func outOfTextBox(_ block: Block) -> Block {
    switch block {
    case .paragraph(var paragraph):
      paragraph.inTextBox = false
      return .paragraph(paragraph)
    case .table(var table):
      table.inTextBox = false
      return .table(table)
    }
  }

  /// The lines the blocks show: each paragraph's lines, each table row.
  private static func lineCount(_ blocks: [Block]) -> Int {
    blocks.reduce(0) { count, block in
      switch block {
      case .paragraph(let paragraph):
        count + paragraph.text.split(separator: "\n", omittingEmptySubsequences: false).count
      case .table(let table): count + table.rows.count
      }
    }
  }
}
