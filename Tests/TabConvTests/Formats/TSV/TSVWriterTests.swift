import Testing

@testable import TabConv

@Suite struct TSVWriterTests {
  @Test func `tabs, line breaks and backslashes in fields are escaped, one row per line`() {
    let table = Table(
      columns: 3,
      rows: [
        Row(cells: [Cell("a\tb"), Cell("两行\n文字"), Cell("c:\\d")]),
        Row(cells: [Cell("merged", colSpan: 2, spanSource: .declared), Cell("\\r")]),
      ])
    #expect(
      String(decoding: TSVWriter().write([table]), as: UTF8.self) == "a\\tb\t两行\\n文字\tc:\\\\d\nmerged\tmerged\t\\\\r\n")
    #expect(
      String(decoding: TSVWriter(merged: .blank).write([table, table]), as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false) == [
          "a\\tb\t两行\\n文字\tc:\\\\d", "merged\t\t\\\\r", "", "a\\tb\t两行\\n文字\tc:\\\\d", "merged\t\t\\\\r", "",
        ])
  }
}
