import Testing

@testable import TabConv

/// Each rule of the CSV grammar (`CSVRecordParser`) on a small made-up input, read through
/// `CSVReader` with the delimiter given so sniffing plays no part.
@Suite struct CSVRecordParserTests {
  let comma = CSVReadOptions(delimiter: ",")

  // MARK: Line breaks (yaslab/CSV.swift's LineBreakTests)

  @Test func `LF ends a record`() throws {
    #expect(try ReadCSV.rows("a,b\n1,2\n", options: comma) == [["a", "b"], ["1", "2"]])
  }

  @Test func `a last CRLF ends the last record and starts no new one`() throws {
    #expect(try ReadCSV.rows("a,b\r\n1,2\r\n", options: comma) == [["a", "b"], ["1", "2"]])
  }

  @Test func `the final line end is optional`() throws {
    #expect(try ReadCSV.rows("a,b\n1,2", options: comma) == [["a", "b"], ["1", "2"]])
    #expect(try ReadCSV.rows("a,b\r\n1,2", options: comma) == [["a", "b"], ["1", "2"]])
  }

  @Test func `CR alone ends a record`() throws {
    #expect(try ReadCSV.rows("a,b\r1,2\r", options: comma) == [["a", "b"], ["1", "2"]])
  }

  @Test func `CRLF, LF and CR mixed each end one record`() throws {
    #expect(try ReadCSV.rows("a\r\nb\nc\rd", options: comma) == [["a"], ["b"], ["c"], ["d"]])
  }

  @Test func `LF in quotation marks is text`() throws {
    #expect(try ReadCSV.rows("\"a\nb\",c\n", options: comma) == [["a\nb", "c"]])
    #expect(try ReadCSV.document("\"a\nb\",c\n", options: comma).warnings.isEmpty)
  }

  @Test func `CRLF in quotation marks is read as LF, with a warning at its line`() throws {
    let document = try ReadCSV.document("x,y\r\n\"a\r\nb\",\"c\r\nd\"\r\n", options: comma)
    #expect(ReadCSV.cells(of: document) == [["x", "y"], ["a\nb", "c\nd"]])
    #expect(
      document.warnings == [
        DocumentWarning(
          .inputNormalized,
          "2 line breaks inside quoted fields were CR or CRLF and were read as LF, the first on this line",
          at: SourceLocation(file: "t.csv", line: 2))
      ])
  }

  @Test func `CR in quotation marks is read as LF`() throws {
    let document = try ReadCSV.document("\"a\rb\"\r", options: comma)
    #expect(ReadCSV.cells(of: document) == [["a\nb"]])
    #expect(
      document.warnings.map(\.message) == [
        "1 line break inside quoted fields was CR or CRLF and was read as LF, the first on this line"
      ])
  }

  @Test func `an empty line is a record of one empty field`() throws {
    #expect(try ReadCSV.rows("a\n\nb\n", options: comma) == [["a"], [""], ["b"]])
    #expect(try ReadCSV.rows("a\n\n", options: comma) == [["a"], [""]])
  }

  // MARK: Quotes

  @Test func `a doubled quote in quotation marks stands for one quote`() throws {
    #expect(try ReadCSV.rows("\"a\"\"b\",\"\"\"\"\n", options: comma) == [["a\"b", "\""]])
  }

  @Test func `the delimiter in quotation marks is text`() throws {
    #expect(try ReadCSV.rows("\"a,b\",c\n", options: comma) == [["a,b", "c"]])
  }

  @Test func `an empty quoted field is empty`() throws {
    #expect(try ReadCSV.rows("\"\",\"\"\n", options: comma) == [["", ""]])
  }

  @Test func `a quoted field may end the input without a line end`() throws {
    #expect(try ReadCSV.rows("a,\"b\"", options: comma) == [["a", "b"]])
  }

  @Test func `a quote inside an unquoted field is kept literally`() throws {
    #expect(try ReadCSV.rows("a\"b,c\"\"d,e\"\n", options: comma) == [["a\"b", "c\"\"d", "e\""]])
  }

  @Test func `a quote after leading spaces does not open a quoted field`() throws {
    #expect(try ReadCSV.rows(" \"a,b\" \n", options: comma) == [[" \"a", "b\" "]])
  }

  // MARK: Fields

  @Test func `fields keep their spaces and tabs`() throws {
    #expect(try ReadCSV.rows(" a ,\tb\t, \" c \" \n", options: comma) == [[" a ", "\tb\t", " \" c \" "]])
  }

  @Test func `a trailing delimiter gives an empty last field`() throws {
    #expect(try ReadCSV.rows("a,\n,\n", options: comma) == [["a", ""], ["", ""]])
  }

  @Test func `text in any script is kept exactly`() throws {
    #expect(try ReadCSV.rows("姓名,年纪\ne\u{301},🇨🇳\n", options: comma) == [["姓名", "年纪"], ["e\u{301}", "🇨🇳"]])
  }

  // MARK: Errors, verbatim

  @Test func `an unterminated quote is reported where the field opened`() {
    #expect(
      ReadCSV.failure("a,b\nc,\"d\ne,f\n", options: comma)
        == "2:3: the quoted field that opens here never closes; a \" inside a quoted field is written twice (\"\")")
  }

  @Test func `text after a closing quote stays in the field, as Python's csv reads it`() throws {
    #expect(try ReadCSV.rows("x\n\"a\"b,c\n", options: comma) == [["x", ""], ["ab", "c"]])
    #expect(try ReadCSV.rows("\"a\" ,b\n", options: comma) == [["a ", "b"]])
    #expect(try ReadCSV.rows("\"a\"\"b\"c\"d,e\n", options: comma) == [["a\"bc\"d", "e"]])
  }

  @Test func `columns count Unicode scalars and lines count line breaks inside quotes`() {
    #expect(
      ReadCSV.failure("中文,\"a\nb\n", options: comma)
        == "1:4: the quoted field that opens here never closes; a \" inside a quoted field is written twice (\"\")")
    #expect(
      ReadCSV.failure("\"x\r\ny\rz\u{1}\"\n", options: comma)
        == "3:2: control character U+0001 in a field; CSV text may only hold tab and line breaks")
  }

  @Test func `NUL is an error that suggests UTF-16`() {
    #expect(
      ReadCSV.failure("a,b\u{0}c\n", options: comma)
        == "1:4: control character U+0000 in a field; CSV text may only hold tab and line breaks "
        + "(NUL bytes often mean UTF-16 without a byte-order mark: try --encoding utf-16le)")
  }

  @Test func `DEL and C1 controls are errors too`() {
    #expect(
      ReadCSV.failure("a\u{7F}\n", options: comma)
        == "1:2: control character U+007F in a field; CSV text may only hold tab and line breaks")
    #expect(
      ReadCSV.failure("é,\u{85}\n", options: comma)
        == "1:3: control character U+0085 in a field; CSV text may only hold tab and line breaks")
  }

  @Test func `the error renders as one line with the file and place`() throws {
    let error = try #require(throws: CSVError.self) {
      try CSVReader(options: comma).read(bytes: Array("a,\"b".utf8), file: "annex.csv")
    }
    #expect(
      error.description
        == "annex.csv: line 1, column 3: the quoted field that opens here never closes; "
        + "a \" inside a quoted field is written twice (\"\")")
    #expect(error.category == .badInput)
    #expect(error.kind == .unterminatedQuote(quote: "\""))
  }
}
