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

extension DocumentSummaryTests {
  @Test func `notes and page furniture are counted`() {
    var document = Document(blocks: [.paragraph(Paragraph("x"))], source: Source(format: .docx, file: "a.docx"))
    document.notes = [
      Note(kind: .footnote, id: "1", blocks: []), Note(kind: .footnote, id: "2", blocks: []),
      Note(kind: .comment, id: "0", author: "张三", blocks: []),
    ]
    document.pageFurniture = [PageFurniture(kind: .header, type: .default, section: 1, blocks: [])]
    #expect(
      DocumentSummary(document).text == """
        a.docx: docx, 1 blocks: 1 paragraphs, 0 tables
        notes: 1 comments, 2 footnotes
        page furniture: 1 headers, 0 footers (left out of CSV/TSV unless --page-furniture)
        anchors: 0
        warnings: 0

        """)
  }
}
