import Testing

@testable import TabConv

/// Footnotes, endnotes, comments, headers, footers and text boxes, read to exact model values.
@Suite struct DocxReaderNotesTests {
  typealias X = DocxXML

  @Test func `footnotes and endnotes are notes, referred to at their offset, separators left out`() throws {
    let body =
      "<w:p>\(X.run("正文"))\(X.footnoteReference(1))\(X.run("后文"))"
      + "<w:r><w:endnoteReference w:id=\"2\"/></w:r></w:p>"
    var parts = DocxFixtureParts()
    parts.footnotes = X.note("footnote", id: 1, "<w:p><w:r><w:footnoteRef/></w:r>\(X.run(" 脚注一"))</w:p>")
    parts.endnotes = X.note("endnote", id: 2, X.p("尾注"), X.p("第二段"))
    let document = try DocxTestReading.read(body: body, parts: parts)
    #expect(
      document.blocks == [
        .paragraph(
          Paragraph(
            "正文后文",
            noteReferences: [
              NoteReference(kind: .footnote, id: "1", offset: 2), NoteReference(kind: .endnote, id: "2", offset: 4),
            ]))
      ])
    #expect(
      document.notes == [
        Note(kind: .footnote, id: "1", blocks: [.paragraph(Paragraph(" 脚注一"))]),
        Note(kind: .endnote, id: "2", blocks: [.paragraph(Paragraph("尾注")), .paragraph(Paragraph("第二段"))]),
      ])
    #expect(document.warnings == [])
  }

  @Test func `a comment stands where its range starts, or at its mark when it has no start`() throws {
    let body =
      "<w:p>\(X.run("请"))<w:commentRangeStart w:id=\"0\"/>\(X.run("核实"))<w:commentRangeEnd w:id=\"0\"/>"
      + "<w:r><w:commentReference w:id=\"0\"/></w:r>\(X.run("金额"))<w:r><w:commentReference w:id=\"1\"/></w:r></w:p>"
      + "<w:commentRangeStart w:id=\"2\"/>" + X.p("下一段")
    var parts = DocxFixtureParts()
    parts.comments =
      X.note("comment", id: 0, author: "张三", X.p("请核实")) + X.note("comment", id: 1, X.p("无作者"))
      + X.note("comment", id: 2, author: "李四", X.p(""), X.p("两段"))
    let document = try DocxTestReading.read(body: body, parts: parts)
    #expect(
      document.paragraphs.map(\.noteReferences) == [
        [NoteReference(kind: .comment, id: "0", offset: 1), NoteReference(kind: .comment, id: "1", offset: 5)],
        [NoteReference(kind: .comment, id: "2", offset: 0)],
      ])
    #expect(
      document.notes == [
        Note(kind: .comment, id: "0", author: "张三", blocks: [.paragraph(Paragraph("请核实"))]),
        Note(kind: .comment, id: "1", blocks: [.paragraph(Paragraph("无作者"))]),
        Note(kind: .comment, id: "2", author: "李四", blocks: [.paragraph(Paragraph("")), .paragraph(Paragraph("两段"))]),
      ])
  }

  @Test func `a note reference in a cell keeps its cell paragraph`() throws {
    let cell = X.tc(content: X.p("第一段") + "<w:p>\(X.run("第二段"))\(X.footnoteReference(3))</w:p>")
    var parts = DocxFixtureParts()
    parts.footnotes = X.note("footnote", id: 3, X.p("注"))
    let document = try DocxTestReading.read(body: X.tbl(columns: 1, X.tr(cell)) + X.p(), parts: parts)
    let table = try #require(DocxTestReading.firstTable(document))
    #expect(table.rows[0].cells[0].noteReferences == [NoteReference(kind: .footnote, id: "3", offset: 3, paragraph: 1)])
    #expect(table.rows[0].cells[0].text == "第一段\n第二段")
  }

  @Test func `headers and footers come from the parts each section references, read once`() throws {
    let body =
      "<w:p><w:pPr>\(X.sectPr(headers: [("default", "rIdH1")]))</w:pPr>\(X.run("第一节"))</w:p>" + X.p("第二节")
      + X.sectPr(headers: [("default", "rIdH1"), ("first", "rIdH2")], footers: [("default", "rIdF1")])
    var parts = DocxFixtureParts()
    parts.headers = [X.p("页眉"), X.tbl(columns: 2, X.tr(X.tc("单位"), X.tc("万元"))) + X.p()]
    parts.footers = [
      "<w:p>\(X.run("第 "))<w:fldSimple w:instr=\" PAGE \">\(X.run("1"))</w:fldSimple>\(X.run(" 页"))</w:p>"
    ]
    let document = try DocxTestReading.read(body: body, parts: parts)
    #expect(DocxTestReading.texts(document) == ["第一节", "第二节"])
    let headerTable = Table(columns: 2, rows: [Row(cells: [Cell("单位"), Cell("万元")])])
    #expect(
      document.pageFurniture == [
        PageFurniture(kind: .header, type: .default, section: 1, blocks: [.paragraph(Paragraph("页眉"))]),
        PageFurniture(kind: .header, type: .default, section: 2, blocks: [.paragraph(Paragraph("页眉"))]),
        PageFurniture(
          kind: .header, type: .first, section: 2, blocks: [.table(headerTable), .paragraph(Paragraph(""))]),
        PageFurniture(kind: .footer, type: .default, section: 2, blocks: [.paragraph(Paragraph("第 1 页"))]),
      ])
    #expect(document.flatTables.count == 0)
    let withFurniture = document.flatTables(includingPageFurniture: true)
    #expect(withFurniture.map(\.table) == [headerTable])
    #expect(withFurniture.map(\.pageFurniture) == [3])
    #expect(withFurniture.map(\.block) == [1])
  }

  @Test func `a reference to a missing header part is skipped with a warning`() throws {
    let document = try DocxTestReading.read(
      body: X.p("正文") + X.sectPr(headers: [("default", "rId404")]), parts: DocxFixtureParts())
    #expect(document.pageFurniture == [])
    #expect(document.warnings.map(\.message) == ["header reference rId404 names no header part; skipped"])
  }

  @Test func `text-box paragraphs and tables follow their host, marked`() throws {
    let box = X.p("框内") + X.tbl(columns: 1, X.tr(X.tc("格"))) + X.p("框尾")
    let body = "<w:p>\(X.run("正文"))\(X.textBox(box))</w:p>" + X.p("下一段")
    let document = try DocxTestReading.read(body: body)
    #expect(
      document.blocks == [
        .paragraph(Paragraph("正文")),
        .paragraph(Paragraph("框内", inTextBox: true)),
        .table(Table(columns: 1, rows: [Row(cells: [Cell("格")])], inTextBox: true)),
        .paragraph(Paragraph("框尾", inTextBox: true)),
        .paragraph(Paragraph("下一段")),
      ])
  }
}
