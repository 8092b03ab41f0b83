import Testing

@testable import TabConv

/// Styles, heading levels and bookmarks.
@Suite struct DocxReaderStructureTests {
  typealias X = DocxXML

  static func paragraphs(_ body: String) throws -> [Paragraph] {
    try DocxTestReading.read(body: body).blocks.compactMap { block in
      if case .paragraph(let paragraph) = block { return paragraph }
      return nil
    }
  }

  @Test func `heading levels come from style names, outline levels and based-on styles`() throws {
    let body =
      X.p("h1", style: "1") + X.p("h2", style: "Heading2") + X.p("chapter", style: "MyChapter")
      + X.p("outline", style: "Outline3") + X.p("normal", style: "Normal") + X.p("unknown", style: "Nowhere")
      + "<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr>\(X.run("direct"))</w:p>"
      + "<w:p><w:pPr><w:pStyle w:val=\"1\"/><w:outlineLvl w:val=\"9\"/></w:pPr>\(X.run("body level"))</w:p>"
    #expect(
      try Self.paragraphs(body) == [
        Paragraph("h1", headingLevel: 1, style: "heading 1"),
        Paragraph("h2", headingLevel: 2, style: "heading 2"),
        Paragraph("chapter", headingLevel: 1, style: "My Chapter"),
        Paragraph("outline", headingLevel: 3, style: "Outline Three"),
        Paragraph("normal", style: "Normal"),
        Paragraph("unknown", style: "Nowhere"),
        Paragraph("direct", headingLevel: 2),
        Paragraph("body level", style: "heading 1"),
      ])
  }

  @Test func `the old style inside w:pPrChange is not the paragraph's style`() throws {
    let body =
      "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/><w:pPrChange w:id=\"1\" w:author=\"x\"><w:pPr>"
      + "<w:pStyle w:val=\"1\"/></w:pPr></w:pPrChange></w:pPr>\(X.run("now h2"))</w:p>"
    #expect(try Self.paragraphs(body) == [Paragraph("now h2", headingLevel: 2, style: "heading 2")])
  }

  @Test func `bookmarks stand on the paragraph where they start or on the next one`() throws {
    let body =
      "<w:bookmarkStart w:id=\"1\" w:name=\"before\"/>" + X.p("one")
      + "<w:p>\(X.run("two"))<w:bookmarkStart w:id=\"2\" w:name=\"_Hlk1\"/><w:bookmarkStart w:id=\"3\" w:name=\"inside\"/></w:p>"
      + "<w:bookmarkStart w:id=\"4\" w:name=\"atEnd\"/>"
    #expect(
      try Self.paragraphs(body) == [
        Paragraph("one", anchors: [Anchor(name: "before")]),
        Paragraph("two", anchors: [Anchor(name: "_Hlk1"), Anchor(name: "inside"), Anchor(name: "atEnd")]),
      ])
  }

  @Test func `bookmarks in cells name the cell paragraph they start in`() throws {
    let marked = "<w:p><w:bookmarkStart w:id=\"1\" w:name=\"second\"/>\(X.run("b"))</w:p>"
    let body = X.tbl(
      columns: 2,
      "<w:tr><w:bookmarkStart w:id=\"2\" w:name=\"rowLevel\"/>"
        + X.tc(content: X.p("a") + marked)
        + "<w:tc><w:bookmarkStart w:id=\"3\" w:name=\"cellLevel\"/>\(X.p("c"))\(X.p("d"))"
        + "<w:bookmarkStart w:id=\"4\" w:name=\"cellEnd\"/></w:tc></w:tr>")
    let table = try #require(DocxTestReading.firstTable(try DocxTestReading.read(body: body)))
    #expect(
      table.rows[0].cells == [
        Cell("a\nb", anchors: [Anchor(name: "rowLevel", paragraph: 0), Anchor(name: "second", paragraph: 1)]),
        Cell("c\nd", anchors: [Anchor(name: "cellLevel", paragraph: 0), Anchor(name: "cellEnd", paragraph: 1)]),
      ])
  }

  @Test func `a bookmark with no paragraph anywhere is dropped with a warning`() throws {
    let document = try DocxTestReading.read(body: "<w:bookmarkStart w:id=\"1\" w:name=\"lonely\"/>")
    #expect(document.blocks == [])
    #expect(document.warnings.map(\.message) == ["bookmark lonely has no paragraph to stand on; dropped"])
  }
}
