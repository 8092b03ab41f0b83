import Testing

@testable import TabConv

/// Tika text of documents with page furniture, notes, comments, text boxes and lists
/// (tika-text-format.md R3, R5, R8, R9, R10, R13).
@Suite struct TikaTextWriterNotesTests {
  typealias X = DocxXML

  /// A small .docx with a header, a footer, a footnote, a comment, a text box and a Chinese-counting list.
  static func annex() -> [UInt8] {
    let numbering = """
      <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>\
      <w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      """
    let numPr = "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
    let body =
      X.li("部门职责", numId: 1)
      + "<w:p>\(numPr)\(X.run("主要任务"))\(X.footnoteReference(1))\(X.run("。"))</w:p>"
      + "<w:p>\(X.run("金额"))<w:commentRangeStart w:id=\"0\"/>\(X.run("万元"))<w:commentRangeEnd w:id=\"0\"/>"
      + "<w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
      + "<w:p>\(X.run("正文"))\(X.textBox(X.p("框内")))</w:p>"
      + X.p("结束") + X.sectPr(headers: [("default", "rIdH1")], footers: [("default", "rIdF1")])
    var parts = DocxFixtureParts()
    parts.numbering = numbering
    parts.footnotes = X.note("footnote", id: 1, "<w:p><w:r><w:footnoteRef/></w:r>\(X.run(" 脚注内容"))</w:p>")
    parts.comments = X.note("comment", id: 0, author: "张三", X.p("请核实"), X.p("单位"))
    parts.headers = [X.p("页眉")]
    parts.footers = [X.p("第 1 页")]
    return DocxFixtureBuilder.document(body: body, parts: parts)
  }

  /// What the rules give for `annex()`.
  ///
  /// Line by line:
  /// - R13: the final (only) section's default header first: `页眉\n`.
  /// - R5: the list prefix is the label and one space, in place of Word's label and tab; tabconv
  ///   keeps Word's Chinese label (Tika would write `1、 `): `一、 部门职责\n`.
  /// - R4/R9: `[footnoteRef:1]` where the reference stands, then after the runs ` [1: ` + the
  ///   note's paragraph (its first run is the `w:footnoteRef` mark, no text, then ` 脚注内容`) +
  ///   `] ` + `\n`, then the paragraph's own `\n`: `二、 主要任务[footnoteRef:1]。 [1:  脚注内容] \n\n`.
  /// - R8: after the runs, `\tComment by 张三: ` + the comment's paragraphs joined by `\n`:
  ///   `金额万元\tComment by 张三: 请核实\n单位\n`.
  /// - R10: the box's paragraph, with its own `\n`, before the host's `\n`: `正文框内\n\n`.
  /// - `结束\n`, then R13's final footer: `第 1 页\n`.
  static let expected =
    "页眉\n" + "一、 部门职责\n" + "二、 主要任务[footnoteRef:1]。 [1:  脚注内容] \n\n"
    + "金额万元\tComment by 张三: 请核实\n单位\n" + "正文框内\n\n" + "结束\n" + "第 1 页\n"

  @Test func `a docx with furniture, a note, a comment, a text box and a list gives the rules' bytes`() throws {
    let document = try DocxReader().read(bytes: Self.annex(), displayName: "annex.docx")
    try Checks.enforce(on: document, file: "annex.docx")
    #expect(String(decoding: TikaTextWriter().write(document), as: UTF8.self) == Self.expected)
  }

  @Test func `the same document through JSON gives the same bytes`() throws {
    let document = try DocxReader().read(bytes: Self.annex(), displayName: "annex.docx")
    let json = DocumentJSONWriter().write(document)
    let back = try DocumentLoader.load(bytes: json, file: "annex.json")
    #expect(back == document)
    #expect(TikaTextWriter().write(back) == TikaTextWriter().write(document))
  }

  @Test func `POI's quirks: missing notes, authorless comments, empty first comment paragraphs, endnotes`() {
    let document = Document(
      blocks: [
        .paragraph(
          Paragraph(
            "•\tA", listLabel: "•",
            noteReferences: [
              NoteReference(kind: .endnote, id: "2", offset: 3), NoteReference(kind: .comment, id: "5", offset: 2),
              NoteReference(kind: .footnote, id: "9", offset: 3),
            ])),
        .table(
          Table(
            columns: 1,
            rows: [
              Row(cells: [
                Cell("x\ny", noteReferences: [NoteReference(kind: .endnote, id: "2", offset: 0, paragraph: 1)])
              ])
            ])),
      ],
      notes: [
        Note(kind: .endnote, id: "2", blocks: [.paragraph(Paragraph("尾")), .paragraph(Paragraph("注"))]),
        Note(kind: .comment, id: "5", blocks: [.paragraph(Paragraph("")), .paragraph(Paragraph("意见"))]),
      ])
    let expected =
      "• A[endnoteRef:2][footnoteRef:9]\tComment by null: 意见 [2: 尾\n注]  [9: !!! End note with ID \"9\" not found in document.] \n\n"
      + "\tx\n[endnoteRef:2]y [2: 尾\n注] \n\n\n\n"
    #expect(String(decoding: TikaTextWriter().write(document), as: UTF8.self) == expected)
  }

  @Test func `only the final section's furniture is written, headers first, in first, even, default order`() {
    let document = Document(
      blocks: [.paragraph(Paragraph("body"))],
      pageFurniture: [
        PageFurniture(kind: .header, type: .default, section: 1, blocks: [.paragraph(Paragraph("old header"))]),
        PageFurniture(kind: .footer, type: .default, section: 2, blocks: [.paragraph(Paragraph("footer"))]),
        PageFurniture(kind: .header, type: .default, section: 2, blocks: [.paragraph(Paragraph("default"))]),
        PageFurniture(kind: .header, type: .first, section: 2, blocks: [.paragraph(Paragraph("first"))]),
        PageFurniture(kind: .header, type: .even, section: 2, blocks: [.paragraph(Paragraph("even"))]),
      ])
    #expect(String(decoding: TikaTextWriter().write(document), as: UTF8.self) == "first\neven\ndefault\nbody\nfooter\n")
  }
}
