import Testing

@testable import TabConv

/// What `CSVReader` builds from records: the table, its warnings, its source and dialect.
@Suite struct CSVReaderTests {
  @Test func `records become one table as wide as the widest record, without spans`() throws {
    let document = try ReadCSV.document("a,b,c\n1,2,3\n")
    #expect(
      document.blocks == [
        .table(
          Table(
            columns: 3,
            rows: [Row(cells: [Cell("a"), Cell("b"), Cell("c")]), Row(cells: [Cell("1"), Cell("2"), Cell("3")])]))
      ])
    #expect(document.warnings.isEmpty)
    #expect(document.source == Source(format: .csv, file: "t.csv"))
  }

  @Test func `ragged rows are padded with one warning at the first of them`() throws {
    let document = try ReadCSV.document("a,b,c\n1\n2,3,4\n5,6\n")
    #expect(ReadCSV.cells(of: document) == [["a", "b", "c"], ["1", "", ""], ["2", "3", "4"], ["5", "6", ""]])
    #expect(
      document.warnings == [
        DocumentWarning(
          .inputNormalized, "2 rows with fewer than 3 fields were padded with empty cells, the first on this line",
          at: SourceLocation(file: "t.csv", line: 2))
      ])
  }

  @Test func `the padding warning counts records, not lines`() throws {
    let document = try ReadCSV.document("\"a\nb\",c\nd\n")
    #expect(document.warnings.map(\.location.line) == [3])
    #expect(
      document.warnings.map(\.message) == [
        "1 row with fewer than 2 fields was padded with empty cells, the first on this line"
      ])
  }

  @Test func `empty input is a document with no blocks`() throws {
    for bytes: [UInt8] in [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE]] {
      let document = try ReadCSV.document(bytes)
      #expect(document.blocks.isEmpty)
      #expect(document.warnings.isEmpty)
    }
  }

  @Test func `a UTF-8 byte-order mark is skipped and kept in the dialect`() throws {
    let (document, dialect) = try CSVReader().readWithDialect(
      bytes: [0xEF, 0xBB, 0xBF] + Array("a,b\r\n".utf8), file: nil)
    #expect(ReadCSV.cells(of: document) == [["a", "b"]])
    #expect(dialect == CSVDialect(delimiter: ",", lineEnding: .crlf, encoding: .utf8, byteOrderMark: true))
  }

  @Test func `the dialect read is returned, and sniffDialect finds it without a document`() throws {
    let bytes = Array("a;b\r1;2\r\n".utf8)
    let expected = CSVDialect(delimiter: ";", lineEnding: .cr, encoding: .utf8, byteOrderMark: false)
    #expect(try CSVReader().readWithDialect(bytes: bytes, file: nil).dialect == expected)
    #expect(try CSVReader.sniffDialect(bytes) == expected)
    #expect(try CSVReader.sniffDialect(Array("a;b".utf8)).lineEnding == .lf)
  }

  @Test func `a given delimiter is used, not sniffed`() throws {
    #expect(try ReadCSV.rows("a;b\n1;2\n", options: CSVReadOptions(delimiter: ",")) == [["a;b"], ["1;2"]])
  }

  @Test func `another quote character can be given`() throws {
    #expect(try ReadCSV.rows("'a,b','c''d'\n", options: CSVReadOptions(quote: "'")) == [["a,b", "c'd"]])
  }

  @Test func `a delimiter that cannot be used is a usage error`() throws {
    let error = try #require(throws: CSVError.self) {
      try CSVReader(options: CSVReadOptions(delimiter: "；")).read(bytes: Array("a".utf8), file: "t.csv")
    }
    #expect(error.category == .usage)
    #expect(
      error.description
        == "t.csv: cannot use delimiter '；' with quote '\"'; each must be one ASCII character other than CR and LF, "
        + "and they must differ")
    #expect(ReadCSV.failure("a", options: CSVReadOptions(delimiter: "\"")) != nil)
    #expect(ReadCSV.failure("a", options: CSVReadOptions(delimiter: "\n")) != nil)
  }

  @Test func `an explicit legacy encoding is decoded without a warning`() throws {
    let bytes: [UInt8] = [0xD6, 0xD0, 0xCE, 0xC4, 0x2C, 0x61, 0x0A]  // "中文,a\n" in GB18030
    let document = try ReadCSV.document(bytes, options: CSVReadOptions(encoding: .gb18030))
    #expect(ReadCSV.cells(of: document) == [["中文", "a"]])
    #expect(document.warnings.isEmpty)
  }
}
