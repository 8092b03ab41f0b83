import Testing

@testable import TabConv

/// Every CSV file of the shared corpus (`../shared/corpus/csv/`), read in place.
@Suite struct CSVCorpusTests {
  /// What reading one corpus file gives.
  struct Case: Sendable, CustomTestStringConvertible {
    /// The file name in the corpus.
    var name: String
    /// The table's width and height, the dialect read, and the warnings as rendered; or the error as rendered.
    var outcome: Outcome
    /// A few cells with their exact text: row, column (0-based), text.
    var cells: [Cell] = []

    struct Cell: Sendable {
      var row: Int
      var column: Int
      var text: String
    }

    enum Outcome: Sendable {
      case table(columns: Int, rows: Int, dialect: CSVDialect, warnings: [String] = [])
      case failure(String)
    }

    var testDescription: String { name }
  }

  static let comma = CSVDialect()
  static let commaCRLF = CSVDialect(lineEnding: .crlf)

  static let cases: [Case] = [
    Case(
      name: "commons-csv__999751170.patch.csv",
      outcome: .table(columns: 2, rows: 2, dialect: CSVDialect(delimiter: ";")),
      cells: [.init(row: 0, column: 0, text: "CHANELID"), .init(row: 1, column: 1, text: "")]),
    Case(
      name: "commons-csv__bom.csv",
      outcome: .table(columns: 6, rows: 252, dialect: CSVDialect(byteOrderMark: true)),
      cells: [.init(row: 0, column: 0, text: "Date"), .init(row: 0, column: 1, text: " Open")]),
    Case(
      name: "commons-csv__csv-141.csv",
      outcome: .failure(
        "commons-csv__csv-141.csv: line 4, column 66: the quoted field that opens here never closes; "
          + "a \" inside a quoted field is written twice (\"\")")),
    Case(
      name: "commons-csv__psql.tsv", outcome: .table(columns: 5, rows: 3, dialect: CSVDialect(delimiter: "\t")),
      cells: [.init(row: 0, column: 2, text: "test line 1\\ntest line 2"), .init(row: 2, column: 3, text: "quoted")]),
    Case(
      name: "commons-csv__sample1.csv",
      outcome: .table(
        columns: 3, rows: 8, dialect: comma,
        warnings: [
          "commons-csv__sample1.csv: line 1: 4 rows with fewer than 3 fields were padded with empty cells, the first on this line"
        ]),
      cells: [.init(row: 6, column: 1, text: "The Hitchhiker's \\\"Guide\\\" to the Galaxy")]),
    Case(
      name: "commons-csv__test.csv",
      outcome: .table(
        columns: 4, rows: 16, dialect: comma,
        warnings: [
          "commons-csv__test.csv: line 7, column 27: 1 quoted field has text after the closing quote, kept as part of "
            + "the field (a \\\" escape or a stray space?), the first here",
          "commons-csv__test.csv: line 2: 10 rows with fewer than 4 fields were padded with empty cells, the first on this line",
        ]),
      cells: [.init(row: 6, column: 3, text: " l  "), .init(row: 4, column: 0, text: " e ")]),
    Case(
      name: "commons-csv__testCSV246.csv",
      outcome: .table(
        columns: 5, rows: 8, dialect: comma,
        warnings: [
          "commons-csv__testCSV246.csv: line 2: 5 rows with fewer than 5 fields were padded with empty cells, "
            + "the first on this line"
        ]),
      cells: [.init(row: 5, column: 0, text: ""), .init(row: 7, column: 4, text: "p")]),
    Case(name: "csv-spectrum__empty.csv", outcome: .table(columns: 3, rows: 3, dialect: comma)),
    Case(name: "csv-spectrum__empty_crlf.csv", outcome: .table(columns: 3, rows: 3, dialect: commaCRLF)),
    Case(name: "csv-spectrum__escaped_quotes.csv", outcome: .table(columns: 2, rows: 3, dialect: comma)),
    Case(name: "csv-spectrum__json.csv", outcome: .table(columns: 2, rows: 2, dialect: comma)),
    Case(
      name: "csv-spectrum__location_coordinates.csv", outcome: .table(columns: 4, rows: 2, dialect: comma),
      cells: [.init(row: 1, column: 1, text: "37\u{FFFD}36'37.8\"N 121\u{FFFD}2'17.9\"W")]),
    Case(name: "csv-spectrum__newlines.csv", outcome: .table(columns: 3, rows: 4, dialect: comma)),
    Case(
      name: "csv-spectrum__newlines_crlf.csv",
      outcome: .table(
        columns: 3, rows: 4, dialect: commaCRLF,
        warnings: [
          "csv-spectrum__newlines_crlf.csv: line 3: 1 line break inside quoted fields was CR or CRLF and was read as LF, "
            + "the first on this line"
        ]),
      cells: [.init(row: 2, column: 0, text: "Once upon \na time")]),
    Case(name: "csv-spectrum__quotes_and_newlines.csv", outcome: .table(columns: 2, rows: 3, dialect: comma)),
    Case(name: "csv-spectrum__simple.csv", outcome: .table(columns: 3, rows: 2, dialect: comma)),
    Case(
      name: "csv-spectrum__utf8.csv", outcome: .table(columns: 3, rows: 3, dialect: comma),
      cells: [.init(row: 2, column: 2, text: "ʤ")]),
    Case(
      name: "csvlint__cr-line-endings.csv", outcome: .table(columns: 3, rows: 3, dialect: CSVDialect(lineEnding: .cr)),
      cells: [.init(row: 2, column: 1, text: "Teaspoon")]),
    Case(
      name: "csvlint__invalid-byte-sequence.csv",
      outcome: .table(
        columns: 7, rows: 24, dialect: CSVDialect(lineEnding: .crlf, encoding: .latin1),
        warnings: [
          "csvlint__invalid-byte-sequence.csv: no encoding given; read as Latin-1 (not UTF-8: byte 0xF3 on line 1; "
            + "Latin-1 decodes it most cleanly of UTF-8, GB18030, Big5, Shift_JIS, Latin-1); use --encoding to override"
        ]),
      cells: [.init(row: 0, column: 2, text: "Histórico"), .init(row: 0, column: 4, text: "Número do documento")]),
    Case(
      name: "csvlint__title-row.csv", outcome: .table(columns: 3, rows: 4, dialect: comma),
      cells: [.init(row: 0, column: 0, text: "This is a title row"), .init(row: 0, column: 2, text: "")]),
    Case(name: "csvlint__valid.csv", outcome: .table(columns: 3, rows: 3, dialect: commaCRLF)),
    Case(
      name: "docling__csv-comma-in-cell.csv", outcome: .table(columns: 4, rows: 5, dialect: commaCRLF),
      cells: [.init(row: 2, column: 1, text: ",")]),
    Case(
      name: "docling__csv-comma.csv", outcome: .table(columns: 12, rows: 6, dialect: commaCRLF),
      cells: [.init(row: 4, column: 4, text: "Dominguez, Mcmillan and Donovan")]),
    Case(
      name: "docling__csv-pipe.csv",
      outcome: .table(columns: 12, rows: 6, dialect: CSVDialect(delimiter: "|", lineEnding: .crlf)),
      cells: [.init(row: 4, column: 4, text: "Dominguez|Mcmillan and Donovan")]),
    Case(
      name: "docling__csv-semicolon.csv",
      outcome: .table(columns: 12, rows: 6, dialect: CSVDialect(delimiter: ";", lineEnding: .crlf)),
      cells: [.init(row: 4, column: 4, text: "Dominguez;Mcmillan and Donovan")]),
    Case(
      name: "docling__csv-single-column.csv", outcome: .table(columns: 1, rows: 7, dialect: comma),
      cells: [.init(row: 6, column: 0, text: "Other")]),
    Case(
      name: "docling__csv-too-few-columns.csv",
      outcome: .table(
        columns: 4, rows: 5, dialect: commaCRLF,
        warnings: [
          "docling__csv-too-few-columns.csv: line 3: 1 row with fewer than 4 fields was padded with empty cells, "
            + "the first on this line"
        ]),
      cells: [.init(row: 1, column: 1, text: "'b'"), .init(row: 2, column: 3, text: "")]),
    Case(name: "easyexcel__bom_none.csv", outcome: .table(columns: 2, rows: 11, dialect: comma), cells: easyexcel),
    Case(
      name: "easyexcel__bom_utf16be.csv",
      outcome: .table(
        columns: 2, rows: 11, dialect: CSVDialect(lineEnding: .crlf, encoding: .utf16be, byteOrderMark: true)),
      cells: easyexcel),
    Case(
      name: "easyexcel__bom_utf16le.csv",
      outcome: .table(
        columns: 2, rows: 11, dialect: CSVDialect(lineEnding: .crlf, encoding: .utf16le, byteOrderMark: true)),
      cells: easyexcel),
    Case(
      name: "easyexcel__bom_utf8.csv", outcome: .table(columns: 2, rows: 11, dialect: CSVDialect(byteOrderMark: true)),
      cells: easyexcel),
    Case(
      name: "easyexcel__office_bom.csv",
      outcome: .table(columns: 2, rows: 11, dialect: CSVDialect(byteOrderMark: true)),
      cells: [
        .init(row: 0, column: 0, text: "姓名"), .init(row: 10, column: 0, text: "姓名9"),
        .init(row: 10, column: 1, text: "20"),
      ]),
    Case(
      name: "hutool__issueIA8WE0.csv", outcome: .table(columns: 3, rows: 1, dialect: comma),
      cells: [.init(row: 0, column: 1, text: "c1_text2\n#c1_text2_line2")]),
    Case(
      name: "hutool__test.csv",
      outcome: .failure(
        "hutool__test.csv: line 2, column 32: the quoted field that opens here never closes; "
          + "a \" inside a quoted field is written twice (\"\")")),
    Case(
      name: "hutool__test_lines.csv",
      outcome: .table(
        columns: 5, rows: 6, dialect: comma,
        warnings: [
          "hutool__test_lines.csv: line 1: 5 rows with fewer than 5 fields were padded with empty cells, the first on this line"
        ]),
      cells: [.init(row: 0, column: 0, text: "# 这是一行注释，读取时应忽略"), .init(row: 4, column: 4, text: "我是一段\n带换行的内容")]),
    Case(
      name: "hutool__test_lines_cr.csv",
      outcome: .table(
        columns: 5, rows: 6, dialect: CSVDialect(lineEnding: .cr),
        warnings: [
          "hutool__test_lines_cr.csv: line 5: 1 line break inside quoted fields was CR or CRLF and was read as LF, "
            + "the first on this line",
          "hutool__test_lines_cr.csv: line 1: 5 rows with fewer than 5 fields were padded with empty cells, "
            + "the first on this line",
        ]),
      cells: [.init(row: 0, column: 0, text: "# 这是一行注释，读取时应忽略"), .init(row: 4, column: 4, text: "我是一段\n带换行的内容")]),
    Case(
      name: "rust-csv__strange.csv",
      outcome: .table(
        columns: 2, rows: 7, dialect: comma,
        warnings: [
          "rust-csv__strange.csv: line 1, column 4: 5 quoted fields have text after the closing quote, kept as part of "
            + "the field (a \\\" escape or a stray space?), the first here",
          "rust-csv__strange.csv: line 1: 6 rows with fewer than 2 fields were padded with empty cells, the first on this line",
        ]),
      // Backslash-escaped quotes are not CSV: the text is kept as written, not lost.
      cells: [.init(row: 0, column: 0, text: "\\Hacksaw\\\" Jim Duggan\";1987")]),
    Case(
      name: "rust-csv__uspop-null.csv", outcome: .table(columns: 5, rows: 101, dialect: comma),
      cells: [.init(row: 1, column: 0, text: "Davidsons Landing"), .init(row: 1, column: 2, text: "")]),
    Case(
      name: "tika__testCSV.csv", outcome: .table(columns: 3, rows: 22, dialect: comma),
      cells: [
        .init(row: 3, column: 1, text: "Number"), .init(row: 19, column: 2, text: "225"),
        .init(row: 21, column: 0, text: "Written and saved in Apache OpenOffice.\n"),
      ]),
  ]

  static let easyexcel: [Case.Cell] = [
    .init(row: 0, column: 0, text: "姓名"), .init(row: 0, column: 1, text: "年纪"), .init(row: 10, column: 0, text: "姓名9"),
    .init(row: 10, column: 1, text: "9"),
  ]

  @Test func `the table lists every CSV file in the corpus, 39 in all`() throws {
    #expect(try CSVCorpus.fileNames() == Self.cases.map(\.name).sorted())
    #expect(Self.cases.count == 39)
  }

  @Test(arguments: cases)
  func `each corpus file reads or fails with a clear CSVError`(_ expected: Case) throws {
    let bytes = try CSVCorpus.bytes(expected.name)
    switch expected.outcome {
    case .failure(let message):
      let error = try #require(throws: CSVError.self) { try CSVReader().read(bytes: bytes, file: expected.name) }
      #expect(error.description == message)
      #expect(error.category == .badInput)
    case .table(let columns, let rows, let dialect, let warnings):
      let document = try ReadCSV.document(bytes, file: expected.name)
      let table = try #require(ReadCSV.table(of: document))
      #expect(table.columns == columns)
      #expect(table.rows.count == rows)
      #expect(try CSVReader().readWithDialect(bytes: bytes, file: expected.name).dialect == dialect)
      #expect(document.warnings.map { $0.location.messagePrefix + $0.message } == warnings)
      #expect(document.warnings.allSatisfy { $0.kind == .inputNormalized })
      for cell in expected.cells {
        #expect(table.rows[cell.row].cells[cell.column].text == cell.text, "row \(cell.row), column \(cell.column)")
      }
    }
  }

  @Test func `the UTF-8, UTF-8 BOM, UTF-16LE and UTF-16BE easyexcel files give the same cells`() throws {
    let names = [
      "easyexcel__bom_none.csv", "easyexcel__bom_utf8.csv", "easyexcel__bom_utf16le.csv", "easyexcel__bom_utf16be.csv",
    ]
    let tables = try names.map { ReadCSV.cells(of: try CSVCorpus.read($0)) }
    #expect(tables.allSatisfy { $0 == tables[0] })
    #expect(tables[0].first == ["姓名", "年纪"])
  }
}
