import Testing

@testable import TabConv

/// Footnotes, endnotes, comments, headers and footers written and read back with `DocxReader`.
@Suite struct DocxWriterNotesTests {
  /// A document with every kind of note, referred to from the body, a cell's second line and a
  /// nested cell's paragraph; notes holding a table and a list item; two sections of headers
  /// and footers, one header shared by both.
  static let document = Document(
    blocks: [
      .paragraph(
        Paragraph(
          "正文有脚注和批注。",
          noteReferences: [
            NoteReference(kind: .comment, id: "0", offset: 0), NoteReference(kind: .footnote, id: "1", offset: 5),
            NoteReference(kind: .endnote, id: "1", offset: 9), NoteReference(kind: .comment, id: "3", offset: 9),
          ])),
      .table(
        Table(
          columns: 2,
          rows: [
            Row(cells: [
              Cell("第一行\n第二行", noteReferences: [NoteReference(kind: .footnote, id: "2", offset: 3, paragraph: 1)]),
              Cell(
                "外\n",
                blocks: [
                  .paragraph(Paragraph("外")), .table(Table(columns: 1, rows: [Row(cells: [Cell("内")])])),
                  .paragraph(Paragraph("")),
                ], noteReferences: [NoteReference(kind: .comment, id: "3", offset: 1)]),
            ])
          ])),
      .paragraph(Paragraph("结尾")),
    ],
    notes: [
      Note(kind: .footnote, id: "1", blocks: [.paragraph(Paragraph(" 脚注一"))]),
      Note(
        kind: .footnote, id: "2",
        blocks: [
          .table(Table(columns: 1, rows: [Row(cells: [Cell("注中表")])])),
          .paragraph(Paragraph("1.\t条目", listLabel: "1.")),
        ]),
      Note(kind: .endnote, id: "1", blocks: [.paragraph(Paragraph("尾注", style: "endnote text"))]),
      Note(kind: .comment, id: "0", author: "张三", blocks: [.paragraph(Paragraph("批注"))]),
      Note(kind: .comment, id: "3", blocks: [.paragraph(Paragraph("无作者")), .paragraph(Paragraph("第二段"))]),
    ],
    pageFurniture: [
      PageFurniture(kind: .header, type: .default, section: 1, blocks: [.paragraph(Paragraph("页眉", style: "header"))]),
      PageFurniture(kind: .header, type: .first, section: 1, blocks: [.paragraph(Paragraph("首页页眉"))]),
      PageFurniture(kind: .footer, type: .default, section: 1, blocks: [.paragraph(Paragraph("第 1 页"))]),
      PageFurniture(kind: .header, type: .default, section: 2, blocks: [.paragraph(Paragraph("页眉", style: "header"))]),
      PageFurniture(kind: .header, type: .even, section: 2, blocks: [.paragraph(Paragraph("偶数页"))]),
      PageFurniture(
        kind: .footer, type: .default, section: 2,
        blocks: [.table(Table(columns: 2, rows: [Row(cells: [Cell("左"), Cell("右")])]))]),
    ])

  static func roundTrip(_ document: Document) throws -> Document {
    try DocxReader().read(bytes: try DocxWriter().write(document), displayName: "written.docx")
  }

  static func elements(_ part: String, of document: Document, _ names: [String], _ attributes: [String]) throws
    -> [String]
  {
    let package = try #require(DocxWrittenPackage(try DocxWriter().write(document)))
    let handler = RecordingXMLHandler(
      namespace: WordNamespace.main.transitionalURI, elements: names, attributes: attributes)
    try handler.parse(try #require(package[part]))
    return handler.elements.map { element in
      ([element.name] + attributes.compactMap { name in element.attributes[name].map { "\(name)=\($0)" } })
        .joined(separator: " ")
    }
  }

  @Test func `notes, headers and footers read back identical, with the same ids`() throws {
    let read = try Self.roundTrip(Self.document)
    #expect(read.blocks == Self.document.blocks)
    #expect(read.notes == Self.document.notes)
    #expect(read.pageFurniture == Self.document.pageFurniture)
    #expect(read.warnings == [])
    try Checks.enforce(on: read, file: "written.docx")
  }

  @Test func `the package has one part per notes kind and per distinct header or footer`() throws {
    let package = try #require(DocxWrittenPackage(try DocxWriter().write(Self.document)))
    #expect(
      package.entries.map { $0.name } == [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
        "word/styles.xml", "word/settings.xml", "word/numbering.xml", "word/footnotes.xml", "word/endnotes.xml",
        "word/comments.xml", "word/header1.xml", "word/header2.xml", "word/header3.xml", "word/footer1.xml",
        "word/footer2.xml",
      ])
  }

  @Test func `footnotes and endnotes start with Word's separators, -1 and 0, named in the settings`() throws {
    #expect(
      try Self.elements("word/footnotes.xml", of: Self.document, ["footnote"], ["w:type", "w:id"]) == [
        "footnote w:type=separator w:id=-1", "footnote w:type=continuationSeparator w:id=0", "footnote w:id=1",
        "footnote w:id=2",
      ])
    #expect(
      try Self.elements("word/endnotes.xml", of: Self.document, ["endnote"], ["w:type", "w:id"]) == [
        "endnote w:type=separator w:id=-1", "endnote w:type=continuationSeparator w:id=0", "endnote w:id=1",
      ])
    #expect(
      try Self.elements(
        "word/settings.xml", of: Self.document,
        ["evenAndOddHeaders", "footnotePr", "endnotePr", "footnote", "endnote"],
        ["w:id"]) == [
          "evenAndOddHeaders", "footnotePr", "footnote w:id=-1", "footnote w:id=0", "endnotePr", "endnote w:id=-1",
          "endnote w:id=0",
        ])
  }

  @Test func `a footnote numbered 0 leaves the separators out, and still reads back`() throws {
    let document = Document(
      blocks: [.paragraph(Paragraph("a", noteReferences: [NoteReference(kind: .footnote, id: "0", offset: 1)]))],
      notes: [Note(kind: .footnote, id: "0", blocks: [.paragraph(Paragraph("零"))])])
    #expect(try Self.elements("word/footnotes.xml", of: document, ["footnote"], ["w:id"]) == ["footnote w:id=0"])
    #expect(try Self.elements("word/settings.xml", of: document, ["footnotePr"], []) == [])
    let read = try Self.roundTrip(document)
    #expect(read.blocks == document.blocks)
    #expect(read.notes == document.notes)
  }

  @Test func `comments carry their author and initial, or no author at all`() throws {
    #expect(
      try Self.elements("word/comments.xml", of: Self.document, ["comment"], ["w:id", "w:author", "w:initials"]) == [
        "comment w:id=0 w:author=张三 w:initials=张", "comment w:id=3",
      ])
  }

  @Test func `references split the runs where they stand; a comment's range ends with the paragraph`() throws {
    let names = [
      "p", "t", "footnoteReference", "endnoteReference", "commentRangeStart", "commentRangeEnd",
      "commentReference",
    ]
    let marks = try Self.elements("word/document.xml", of: Document(blocks: [Self.document.blocks[0]]), names, ["w:id"])
    #expect(
      marks == [
        "p", "commentRangeStart w:id=0", "t", "footnoteReference w:id=1", "t", "endnoteReference w:id=1",
        "commentRangeStart w:id=3", "commentRangeEnd w:id=0", "commentReference w:id=0", "commentRangeEnd w:id=3",
        "commentReference w:id=3",
      ])
  }

  @Test func `earlier sections are continuous breaks on the first paragraphs; the last is the body's`() throws {
    let marks = try Self.elements(
      "word/document.xml", of: Self.document, ["p", "sectPr", "headerReference", "footerReference", "titlePg"],
      ["w:type"])
    #expect(
      marks.prefix(6) == [
        "p", "sectPr", "headerReference w:type=default", "headerReference w:type=first",
        "footerReference w:type=default", "titlePg",
      ])
    #expect(
      marks.suffix(4) == [
        "sectPr", "headerReference w:type=default", "headerReference w:type=even", "footerReference w:type=default",
      ])
    // `w:type` names both an element and an attribute, so the section type is looked up on its own.
    #expect(try Self.elements("word/document.xml", of: Self.document, ["type"], ["w:val"]) == ["type w:val=continuous"])
  }

  @Test func `a body with too few paragraphs for its section breaks gains empty ones`() throws {
    let table = Table(columns: 1, rows: [Row(cells: [Cell("表")])])
    let document = Document(
      blocks: [.table(table)],
      pageFurniture: [
        PageFurniture(kind: .header, section: 1, blocks: [.paragraph(Paragraph("一"))]),
        PageFurniture(kind: .header, section: 3, blocks: [.paragraph(Paragraph("三"))]),
      ])
    let read = try Self.roundTrip(document)
    #expect(read.blocks == [.table(table), .paragraph(Paragraph("")), .paragraph(Paragraph(""))])
    #expect(read.pageFurniture == document.pageFurniture)
  }
}
