import Testing

@testable import TabConv

@Suite struct TSVReaderTests {
  func cells(_ text: String) throws -> [[String]] {
    let document = try TSVReader().read(bytes: Array(text.utf8), file: "t.tsv")
    return document.blocks.compactMap { block in
      if case .table(let table) = block { return table.rows.map { $0.cells.map(\.text) } } else { return nil }
    }.first ?? []
  }

  @Test func `escapes the writer writes read back; other backslash sequences stay as written`() throws {
    #expect(
      try cells("a\\tb\t两行\\n文字\tc:\\\\d\n\\N\t\\r\t\"q\"\n") == [
        ["a\tb", "两行\n文字", "c:\\d"], ["\\N", "\\r", "\"q\""],
      ])
  }

  @Test func `what the TSV writer writes, the reader reads back`() throws {
    let table = Table(
      columns: 2, rows: [Row(cells: [Cell("a\tb\\"), Cell("x\ny")]), Row(cells: [Cell(""), Cell(" ")])])
    let bytes = TSVWriter().write([table])
    let back = try TSVReader().read(bytes: bytes, file: nil)
    #expect(back.blocks == [.table(table)])
  }

  @Test func `short rows are padded with a warning and CRLF is read as LF`() throws {
    let document = try TSVReader().read(bytes: Array("a\tb\r\nc\r\n".utf8), file: "t.tsv")
    #expect(
      document.blocks == [
        .table(Table(columns: 2, rows: [Row(cells: [Cell("a"), Cell("b")]), Row(cells: [Cell("c"), Cell("")])]))
      ])
    #expect(
      document.warnings.map(\.message) == [
        "CRLF line ends were read as LF",
        "1 rows with fewer than 2 fields were padded with empty cells, the first on this line",
      ])
  }

  @Test func `the PostgreSQL COPY sample from the corpus reads with its escapes`() throws {
    let url = Samples.sharedCorpus.appendingPathComponent("csv/commons-csv__psql.tsv")
    let document = try TSVReader().read(bytes: try Samples.bytes(url), file: url.lastPathComponent)
    let rows = document.blocks.compactMap {
      if case .table(let t) = $0 { t.rows.map { $0.cells.map(\.text) } } else { nil }
    }
    #expect(rows.first?.first == ["1", "abc", "test line 1\ntest line 2", "\\N", ""])
    #expect(rows.first?.last == ["3", "a", "b,c,d", "\"quoted\"", "e"])
  }
}
