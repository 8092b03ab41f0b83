import Testing

@testable import TabConv

/// How run content becomes paragraph text.
@Suite struct DocxReaderTextTests {
  typealias X = DocxXML

  static func texts(_ body: String, options: DocxReadOptions = .init()) throws -> [String] {
    DocxTestReading.texts(try DocxTestReading.read(body: body, options: options))
  }

  @Test func `tabs, breaks and hyphens become characters and tab stops do not`() throws {
    let body =
      "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
      + "<w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:ptab w:relativeTo=\"margin\" w:alignment=\"right\" w:leader=\"none\"/>"
      + "<w:t>C</w:t><w:br/><w:t>D</w:t><w:cr/><w:t>E</w:t><w:noBreakHyphen/><w:t>F</w:t><w:softHyphen/>"
      + "<w:t>G</w:t><w:br w:type=\"page\"/><w:lastRenderedPageBreak/><w:t>H</w:t></w:r></w:p>"
    #expect(try Self.texts(body) == ["A\tB\tC\nD\nE\u{2011}FG\nH"])
  }

  @Test func `w:t keeps its spaces exactly`() throws {
    #expect(try Self.texts(X.p("  两个空格  ") + X.p("\u{3000}全角")) == ["  两个空格  ", "\u{3000}全角"])
  }

  @Test func `runs inside hyperlinks, smart tags, custom XML and simple fields count`() throws {
    let body =
      "<w:p><w:hyperlink r:id=\"rId9\">\(X.run("link"))</w:hyperlink>"
      + "<w:smartTag w:uri=\"urn:x\" w:element=\"place\"><w:smartTagPr/>\(X.run(" tag"))</w:smartTag>"
      + "<w:customXml w:element=\"amount\"><w:customXmlPr/>\(X.run(" xml"))</w:customXml>"
      + "<w:fldSimple w:instr=\" PAGE \">\(X.run(" 7"))</w:fldSimple></w:p>"
    #expect(try Self.texts(body) == ["link tag xml 7"])
  }

  @Test func `a complex field keeps its shown result and drops its code`() throws {
    let body =
      "<w:p>\(X.run("Page "))<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      + "<w:r><w:instrText xml:space=\"preserve\"> PAGE \\* MERGEFORMAT </w:instrText></w:r>"
      + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\(X.run("3"))"
      + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>\(X.run(" of 9"))</w:p>"
    #expect(try Self.texts(body) == ["Page 3 of 9"])
  }

  @Test func `w:sym maps to Unicode and an unmappable symbol is dropped with a warning`() throws {
    let body =
      "<w:p><w:r><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:sym w:font=\"Symbol\" w:char=\"F061\"/>"
      + "<w:sym w:font=\"Arial\" w:char=\"2022\"/><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r></w:p>"
    let document = try DocxTestReading.read(body: body)
    #expect(DocxTestReading.texts(document) == ["•α•"])
    #expect(document.warnings.map(\.message) == ["w:sym U+F0FC of font Wingdings has no Unicode equivalent; dropped"])
    #expect(document.warnings.map(\.kind) == [.contentSkipped])
    #expect(document.warnings.first?.location.part == "word/document.xml")
    #expect(document.warnings.first?.location.line == 2)
  }

  @Test func `content controls keep their content at block and run level`() throws {
    let body =
      "<w:sdt><w:sdtPr><w:alias w:val=\"Title\"/><w:placeholder><w:docPart w:val=\"X\"/></w:placeholder></w:sdtPr>"
      + "<w:sdtContent>\(X.p("block"))</w:sdtContent></w:sdt>"
      + "<w:p>\(X.run("a "))<w:sdt><w:sdtPr/><w:sdtContent>\(X.run("inline"))</w:sdtContent></w:sdt></w:p>"
    #expect(try Self.texts(body) == ["block", "a inline"])
  }

  static let revisionBody =
    "<w:p>\(X.run("A"))<w:ins w:id=\"1\" w:author=\"x\">\(X.run("B"))</w:ins>"
    + "<w:del w:id=\"2\" w:author=\"x\"><w:r><w:delText>C</w:delText></w:r></w:del>"
    + "<w:moveFrom w:id=\"3\" w:author=\"x\"><w:r><w:t>M</w:t></w:r></w:moveFrom>"
    + "<w:moveTo w:id=\"4\" w:author=\"x\">\(X.run("N"))</w:moveTo>\(X.run("D"))</w:p>"

  @Test(arguments: [
    (DocxReadOptions.Revisions.accepted, "ABND"),
    (.original, "ACMD"),
    (.all, "ABCMND"),
  ])
  func `tracked changes follow the revisions option`(_ revisions: DocxReadOptions.Revisions, _ expected: String) throws
  {
    #expect(try Self.texts(Self.revisionBody, options: DocxReadOptions(revisions: revisions)) == [expected])
  }

  @Test func `a text box becomes paragraphs after its host and its fallback is not read twice`() throws {
    let box = "<w:txbxContent>\(X.p("框内一"))\(X.p("框内二"))</w:txbxContent>"
    let body =
      "<w:p>\(X.run("正文"))<w:r><mc:AlternateContent>"
      + "<mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>\(box)</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
      + "<mc:Fallback><w:pict><v:shape><v:textbox>\(box)</v:textbox></v:shape></w:pict></mc:Fallback>"
      + "</mc:AlternateContent></w:r>\(X.run("后文"))</w:p>" + X.p("下一段")
    #expect(try Self.texts(body) == ["正文后文", "框内一", "框内二", "下一段"])
  }

  @Test func `mc:Fallback is read when there is no choice`() throws {
    let body =
      "<w:p><w:r><mc:AlternateContent><mc:Fallback>\(X.run("fallback"))</mc:Fallback></mc:AlternateContent></w:r></w:p>"
    #expect(try Self.texts(body) == ["fallback"])
  }

  @Test func `a symbol inside mc:Choice counts once and its fallback is not read`() throws {
    let body =
      "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"w14\"><w:sym w:font=\"Symbol\" w:char=\"F0D6\"/>"
      + "</mc:Choice><mc:Fallback><w:t>v</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    #expect(try Self.texts(body) == ["√"])
  }

  @Test func `names match by namespace, not by prefix`() throws {
    let xml = DocxFixtureBuilder.documentXML(
      body: "<x:p><x:r><x:t>prefix x</x:t></x:r></x:p><w:p><w:r><w:t>not Word</w:t></w:r></w:p>", prefix: "x"
    )
    .replacingOccurrences(of: "xmlns:r=", with: "xmlns:w=\"urn:not-word\" xmlns:r=")
    let bytes = DocxFixtureBuilder.zip([
      ("_rels/.rels", DocxFixtureBuilder.packageRelationships()), ("word/document.xml", xml),
    ])
    let document = try DocxReader().read(bytes: bytes, displayName: "fixture.docx")
    #expect(DocxTestReading.texts(document) == ["prefix x"])
  }

  @Test func `ISO Strict namespaces read like transitional ones`() throws {
    let body = X.p("标题", style: "1") + X.tbl(columns: 2, X.tr(X.tc("a", X.gridSpan2)), X.tr(X.tc("b"), X.tc("c")))
    let document = try DocxTestReading.read(body: body, strict: true)
    #expect(document.blocks.first == .paragraph(Paragraph("标题", headingLevel: 1, style: "heading 1")))
    #expect(DocxTestReading.firstTable(document)?.rows.map(\.cells.count) == [1, 2])
  }

  @Test func `the main part is found through the package relationships`() throws {
    let bytes = DocxFixtureBuilder.zip([
      ("_rels/.rels", DocxFixtureBuilder.packageRelationships(mainPart: "/word/document2.xml")),
      ("word/document2.xml", DocxFixtureBuilder.documentXML(body: X.p("second"))),
    ])
    let document = try DocxReader().read(bytes: bytes, displayName: "fixture.docx")
    #expect(DocxTestReading.texts(document) == ["second"])
  }
}

/// Content the model cannot hold as it stands.
@Suite struct DocxReaderUnusualTextTests {
  typealias X = DocxXML

  @Test func `an equation reads as its math text in reading order`() throws {
    let body =
      "<w:p>\(X.run("Area: "))<m:oMath xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\">"
      + "<m:r><m:t>A=π</m:t></m:r><m:sSup><m:e><m:r><m:t>r</m:t></m:r></m:e><m:sup><m:r><m:t>2</m:t></m:r></m:sup></m:sSup>"
      + "</m:oMath></w:p>"
    #expect(DocxTestReading.texts(try DocxTestReading.read(body: body)) == ["Area: A=πr2"])
  }

  @Test func `control characters become U+FFFD with a warning, as Tika does`() throws {
    let document = try DocxTestReading.read(body: X.p("a\u{85}b\u{9F}c"))
    #expect(DocxTestReading.texts(document) == ["a\u{FFFD}b\u{FFFD}c"])
    #expect(document.warnings.map(\.message) == ["2 control characters replaced by U+FFFD (as Tika does)"])
    #expect(document.warnings.map(\.kind) == [.inputNormalized])
  }
}

@Suite struct DocxReaderAttributeTests {
  @Test func `an ampersand in a bookmark name reads as itself`() throws {
    let body = "<w:p><w:bookmarkStart w:id=\"0\" w:name=\"R&amp;D &lt;1&gt;\"/><w:r><w:t>x</w:t></w:r></w:p>"
    let document = try DocxTestReading.read(body: body)
    #expect(document.blocks == [.paragraph(Paragraph("x", anchors: [Anchor(name: "R&D <1>")]))])
  }
}
