import Testing

@testable import TabConv

/// Each writer option on a small table, with the exact bytes expected.
@Suite struct CSVWriterTests {
  func table(_ rows: [[String]]) -> Table {
    Table(columns: rows.map(\.count).max() ?? 0, rows: rows.map { Row(cells: $0.map { Cell($0) }) })
  }

  func written(_ rows: [[String]], _ writer: CSVWriter = CSVWriter()) throws -> [UInt8] {
    try writer.write([table(rows)])
  }

  @Test func `the defaults write RFC 4180 with LF, UTF-8 and no BOM`() throws {
    #expect(try written([["a", "b"], ["1", "x,y"]]) == Array("a,b\n1,\"x,y\"\n".utf8))
  }

  @Test func `a field with a quote, CR or LF is quoted and its quotes doubled`() throws {
    #expect(
      try written([["say \"hi\"", "a\nb", "c\rd", " e "]]) == Array("\"say \"\"hi\"\"\",\"a\nb\",\"c\rd\", e \n".utf8))
  }

  @Test func `a byte-order mark starts the output`() throws {
    #expect(try written([["a"]], CSVWriter(byteOrderMark: true)) == [0xEF, 0xBB, 0xBF, 0x61, 0x0A])
  }

  @Test func `CRLF ends every record and separates tables`() throws {
    let writer = CSVWriter(lineEnding: .crlf)
    #expect(try written([["a", "b"], ["1", "2"]], writer) == Array("a,b\r\n1,2\r\n".utf8))
    #expect(try writer.write([table([["a"]]), table([["b"]])]) == Array("a\r\n\r\nb\r\n".utf8))
  }

  @Test func `another delimiter is written and quoted for, and the comma no longer is`() throws {
    #expect(try written([["a;b", "c,d"]], CSVWriter(delimiter: ";")) == Array("\"a;b\";c,d\n".utf8))
    #expect(try written([["a", "b\tc"]], CSVWriter(delimiter: "\t")) == Array("a\t\"b\tc\"\n".utf8))
  }

  @Test func `omitsFirstRow drops the first row of each table`() throws {
    let writer = CSVWriter(omitsFirstRow: true)
    #expect(try written([["name", "age"], ["Ann", "3"]], writer) == Array("Ann,3\n".utf8))
    #expect(try writer.write([table([["h"], ["1"]]), table([["k"], ["2"]])]) == Array("1\n\n2\n".utf8))
  }

  @Test func `escapesFormulas puts a quote mark before what a spreadsheet would run`() throws {
    let fields = ["=SUM(A1)", "+1", "-2", "@x", "\tt", "\rr", "a=b", "'", ""]
    #expect(
      try written([fields], CSVWriter(escapesFormulas: true))
        == Array("'=SUM(A1),'+1,'-2,'@x,'\tt,\"'\rr\",a=b,',\n".utf8))
    #expect(try written([fields]) == Array("=SUM(A1),+1,-2,@x,\tt,\"\rr\",a=b,',\n".utf8))
  }

  @Test func `GB18030 output is GB18030 bytes`() throws {
    #expect(
      try written([["中文", "€"]], CSVWriter(encoding: .gb18030))
        == [0xD6, 0xD0, 0xCE, 0xC4, 0x2C, 0xA2, 0xE3, 0x0A])
  }

  @Test func `GBK, Big5, Shift_JIS and Latin-1 output go through iconv`() throws {
    #expect(try written([["中"]], CSVWriter(encoding: .gbk)) == [0xD6, 0xD0, 0x0A])
    #expect(try written([["中"]], CSVWriter(encoding: .big5)) == [0xA4, 0xA4, 0x0A])
    #expect(try written([["日本\\"]], CSVWriter(encoding: .shiftJIS)) == [0x93, 0xFA, 0x96, 0x7B, 0x5C, 0x0A])
    #expect(try written([["é"]], CSVWriter(encoding: .latin1)) == [0xE9, 0x0A])
  }

  @Test func `UTF-16 output has its own byte-order mark`() throws {
    #expect(
      try written([["a", "中"]], CSVWriter(encoding: .utf16le, byteOrderMark: true))
        == [0xFF, 0xFE, 0x61, 0x00, 0x2C, 0x00, 0x2D, 0x4E, 0x0A, 0x00])
    #expect(try written([["a"]], CSVWriter(encoding: .utf16be)) == [0x00, 0x61, 0x00, 0x0A])
  }

  @Test func `a character the encoding cannot hold is an error naming its table, row and cell`() throws {
    let tables = [table([["a"]]), table([["x", "y"], ["ok", "😀"]])]
    let error = try #require(throws: CSVError.self) { try CSVWriter(encoding: .gbk).write(tables) }
    #expect(error.category == .usage)
    #expect(
      error.description
        == "row 2, cell 2: '😀' (U+1F600) in table 2 cannot be written in GBK; use --encoding utf-8 or gb18030, "
        + "which hold every character")
  }

  @Test func `a byte-order mark in an encoding without one is an error`() throws {
    let error = try #require(throws: CSVError.self) {
      try CSVWriter(encoding: .gb18030, byteOrderMark: true).write([table([["a"]])])
    }
    #expect(error.description == "GB18030 has no byte-order mark; only UTF-8 and UTF-16 output can start with one")
  }

  @Test func `merged cells are filled or left blank`() throws {
    let merged = Table(
      columns: 2,
      rows: [
        Row(cells: [Cell("A", rowSpan: 2, colSpan: 1, spanSource: .declared), Cell("B")]),
        Row(cells: [Cell("C")]),
      ])
    #expect(try CSVWriter().write([merged]) == Array("A,B\nA,C\n".utf8))
    #expect(try CSVWriter(merged: .blank).write([merged]) == Array("A,B\n,C\n".utf8))
  }

  @Test func `a dialect gives the writer its delimiter, quote, line end, encoding and mark`() {
    let dialect = CSVDialect(delimiter: ";", quote: "'", lineEnding: .crlf, encoding: .utf16le, byteOrderMark: true)
    let writer = CSVWriter(dialect: dialect)
    #expect(writer.delimiter == ";")
    #expect(writer.quote == "'")
    #expect(writer.lineEnding == .crlf)
    #expect(writer.encoding == .utf16le)
    #expect(writer.byteOrderMark)
    #expect(writer.merged == .fill)
  }
}
