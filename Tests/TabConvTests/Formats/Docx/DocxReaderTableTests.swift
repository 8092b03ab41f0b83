import Testing

@testable import TabConv

/// How Word tables become grids of cells with spans that tile exactly.
@Suite struct DocxReaderTableTests {
  typealias X = DocxXML

  static func table(_ body: String, options: DocxReadOptions = .init()) throws -> (Table, [DocumentWarning]) {
    let document = try DocxTestReading.read(body: body, options: options)
    return (try #require(DocxTestReading.firstTable(document)), document.warnings)
  }

  @Test func `gridBefore and gridAfter positions become empty cells`() throws {
    let (table, warnings) = try Self.table(
      X.tbl(
        columns: 4, X.tr(X.tc("1"), X.tc("2"), X.tc("3"), X.tc("4")),
        X.tr(X.tc("b"), X.tc("c"), properties: "<w:gridBefore w:val=\"1\"/><w:gridAfter w:val=\"1\"/>"),
        X.tr(X.tc("x", X.gridSpan2), properties: "<w:gridBefore w:val=\"2\"/>")))
    #expect(table.columns == 4)
    #expect(table.rows[1].cells == [Cell(""), Cell("b"), Cell("c"), Cell("")])
    #expect(table.rows[2].cells == [Cell(""), Cell(""), Cell("x", colSpan: 2, spanSource: .declared)])
    #expect(warnings == [])
  }

  @Test func `rows shorter than the grid are padded`() throws {
    let (table, _) = try Self.table(X.tbl(columns: 3, X.tr(X.tc("a"), X.tc("b"), X.tc("c")), X.tr(X.tc("d"))))
    #expect(table.rows[1].cells == [Cell("d"), Cell(""), Cell("")])
  }

  @Test func `a vMerge continue joins the cell above by grid column, whatever the cell counts`() throws {
    let (table, warnings) = try Self.table(
      X.tbl(
        columns: 3, X.tr(X.tc("a"), X.tc("b"), X.tc("m", X.vMergeRestart)),
        X.tr(X.tc("wide", X.gridSpan2), X.tc("", X.vMergeContinue))))
    #expect(table.rows[0].cells == [Cell("a"), Cell("b"), Cell("m", rowSpan: 2, spanSource: .declared)])
    #expect(table.rows[1].cells == [Cell("wide", colSpan: 2, spanSource: .declared)])
    #expect(warnings == [])
  }

  @Test func `a vMerge continue with nothing above becomes its own cell with a warning`() throws {
    let (table, warnings) = try Self.table(X.tbl(columns: 2, X.tr(X.tc("orphan", X.vMergeContinue), X.tc("b"))))
    #expect(table.rows[0].cells == [Cell("orphan"), Cell("b")])
    #expect(
      warnings == [
        DocxTestReading.warning(
          .spanRepaired, "a w:vMerge continue cell has no cell of its width above it; kept as its own cell",
          line: 2, column: 496)  // the end of the cell's start tag
      ])
  }

  @Test func `a span wider than the grid is clipped with a warning`() throws {
    let (table, warnings) = try Self.table(
      X.tbl(columns: 2, X.tr(X.tc("x", "<w:gridSpan w:val=\"3\"/>")), X.tr(X.tc("a"), X.tc("b"))))
    #expect(table.columns == 2)
    #expect(table.rows[0].cells == [Cell("x", colSpan: 2, spanSource: .declared)])
    #expect(warnings.map(\.message) == ["a cell spans 3 grid columns where 2 remain; clipped"])
    #expect(warnings.map(\.kind) == [.spanRepaired])
  }

  @Test func `rows with more cells than the grid widen it with a warning`() throws {
    let (table, warnings) = try Self.table(X.tbl(columns: 1, X.tr(X.tc("a"), X.tc("b"), X.tc("c"))))
    #expect(table.columns == 3)
    #expect(table.rows[0].cells == [Cell("a"), Cell("b"), Cell("c")])
    #expect(warnings.map(\.message) == ["table rows need 3 grid columns but w:tblGrid declares 1; widened"])
  }

  @Test func `a nested table goes into the cell's blocks and not into its text`() throws {
    let inner = X.tbl(columns: 1, X.tr(X.tc("inner")))
    let (table, _) = try Self.table(X.tbl(columns: 1, X.tr(X.tc(content: X.p("before") + inner + X.p("after")))))
    let nested = Table(columns: 1, rows: [Row(cells: [Cell("inner")])])
    #expect(
      table.rows[0].cells == [
        Cell(
          "before\nafter",
          blocks: [.paragraph(Paragraph("before")), .table(nested), .paragraph(Paragraph("after"))])
      ])
  }

  @Test func `rows inside a row-level content control and cells inside a cell-level one are kept`() throws {
    let body = X.tbl(
      columns: 2,
      X.tr(X.tc("a"), "<w:sdt><w:sdtPr/><w:sdtContent>\(X.tc("cell sdt"))</w:sdtContent></w:sdt>"),
      "<w:sdt><w:sdtPr><w:repeatingSection/></w:sdtPr><w:sdtContent>"
        + X.tr(X.tc("c"), X.tc("d")) + X.tr(X.tc("e"), X.tc("f")) + "</w:sdtContent></w:sdt>")
    let (table, _) = try Self.table(body)
    #expect(table.rows.map { $0.cells.map(\.text) } == [["a", "cell sdt"], ["c", "d"], ["e", "f"]])
  }

  @Test func `tblHeader marks header rows`() throws {
    let (table, _) = try Self.table(
      X.tbl(
        columns: 1, X.tr(X.tc("h"), properties: "<w:tblHeader/>"),
        X.tr(X.tc("off"), properties: "<w:tblHeader w:val=\"0\"/>"), X.tr(X.tc("body"))))
    #expect(table.rows.map(\.isHeader) == [true, false, false])
  }

  @Test func `legacy hMerge continue cells widen the cell to their left`() throws {
    let (table, _) = try Self.table(
      X.tbl(columns: 3, X.tr(X.tc("ab", "<w:hMerge w:val=\"restart\"/>"), X.tc("", "<w:hMerge/>"), X.tc("c"))))
    #expect(table.rows[0].cells == [Cell("ab", colSpan: 2, spanSource: .declared), Cell("c")])
  }

  @Test(arguments: [
    (DocxReadOptions.Revisions.accepted, [["kept"], ["inserted"]]),
    (.original, [["kept"], ["deleted"]]),
    (.all, [["kept"], ["deleted"], ["inserted"]]),
  ])
  func `rows marked deleted or inserted follow the revisions option`(
    _ revisions: DocxReadOptions.Revisions, _ expected: [[String]]
  ) throws {
    let body = X.tbl(
      columns: 1, X.tr(X.tc("kept")), X.tr(X.tc("deleted"), properties: "<w:del w:id=\"1\" w:author=\"x\"/>"),
      X.tr(X.tc("inserted"), properties: "<w:ins w:id=\"2\" w:author=\"x\"/>"))
    let (table, _) = try Self.table(body, options: DocxReadOptions(revisions: revisions))
    #expect(table.rows.map { $0.cells.map(\.text) } == expected)
  }

  @Test func `the old grid inside w:tblGridChange and old cell properties do not count`() throws {
    let body =
      "<w:tbl><w:tblGrid><w:gridCol w:w=\"1\"/><w:gridCol w:w=\"1\"/><w:tblGridChange w:id=\"1\"><w:tblGrid>"
      + "<w:gridCol w:w=\"1\"/><w:gridCol w:w=\"1\"/><w:gridCol w:w=\"1\"/></w:tblGrid></w:tblGridChange></w:tblGrid>"
      + X.tr(X.tc("a", "<w:tcPrChange w:id=\"2\" w:author=\"x\"><w:tcPr>\(X.gridSpan2)</w:tcPr></w:tcPrChange>"), X.tc("b"))
      + "</w:tbl>"
    let (table, _) = try Self.table(body)
    #expect(table == Table(columns: 2, rows: [Row(cells: [Cell("a"), Cell("b")])]))
  }

  @Test func `a text box in a cell adds cell paragraphs after its host`() throws {
    let body = X.tbl(
      columns: 1,
      X.tr(X.tc(content: "<w:p>\(X.run("host"))<w:r><w:pict><v:textbox><w:txbxContent>\(X.p("box"))"
        + "</w:txbxContent></v:textbox></w:pict></w:r></w:p>")))
    let (table, _) = try Self.table(body)
    #expect(table.rows[0].cells == [Cell("host\nbox")])
  }
}
