import Testing

@testable import TabConv

/// Notes, note references, page furniture, list labels and text-box marks in the canonical JSON.
@Suite struct DocumentJSONNotesTests {
  static let table = Table(columns: 1, rows: [Row(cells: [Cell("格")])])

  /// One document per new member, each with nothing else new.
  static let documents: [(String, Document)] = [
    ("listLabel", Document(blocks: [.paragraph(Paragraph("一、部门职责", listLabel: "一、"))])),
    (
      "paragraph notes",
      Document(blocks: [
        .paragraph(
          Paragraph(
            "正文",
            noteReferences: [
              NoteReference(kind: .footnote, id: "1", offset: 2), NoteReference(kind: .comment, id: "0", offset: 0),
            ]))
      ])
    ),
    (
      "cell notes",
      Document(blocks: [
        .table(
          Table(
            columns: 1,
            rows: [
              Row(cells: [
                Cell("a\nb", noteReferences: [NoteReference(kind: .endnote, id: "7", offset: 1, paragraph: 1)])
              ])
            ]))
      ])
    ),
    ("paragraph textBox", Document(blocks: [.paragraph(Paragraph("框内", inTextBox: true))])),
    ("table textBox", Document(blocks: [.table(Table(columns: 1, rows: table.rows, inTextBox: true))])),
    (
      "notes",
      Document(notes: [
        Note(kind: .footnote, id: "1", blocks: [.paragraph(Paragraph(" 脚注"))]),
        Note(kind: .comment, id: "0", author: "张三", blocks: [.paragraph(Paragraph("请核实")), .table(table)]),
        Note(kind: .endnote, id: "2", blocks: []),
      ])
    ),
    (
      "pageFurniture",
      Document(pageFurniture: [
        PageFurniture(kind: .header, type: .first, section: 2, blocks: [.table(table), .paragraph(Paragraph(""))]),
        PageFurniture(kind: .footer, type: .even, section: 1, blocks: [.paragraph(Paragraph("第 1 页"))]),
      ])
    ),
  ]

  @Test(arguments: documents.indices)
  func `each new member round-trips exactly, pretty and compact, and passes the checks`(_ index: Int) throws {
    let (name, document) = Self.documents[index]
    for pretty in [true, false] {
      let json = DocumentJSONWriter(pretty: pretty).write(document)
      let back = try DocumentJSONReader().read(bytes: json, file: "notes.json")
      #expect(back == document, "\(name)")
      #expect(DocumentJSONWriter(pretty: pretty).write(back) == json, "\(name)")
    }
    #expect(Checks.all.flatMap { $0.findings(in: document) } == [], "\(name)")
  }

  @Test func `the members are written in a fixed order, absent when empty`() {
    let document = Document(
      blocks: [
        .paragraph(
          Paragraph(
            "1.\tA", anchors: [Anchor(name: "_Toc1")], style: "List", listLabel: "1.",
            noteReferences: [NoteReference(kind: .footnote, id: "1", offset: 3)], inTextBox: true))
      ],
      notes: [Note(kind: .footnote, id: "1", blocks: [.paragraph(Paragraph("n"))])],
      pageFurniture: [PageFurniture(kind: .header, blocks: [.paragraph(Paragraph("h"))])])
    let json = String(decoding: DocumentJSONWriter().write(document), as: UTF8.self)
    #expect(
      json == """
        {"version": 1, "blocks": [
            {"type": "paragraph", "text": "1.\\tA", "listLabel": "1.", "style": "List", "anchors": [{"name": "_Toc1"}], \
        "notes": [{"kind": "footnote", "id": "1", "offset": 3}], "textBox": true}
          ], "notes": [
            {"kind": "footnote", "id": "1", "blocks": [{"type": "paragraph", "text": "n"}]}
          ], "pageFurniture": [
            {"kind": "header", "type": "default", "section": 1, "blocks": [{"type": "paragraph", "text": "h"}]}
          ]}

        """)
  }

  @Test(arguments: [
    (
      #"{"version": 1, "blocks": [{"type": "paragraph", "text": "A", "listLabel": "1."}]}"#,
      "/blocks/0/listLabel",
      DocumentJSONError.Kind.invalidValue("\"1.\"", allowed: "a label the paragraph's text starts with")
    ),
    (
      #"{"version": 1, "blocks": [{"type": "paragraph", "text": "AB", "notes": [{"kind": "footnote", "id": "1", "offset": 3}]}]}"#,
      "/blocks/0/notes/0/offset", .invalidValue("3", allowed: "an offset up to the text's length, 2")
    ),
    (
      #"{"version": 1, "blocks": [{"type": "paragraph", "text": "A", "notes": [{"kind": "footnote", "id": "1", "offset": 0, "paragraph": 0}]}]}"#,
      "/blocks/0/notes/0/paragraph", .unknownMember("paragraph")
    ),
    (
      #"{"version": 1, "blocks": [{"type": "paragraph", "text": "A", "textBox": false}]}"#,
      "/blocks/0/textBox", .invalidValue("false", allowed: "true (or no member)")
    ),
    (
      #"{"version": 1, "blocks": [], "notes": [{"kind": "sidenote", "id": "1", "blocks": []}]}"#,
      "/notes/0/kind", .invalidValue("\"sidenote\"", allowed: "\"footnote\", \"endnote\" or \"comment\"")
    ),
    (
      #"{"version": 1, "blocks": [], "notes": [{"kind": "footnote", "id": "1"}]}"#,
      "/notes/0", .missing(member: "blocks")
    ),
    (
      #"{"version": 1, "blocks": [], "pageFurniture": [{"kind": "header", "type": "odd", "section": 1, "blocks": []}]}"#,
      "/pageFurniture/0/type", .invalidValue("\"odd\"", allowed: "\"default\", \"first\" or \"even\"")
    ),
    (
      #"{"version": 1, "blocks": [], "pageFurniture": [{"kind": "footer", "type": "default", "section": 0, "blocks": []}]}"#,
      "/pageFurniture/0/section", .wrongType(expected: "an integer ≥ 1", found: "the number 0")
    ),
  ])
  func `the reader refuses what the model does not allow, with its pointer`(
    _ json: String, _ pointer: String, _ kind: DocumentJSONError.Kind
  ) {
    do {
      _ = try DocumentJSONReader().read(bytes: Array(json.utf8), file: "bad.json")
      Issue.record("read \(json)")
    } catch let error as DocumentJSONError {
      #expect(error.location.pointer == pointer)
      #expect(error.kind == kind)
    } catch {
      Issue.record("\(error)")
    }
  }
}
