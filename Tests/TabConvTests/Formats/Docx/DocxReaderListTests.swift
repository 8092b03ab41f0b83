import Testing

@testable import TabConv

/// List labels from numbering.xml, as Word shows them.
@Suite struct DocxReaderListTests {
  typealias X = DocxXML

  static let numbering = """
    <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>\
    <w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>\
    <w:abstractNum w:abstractNumId="1">\
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>\
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/>\
    <w:suff w:val="space"/></w:lvl>\
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{F0B7}"/>\
    <w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>\
    <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/>\
    <w:pStyle w:val="Chapter"/><w:lvlText w:val="第%1章"/></w:lvl></w:abstractNum>\
    <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/>\
    <mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>\
    <mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1"/></w:lvl>\
    </w:abstractNum>\
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>\
    <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>\
    <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>\
    <w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
    """

  static let chapterStyle = """
    <w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="Chapter"/>\
    <w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
    """

  @Test func `labels follow numFmt, lvlText, suff, levels, restarts, start overrides and styles`() throws {
    let body =
      X.li("部门职责", numId: 1) + X.li("主要任务", numId: 1)
      + X.li("first", numId: 2) + X.li("sub", numId: 2, level: 1) + X.li("sub2", numId: 2, level: 1)
      + X.li("dot", numId: 2, level: 2) + X.li("second", numId: 2) + X.li("sub3", numId: 2, level: 1)
      + X.li("again", numId: 3) + X.p("chapter", style: "Chapter") + X.p("chapter2", style: "Chapter")
      + "<w:p><w:pPr><w:pStyle w:val=\"Chapter\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr>\(X.run("none"))</w:p>"
      + X.li("预算", numId: 1) + X.li("custom", numId: 5) + X.li("unknown list", numId: 9)
    var parts = DocxFixtureParts()
    parts.numbering = Self.numbering
    parts.styles = Self.chapterStyle
    let paragraphs = try DocxTestReading.read(body: body, parts: parts).paragraphs
    #expect(
      paragraphs.map(\.text) == [
        "一、部门职责", "二、主要任务", "1.\tfirst", "1.a) sub", "1.b) sub2", "•\tdot", "2.\tsecond", "2.a) sub3",
        "1.\tagain", "第III章\tchapter", "第IV章\tchapter2", "none", "三、预算", "01\tcustom", "unknown list",
      ])
    #expect(
      paragraphs.map(\.listLabel) == [
        "一、", "二、", "1.", "1.a)", "1.b)", "•", "2.", "2.a)", "1.", "第III章", "第IV章", nil, "三、", "01", nil,
      ])
  }

  @Test func `a note reference moves past the list label`() throws {
    var parts = DocxFixtureParts()
    parts.numbering = Self.numbering
    parts.footnotes = X.note("footnote", id: 1, X.p("注"))
    let body =
      "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
      + "\(X.run("职责"))\(X.footnoteReference(1))</w:p>"
    let paragraph = try #require(try DocxTestReading.read(body: body, parts: parts).paragraphs.first)
    #expect(paragraph.text == "一、职责")
    #expect(paragraph.noteReferences == [NoteReference(kind: .footnote, id: "1", offset: 4)])
  }

  @Test(arguments: [
    (1, "decimal", "1"), (7, "decimalZero", "07"), (12, "decimalZero", "12"), (14, "upperRoman", "XIV"),
    (1999, "lowerRoman", "mcmxcix"), (28, "upperLetter", "BB"), (3, "lowerLetter", "c"), (1, "ordinal", "1st"),
    (2, "ordinal", "2nd"), (13, "ordinal", "13th"), (23, "ordinal", "23rd"),
    (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
    (20, "chineseCounting", "二十"), (99, "chineseCounting", "九十九"), (101, "chineseCounting", "一○一"),
    (110, "chineseCountingThousand", "一百一十"), (101, "chineseCountingThousand", "一百〇一"),
    (1010, "chineseCountingThousand", "一千〇一十"), (1234, "chineseCountingThousand", "一千二百三十四"),
    (12, "japaneseCounting", "十二"), (3, "ideographTraditional", "丙"), (11, "ideographTraditional", "11"),
    (1, "decimalEnclosedCircle", "①"), (20, "decimalEnclosedCircle", "⑳"), (21, "decimalEnclosedCircle", "21"),
    (5, "none", ""), (4, "thaiNumbers", "4"),
  ])
  func `numbers are written in Word's formats`(_ value: Int, _ format: String, _ expected: String) {
    #expect(WordNumberFormat.text(of: value, format: format) == expected)
  }

  @Test(arguments: [
    ("\u{F0B7}", "Symbol", "•"), ("\u{F0A7}", "Wingdings", "▪"), ("\u{F0D8}", "Wingdings", "➢"),
    ("o", "Courier New", "o"), ("●", nil, "●"), ("\u{F06F}", "Webdings", "•"),
  ])
  func `bullet glyphs of symbol fonts are mapped`(_ glyph: String, _ font: String?, _ expected: String) {
    #expect(WordNumberFormat.bullet(glyph, font: font) == expected)
  }
}
