import Testing

@testable import TabConv

/// List labels and text boxes written and read back with `DocxReader`.
@Suite struct DocxWriterListTests {
  /// Labels with each separator, the same label twice (which Word's counters would renumber if
  /// the label were not literal), an empty label, a label with `%`, and labels in a cell's
  /// blocks, a text box, a header; a note reference after a label.
  static let document = Document(
    blocks: [
      .paragraph(Paragraph("一、部门职责", listLabel: "一、")),
      .paragraph(Paragraph("一、再一次", listLabel: "一、")),
      .paragraph(Paragraph("1.\t第一", listLabel: "1.")),
      .paragraph(Paragraph("• 要点", listLabel: "•")),
      .paragraph(
        Paragraph("（1）\t有脚注", listLabel: "（1）", noteReferences: [NoteReference(kind: .footnote, id: "1", offset: 7)])),
      .paragraph(Paragraph("无标签", listLabel: "")),
      .paragraph(Paragraph("100% 完成", listLabel: "100%")),
      .paragraph(Paragraph("%% 两个", headingLevel: 2, style: "heading 2", listLabel: "%%")),
      .paragraph(Paragraph("宿主")),
      .paragraph(Paragraph("a)\t框内", listLabel: "a)", inTextBox: true)),
      .table(
        Table(
          columns: 1,
          rows: [
            Row(cells: [
              Cell(
                "甲、表内\n",
                blocks: [
                  .paragraph(Paragraph("甲、表内", listLabel: "甲、")),
                  .table(Table(columns: 1, rows: [Row(cells: [Cell("内")])])), .paragraph(Paragraph("")),
                ])
            ])
          ])),
    ],
    notes: [Note(kind: .footnote, id: "1", blocks: [.paragraph(Paragraph("1.\t注", listLabel: "1."))])],
    pageFurniture: [PageFurniture(kind: .header, blocks: [.paragraph(Paragraph("一、页眉", listLabel: "一、"))])])

  static func roundTrip(_ document: Document) throws -> Document {
    try DocxReader().read(bytes: try DocxWriter().write(document), displayName: "written.docx")
  }

  @Test func `labels read back as written, whatever the counters`() throws {
    let read = try Self.roundTrip(Self.document)
    #expect(read.blocks == Self.document.blocks)
    #expect(read.notes == Self.document.notes)
    #expect(read.pageFurniture == Self.document.pageFurniture)
    #expect(read.warnings == [])
  }

  @Test func `one literal one-level list per label and separator`() throws {
    let numbering = DocxNumberingWriter(for: Self.document)
    #expect(
      numbering.definitions.map { "\($0.label)|\($0.separator)" } == [
        "一、|nothing", "1.|tab", "•|space", "（1）|tab", "|nothing", "100%|space", "%%|space", "a)|tab", "甲、|nothing",
      ])
    #expect(
      numbering.item(for: Paragraph("（1）\t有脚注", listLabel: "（1）"))
        == DocxNumberingWriter.Item(numId: 4, text: "有脚注", prefixLength: 4))
    let package = try #require(DocxWrittenPackage(try DocxWriter().write(Self.document)))
    let handler = RecordingXMLHandler(
      namespace: WordNamespace.main.transitionalURI, elements: ["lvl", "numFmt", "suff", "lvlText"],
      attributes: ["w:val"])
    try handler.parse(try #require(package["word/numbering.xml"]))
    #expect(
      handler.elements.prefix(4).map { "\($0.name) \($0.attributes["w:val"] ?? "-")" } == [
        "lvl -", "numFmt none", "suff nothing", "lvlText 一、",
      ])
  }

  @Test(arguments: [
    Paragraph("%1 占位", listLabel: "%1"), Paragraph("A&B 和", listLabel: "A&B"),
    Paragraph("不以标签开头", listLabel: "一、"),
  ])
  func `a label the reader would not give back literally is written as plain text`(_ paragraph: Paragraph) throws {
    let read = try Self.roundTrip(Document(blocks: [.paragraph(paragraph)]))
    var plain = paragraph
    plain.listLabel = nil
    #expect(read.blocks == [.paragraph(plain)])
  }

  @Test func `text boxes come back after their host, with anchors, notes and a table`() throws {
    let document = Document(
      blocks: [
        .paragraph(Paragraph("宿主", anchors: [Anchor(name: "host")])),
        .paragraph(
          Paragraph(
            "框内一", anchors: [Anchor(name: "inBox")],
            noteReferences: [NoteReference(kind: .footnote, id: "1", offset: 3)],
            inTextBox: true)),
        .table(Table(columns: 2, rows: [Row(cells: [Cell("框"), Cell("表")])], inTextBox: true)),
        .paragraph(Paragraph("框内二", inTextBox: true)),
        .paragraph(Paragraph("之后")),
        .paragraph(Paragraph("第二个框", inTextBox: true)),
      ],
      notes: [Note(kind: .footnote, id: "1", blocks: [.paragraph(Paragraph("注"))])])
    let read = try Self.roundTrip(document)
    #expect(read.blocks == document.blocks)
    #expect(read.notes == document.notes)
    #expect(read.warnings == [])
  }

  @Test func `a text box in a cell's blocks stays a cell paragraph after its host`() throws {
    let cell = Cell(
      "宿主\n框内\n", anchors: [Anchor(name: "box", paragraph: 1)],
      blocks: [
        .paragraph(Paragraph("宿主")), .paragraph(Paragraph("框内", inTextBox: true)),
        .table(Table(columns: 1, rows: [Row(cells: [Cell("内")])])), .paragraph(Paragraph("")),
      ])
    let document = Document(blocks: [.table(Table(columns: 1, rows: [Row(cells: [cell])]))])
    let read = try Self.roundTrip(document)
    #expect(read.blocks == document.blocks)
  }

  @Test func `text-box blocks with no paragraph before them lose the mark`() throws {
    let document = Document(blocks: [
      .paragraph(Paragraph("无宿主", inTextBox: true)),
      .table(Table(columns: 1, rows: [Row(cells: [Cell("表")])])),
      .paragraph(Paragraph("表后", inTextBox: true)),
    ])
    let read = try Self.roundTrip(document)
    #expect(
      read.blocks == [
        .paragraph(Paragraph("无宿主")), .table(Table(columns: 1, rows: [Row(cells: [Cell("表")])])),
        .paragraph(Paragraph("表后")),
      ])
  }
}
