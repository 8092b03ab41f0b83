import Testing

@testable import TabConv

@Suite struct DocumentSummaryTests {
  @Test func `the summary lists tables, merged cells, anchors and warnings`() throws {
    let text = "[bookmark: _Toc1]一、目标\n\tL\n\tX\n\tY\n\n\t\n\t[bookmark: _GoBack]Z\n\n\n"
    let document = try TikaTextReader().read(bytes: Array(text.utf8), file: "a.txt")
    #expect(
      DocumentSummary(document).text == """
        a.txt: tika (cell-per-line), 2 blocks: 1 paragraphs, 1 tables
          table 1 (block 2): 2 rows × 3 columns, 2 merged cells (2 inferred)
        anchors: 2
          _Toc1: paragraph 1 "一、目标"
          _GoBack: table 1, row 2, cell 1 "Z"
        warnings: 1
          merge-inferred: line 2, block 2: 2 merged cells inferred from short rows and leading empty cells

        """)
  }
}
