import Testing

@testable import TabConv

@Suite struct TableDrawingTests {
  @Test func `merged cells are drawn merged and CJK counts two columns`() {
    let table = Table(
      columns: 3,
      rows: [
        Row(cells: [Cell("附表1", colSpan: 3, spanSource: .declared)]),
        Row(cells: [Cell("产出", rowSpan: 2, spanSource: .inferred), Cell("a"), Cell("≥4000户")]),
        Row(cells: [Cell("b"), Cell("100%")]),
      ])
    #expect(
      TableDrawing().draw(table) == """
        ┌────────────────────┐
        │ 附表1              │
        ├──────┬───┬─────────┤
        │ 产出 │ a │ ≥4000户 │
        │      ├───┼─────────┤
        │      │ b │ 100%    │
        └──────┴───┴─────────┘

        """)
  }

  @Test func `long text wraps at the column width and rowspan text runs on below the origin row`() {
    let table = Table(
      columns: 2,
      rows: [
        Row(cells: [Cell("一二三四五六", rowSpan: 2, spanSource: .declared), Cell("x")]),
        Row(cells: [Cell("y")]),
      ])
    #expect(
      TableDrawing(maximumColumnWidth: 4).draw(table) == """
        ┌──────┬───┐
        │ 一二 │ x │
        │      ├───┤
        │ 三四 │ y │
        │ 五六 │   │
        └──────┴───┘

        """)
  }
}
