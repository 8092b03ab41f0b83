import Testing

@testable import TabConv

/// Reading CSV and writing it back with the dialect read gives the same bytes, for input that
/// is minimally quoted, ends with a line end and has rows of one width.
@Suite struct CSVRoundTripTests {
  static let corpusFiles = [
    "csv-spectrum__simple.csv", "csv-spectrum__escaped_quotes.csv", "csv-spectrum__json.csv",
    "csv-spectrum__newlines.csv", "csv-spectrum__quotes_and_newlines.csv", "commons-csv__bom.csv",
    "docling__csv-comma.csv", "docling__csv-pipe.csv", "docling__csv-semicolon.csv", "rust-csv__uspop-null.csv",
    "tika__testCSV.csv",
  ]

  func roundTrip(_ bytes: [UInt8], options: CSVReadOptions = .init()) throws -> [UInt8] {
    let (document, dialect) = try CSVReader(options: options).readWithDialect(bytes: bytes, file: nil)
    let tables = ReadCSV.table(of: document).map { [$0] } ?? []
    return try CSVWriter(dialect: dialect).write(tables)
  }

  @Test(arguments: corpusFiles)
  func `minimally quoted corpus files round-trip byte for byte`(name: String) throws {
    let bytes = try CSVCorpus.bytes(name)
    #expect(try roundTrip(bytes) == bytes)
  }

  @Test(arguments: [
    "a,b\n1,2\n", "a,b\r\n1,2\r\n", "a,b\r1,2\r", "a;b;c\n\"x;y\";\"say \"\"hi\"\"\";\n", "a\tb\n\"1\t2\"\t3\n",
    "a|b\n|\n", "\"multi\nline\",x\n", "姓名,年纪\n张三,20\n", " spaced , fields \n", "\n", "a\n\nb\n", "x\n\"\"\"\"\n",
  ])
  func `made-up RFC 4180 input round-trips byte for byte`(text: String) throws {
    #expect(try roundTrip(Array(text.utf8)) == Array(text.utf8))
  }

  @Test func `a byte-order mark and UTF-16 round-trip`() throws {
    let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a,中\r\n".utf8)
    #expect(try roundTrip(utf8BOM) == utf8BOM)
    let utf16: [UInt8] = [0xFF, 0xFE] + "a,中\r\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(try roundTrip(utf16) == utf16)
  }

  @Test func `GB18030 read by detection or by name round-trips`() throws {
    let bytes = try ReadCSV.encoded("序号,项目名称\n1,办公设备购置\n", as: .gb18030)
    #expect(try roundTrip(bytes) == bytes)
    #expect(try roundTrip(bytes, options: CSVReadOptions(encoding: .gb18030)) == bytes)
  }

  @Test func `what does not round-trip says so or is documented`() throws {
    // CRLF inside quotes is read as LF (with a warning), so it comes back as LF.
    #expect(try roundTrip(Array("\"a\r\nb\"\r\n".utf8)) == Array("\"a\nb\"\r\n".utf8))
    // Needless quotes and literal quotes in unquoted fields are normalised.
    #expect(try roundTrip(Array("\"a\",b\"c\n".utf8)) == Array("a,\"b\"\"c\"\n".utf8))
    // A missing final line end is added.
    #expect(try roundTrip(Array("a,b".utf8)) == Array("a,b\n".utf8))
  }
}

/// csv → json → csv: the canonical JSON in between loses nothing a CSV holds.
@Suite struct CSVThroughJSONTests {
  @Test(arguments: CSVRoundTripTests.corpusFiles)
  func `minimally quoted corpus files come back byte for byte through checked JSON`(name: String) throws {
    let bytes = try CSVCorpus.bytes(name)
    let dialect = try CSVReader.sniffDialect(bytes)
    let document = try DocumentLoader.load(bytes: bytes, file: name)
    let json = DocumentJSONWriter().write(document)
    let fromJSON = try DocumentLoader.load(bytes: json, file: "\(name).json")
    #expect(fromJSON == document)
    let written = try FormatRegistry.write(fromJSON, as: .csv, options: WriteOptions(csvDialect: dialect))
    #expect(written == bytes)
  }
}
