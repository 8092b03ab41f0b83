import Testing

@testable import TabConv

/// A document shaped like a Chinese budget annex, read to exact model values: a Heading 1 with a
/// `_Toc…` bookmark, a unit line, a table whose title row spans every column, two label columns
/// merged down over three rows, a two-paragraph header cell and Word's `_GoBack` cursor bookmark.
@Suite struct DocxBudgetAnnexTests {
  typealias X = DocxXML

  static let body =
    "<w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr><w:bookmarkStart w:id=\"0\" w:name=\"_Toc4512\"/>"
    + X.run("一、部门预算支出表") + "<w:bookmarkEnd w:id=\"0\"/></w:p>"
    + X.p("金额：万元")
    + X.tbl(
      columns: 5,
      X.tr(X.tc("2024年部门预算支出表", "<w:gridSpan w:val=\"5\"/>"), properties: "<w:tblHeader/>"),
      X.tr(
        X.tc("支出类别"), X.tc("资金来源"), X.tc("项目"),
        X.tc(content: X.p("年度预算申请") + X.p("（万元）")), X.tc("备注"), properties: "<w:tblHeader/>"),
      X.tr(X.tc("基本支出", X.vMergeRestart), X.tc("财政拨款", X.vMergeRestart), X.tc("工资福利支出"), X.tc("120.50"), X.tc()),
      X.tr(
        X.tc("", X.vMergeContinue), X.tc("", X.vMergeContinue), X.tc("商品和服务支出"),
        X.tc(
          content: "<w:p><w:bookmarkStart w:id=\"1\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"1\"/>" + X.run("45.20")
            + "</w:p>"),
        X.tc()),
      X.tr(X.tc("", X.vMergeContinue), X.tc("", X.vMergeContinue), X.tc("对个人和家庭的补助"), X.tc("8.00"), X.tc("含退休费"))
    )
    + X.p("注：本表不含政府性基金。")

  @Test func `the annex reads to exact blocks`() throws {
    let document = try DocxTestReading.read(body: Self.body)
    let table = Table(
      columns: 5,
      rows: [
        Row(cells: [Cell("2024年部门预算支出表", colSpan: 5, spanSource: .declared)], isHeader: true),
        Row(
          cells: [Cell("支出类别"), Cell("资金来源"), Cell("项目"), Cell("年度预算申请\n（万元）"), Cell("备注")], isHeader: true),
        Row(cells: [
          Cell("基本支出", rowSpan: 3, spanSource: .declared), Cell("财政拨款", rowSpan: 3, spanSource: .declared),
          Cell("工资福利支出"), Cell("120.50"), Cell(""),
        ]),
        Row(cells: [Cell("商品和服务支出"), Cell("45.20", anchors: [Anchor(name: "_GoBack", paragraph: 0)]), Cell("")]),
        Row(cells: [Cell("对个人和家庭的补助"), Cell("8.00"), Cell("含退休费")]),
      ])
    #expect(
      document.blocks == [
        .paragraph(
          Paragraph("一、部门预算支出表", anchors: [Anchor(name: "_Toc4512")], headingLevel: 1, style: "heading 1")),
        .paragraph(Paragraph("金额：万元")),
        .table(table),
        .paragraph(Paragraph("注：本表不含政府性基金。")),
      ])
    #expect(document.warnings == [])
    #expect(document.source == Source(format: .docx, file: "fixture.docx", sha256: nil))
  }
}

extension DocxBudgetAnnexTests {
  @Test func `the annex reads to exact canonical JSON`() throws {
    let document = try DocxTestReading.read(body: Self.body)
    let json = String(decoding: DocumentJSONWriter().write(document), as: UTF8.self)
    #expect(json == Self.expectedJSON)
    #expect(try DocumentValidation.problems(in: Array(json.utf8), file: nil).isEmpty)
  }

  static let expectedJSON = #"""
    {"version": 1, "source": {"format": "docx", "file": "fixture.docx"}, "blocks": [
        {"type": "paragraph", "text": "一、部门预算支出表", "headingLevel": 1, "style": "heading 1", "anchors": [{"name": "_Toc4512"}]},
        {"type": "paragraph", "text": "金额：万元"},
        {"type": "table", "columns": 5, "rows": [
          {"cells": [{"text": "2024年部门预算支出表", "colSpan": 5, "spanSource": "declared"}], "header": true},
          {"cells": [{"text": "支出类别"}, {"text": "资金来源"}, {"text": "项目"}, {"text": "年度预算申请\n（万元）"}, {"text": "备注"}], "header": true},
          {"cells": [{"text": "基本支出", "rowSpan": 3, "spanSource": "declared"}, {"text": "财政拨款", "rowSpan": 3, "spanSource": "declared"}, {"text": "工资福利支出"}, {"text": "120.50"}, {"text": ""}]},
          {"cells": [{"text": "商品和服务支出"}, {"text": "45.20", "anchors": [{"name": "_GoBack"}]}, {"text": ""}]},
          {"cells": [{"text": "对个人和家庭的补助"}, {"text": "8.00"}, {"text": "含退休费"}]}
        ]},
        {"type": "paragraph", "text": "注：本表不含政府性基金。"}
      ]}

    """#
}
