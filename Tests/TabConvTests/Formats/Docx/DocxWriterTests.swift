import Testing

@testable import TabConv

/// Documents made in code, written as .docx and read back with `DocxReader`.
@Suite struct DocxWriterTests {
  /// A small annex shaped like the seeds: a title row spanning every column, label columns merged
  /// down three rows, a header row, `_GoBack` in a cell's second paragraph, a `_Toc` heading,
  /// a nested table, Chinese text, tabs, line breaks and edge spaces.
  static let annex = Document(blocks: [
    .paragraph(Paragraph("附表1")),
    .paragraph(
      Paragraph("2023年部门整体支出绩效目标表", anchors: [Anchor(name: "_Toc139912345")], headingLevel: 1, style: "heading 1")),
    .table(
      Table(
        columns: 4,
        rows: [
          Row(cells: [Cell("2023年部门整体支出绩效目标表", colSpan: 4, spanSource: .declared)], isHeader: true),
          Row(cells: [Cell("一级指标"), Cell("二级指标"), Cell("三级指标"), Cell("指标值及单位")], isHeader: true),
          Row(cells: [
            Cell("产出指标", rowSpan: 3, spanSource: .declared), Cell("数量指标", rowSpan: 3, spanSource: .declared),
            Cell("1、新增市场主体"), Cell("≥4000户"),
          ]),
          Row(cells: [Cell("2、食品案件\t立案查处数"), Cell("≥20件　")]),
          Row(cells: [
            Cell("7、开展“双随机、一公开”抽查企业\n抽查比例", anchors: [Anchor(name: "_GoBack", paragraph: 1)]),
            Cell("  95%  "),
          ]),
          Row(cells: [
            Cell("备注"),
            Cell(
              "见下表\n",
              colSpan: 3, spanSource: .declared,
              blocks: [
                .paragraph(Paragraph("见下表")),
                .table(
                  Table(
                    columns: 2,
                    rows: [
                      Row(cells: [Cell("项目", colSpan: 2, spanSource: .declared)]),
                      Row(cells: [Cell("资金"), Cell("1043.19")]),
                    ])),
                .paragraph(Paragraph("")),
              ]),
          ]),
        ])),
    .paragraph(Paragraph("说明：第一行\n第二行\t制表")),
    .paragraph(Paragraph("二、分项目标", headingLevel: 2)),
    .paragraph(Paragraph("正文", style: "Body Text")),
    .paragraph(Paragraph("自定义章节", headingLevel: 3, style: "My Chapter")),
    .paragraph(Paragraph("Heading text kept as body", style: "heading 2")),
    .paragraph(Paragraph("")),
  ])

  static func roundTrip(_ document: Document) throws -> Document {
    let bytes = try DocxWriter().write(document)
    return try DocxReader().read(bytes: bytes, displayName: "written.docx")
  }

  @Test func `the annex reads back as the same blocks`() throws {
    let read = try Self.roundTrip(Self.annex)
    #expect(read.blocks == Self.annex.blocks)
    #expect(read.warnings == [])
    for table in read.allTables { #expect(table.grid.tilesExactly) }
  }

  @Test func `a heading level the style name does not give comes back from w:outlineLvl`() throws {
    let read = try Self.roundTrip(Self.annex)
    #expect(read.paragraphs.map(\.headingLevel) == [nil, 1, nil, 2, nil, 3, nil, nil])
    #expect(read.paragraphs.map(\.style) == [nil, "heading 1", nil, nil, "Body Text", "My Chapter", "heading 2", nil])
  }

  @Test func `inferred spans come back declared`() throws {
    let table = Table(
      columns: 2,
      rows: [
        Row(cells: [Cell("合并", rowSpan: 2, spanSource: .inferred), Cell("a")]),
        Row(cells: [Cell("b")]),
      ])
    let read = try Self.roundTrip(Document(blocks: [.table(table)]))
    #expect(read.tables.first?.rows.map(\.shape) == [[CellShape("合并", 2), CellShape("a")], [CellShape("b")]])
    #expect(read.tables.first?.rows[0].cells[0].spanSource == .declared)
  }

  @Test func `a cell ending with a nested table gains the paragraph Word requires`() throws {
    let inner = Table(columns: 1, rows: [Row(cells: [Cell("内")])])
    let cell = Cell(
      "外", anchors: [Anchor(name: "end", paragraph: 1)], blocks: [.paragraph(Paragraph("外")), .table(inner)])
    let read = try Self.roundTrip(Document(blocks: [.table(Table(columns: 1, rows: [Row(cells: [cell])]))]))
    let readCell = read.tables.first?.rows.first?.cells.first
    #expect(readCell?.blocks == [.paragraph(Paragraph("外")), .table(inner), .paragraph(Paragraph(""))])
    #expect(readCell?.text == "外\n")
    #expect(readCell?.anchors == [Anchor(name: "end", paragraph: 1)])
  }

  @Test func `a row every position of which a span covers still reads back`() throws {
    let table = Table(
      columns: 2,
      rows: [
        Row(cells: [Cell("左", rowSpan: 3, spanSource: .declared), Cell("右", rowSpan: 3, spanSource: .declared)]),
        Row(cells: []),
        Row(cells: []),
      ])
    let read = try Self.roundTrip(Document(blocks: [.table(table)]))
    #expect(read.blocks == [.table(table)])
  }

  @Test func `several anchors on one paragraph keep their order`() throws {
    let paragraph = Paragraph("标题", anchors: [Anchor(name: "_Toc1"), Anchor(name: "_Toc2"), Anchor(name: "visible")])
    let read = try Self.roundTrip(Document(blocks: [.paragraph(paragraph)]))
    #expect(read.blocks == [.paragraph(paragraph)])
  }

  @Test func `characters XML 1.0 cannot hold are left out`() throws {
    let read = try Self.roundTrip(Document(blocks: [.paragraph(Paragraph("a\u{1}b\u{FFFF}c\u{1F}"))]))
    #expect(read.paragraphs.map(\.text) == ["abc"])
  }

  // Attribute values avoid `&`: the reader's SAX2 parser (no entity substitution) hands `&amp;`
  // in an attribute over as `&#38;`, so it reads such a bookmark or style name wrongly.
  @Test func `markup characters are escaped`() throws {
    let text = "<w:t> & \"quotes\" 'apostrophes' ]]>"
    let paragraph = Paragraph(text, anchors: [Anchor(name: "a<b>\"c\"")], style: "<Style> \"1\"")
    let read = try Self.roundTrip(Document(blocks: [.paragraph(paragraph)]))
    #expect(read.blocks == [.paragraph(paragraph)])
  }

  @Test func `an empty document is a valid package with an empty body`() throws {
    let read = try Self.roundTrip(Document())
    #expect(read.blocks == [])
  }

  @Test func `writing the same document twice gives the same bytes`() throws {
    let first = try DocxWriter().write(Self.annex)
    let second = try DocxWriter().write(Self.annex)
    #expect(first == second)
    #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]))
  }

  @Test func `style names get ids of their ASCII letters, unique`() {
    let document = Document(blocks: [
      .paragraph(Paragraph("a", style: "Body Text")),
      .paragraph(Paragraph("b", style: "Body-Text")),
      .paragraph(Paragraph("c", style: "正文缩进")),
      .paragraph(Paragraph("d", style: "Table Grid")),
      .paragraph(Paragraph("e", style: "heading 3")),
      .paragraph(Paragraph("f", style: "Normal")),
    ])
    let sheet = DocxStyleSheet(for: document)
    #expect(sheet.customStyles.map(\.id) == ["BodyText", "BodyText2", "Style", "TableGrid2"])
    #expect(sheet.id(ofStyleNamed: "heading 3") == "Heading3")
    #expect(sheet.id(ofStyleNamed: "Normal") == "Normal")
  }
}
