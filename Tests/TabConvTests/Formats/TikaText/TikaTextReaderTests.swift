import Testing

@testable import TabConv

/// Each reading rule of tika-text-format.md §2 on a small made-up input.
@Suite struct TikaTextReaderTests {
  func read(_ text: String, layout: TikaLayout? = nil) throws -> Document {
    try TikaTextReader(layout: layout).read(bytes: Array(text.utf8), file: "t.txt")
  }

  func roundTrips(_ text: String) throws -> Bool {
    TikaTextWriter().write(try read(text)) == Array(text.utf8)
  }

  @Test func `a 2×2 table between paragraphs`() throws {
    let document = try read("before\n\tA\n\tB\n\n\tC\n\tD\n\n\nafter\n")
    #expect(
      document.blocks == [
        .paragraph(Paragraph("before")),
        .table(Table(columns: 2, rows: [Row(cells: [Cell("A"), Cell("B")]), Row(cells: [Cell("C"), Cell("D")])])),
        .paragraph(Paragraph("after")),
      ])
    #expect(document.warnings.isEmpty)
  }

  @Test func `a text line after a cell line is the cell's next paragraph`() throws {
    let document = try read("\t年度预算申请\n（万元）\n\tx\n\n\n")
    #expect(document.tables.first?.rows.first?.shape == [CellShape("年度预算申请\n（万元）"), CellShape("x")])
  }

  @Test func `one empty line then text is an empty paragraph inside the cell`() throws {
    let document = try read("\tA\n\nB\n\n\n")
    #expect(document.tables.first?.rows.first?.shape == [CellShape("A\n\nB")])
    #expect(try roundTrips("\tA\n\nB\n\n\n"))
  }

  @Test func `two empty lines then a cell are an empty cell paragraph and a row end`() throws {
    let document = try read("\tA\n\tB\n\n\n\tC\n\tD\n\n\n")
    #expect(document.tables.count == 1)
    #expect(
      document.tables[0].rows.map(\.shape) == [
        [CellShape("A"), CellShape("B\n")], [CellShape("C"), CellShape("D")],
      ])
  }

  @Test func `three or more empty lines then a cell end the table and keep the empty paragraphs`() throws {
    let document = try read("\tA\n\n\n\n\n\tB\n\n\n")
    #expect(
      document.blocks == [
        .table(Table(columns: 1, rows: [Row(cells: [Cell("A")])])),
        .paragraph(Paragraph("")), .paragraph(Paragraph("")),
        .table(Table(columns: 1, rows: [Row(cells: [Cell("B")])])),
      ])
  }

  @Test func `tab-led lines that never reach a table end are paragraphs`() throws {
    let document = try read("\tA\nB\n")
    #expect(document.blocks == [.paragraph(Paragraph("\tA")), .paragraph(Paragraph("B"))])
    #expect(try roundTrips("\tA\nB\n"))
    #expect(try roundTrips("\tA\n\n"))
  }

  @Test func `a short row's last cell spans the rest and leading empty cells continue the cell above`() throws {
    let document = try read("\tL\n\tX\n\tY\n\n\t\n\tZ\n\n\tT\n\n\n")
    let table = try #require(document.tables.first)
    #expect(table.columns == 3)
    #expect(
      table.rows.map(\.shape) == [
        [CellShape("L", 2), CellShape("X"), CellShape("Y")],
        [CellShape("Z", 1, 2)],
        [CellShape("T", 1, 3)],
      ])
    #expect(table.rows[0].cells[0].spanSource == .inferred)
    #expect(table.rows[0].cells[1].spanSource == nil)
    #expect(
      document.warnings == [
        DocumentWarning(
          .mergeInferred, "3 merged cells inferred from short rows and leading empty cells",
          at: SourceLocation(file: "t.txt", line: 1, block: 1))
      ])
    #expect(try roundTrips("\tL\n\tX\n\tY\n\n\t\n\tZ\n\n\tT\n\n\n"))
  }

  @Test func `empty cells that are not leading, or lead an empty row, stay empty`() throws {
    let table = try #require(try read("\tA\n\tB\n\tC\n\n\tD\n\t\n\t\n\n\t\n\t\n\t\n\n\n").tables.first)
    #expect(
      table.rows.map(\.shape) == [
        [CellShape("A"), CellShape("B"), CellShape("C")],
        [CellShape("D"), CellShape(""), CellShape("")],
        [CellShape(""), CellShape(""), CellShape("")],
      ])
  }

  @Test func `a space-only cell is kept and never merged away`() throws {
    let table = try #require(try read("\tA\n\tB\n\n\t \n\tC\n\n\n").tables.first)
    #expect(table.rows.map(\.shape) == [[CellShape("A"), CellShape("B")], [CellShape(" "), CellShape("C")]])
  }

  @Test func `bookmark markers become anchors on the paragraph or cell paragraph`() throws {
    let document = try read("[bookmark: _Toc1][bookmark: x]一、目标\n\tA\n[bookmark: _GoBack]B\n\n\n")
    #expect(document.paragraphs.first == Paragraph("一、目标", anchors: [Anchor(name: "_Toc1"), Anchor(name: "x")]))
    #expect(
      document.tables.first?.rows.first?.cells.first == Cell("A\nB", anchors: [Anchor(name: "_GoBack", paragraph: 1)]))
    #expect(try roundTrips("[bookmark: _Toc1][bookmark: x]一、目标\n\tA\n[bookmark: _GoBack]B\n\n\n"))
  }

  @Test func `the row-per-line layout is sniffed and read`() throws {
    let text = "title\n\tA\tB\tC\n\t\tD\n\tE\n\nend\n"
    let document = try read(text)
    #expect(document.source?.tikaLayout == .rowPerLine)
    // Row 2's leading empty cell continues "A"; its last cell spans the rest.
    #expect(
      document.tables.first?.rows.map(\.shape) == [
        [CellShape("A", 2), CellShape("B"), CellShape("C")],
        [CellShape("D", 1, 2)],
        [CellShape("E", 1, 3)],
      ])
    #expect(TikaTextWriter().write(document) == Array(text.utf8))
  }

  @Test func `a byte-order mark and CRLF line ends are normalised with warnings`() throws {
    let document = try read("\u{FEFF}a\r\nb\r\n")
    #expect(document.paragraphs == [Paragraph("a"), Paragraph("b")])
    #expect(document.warnings.map(\.kind) == [.inputNormalized, .inputNormalized])
  }

  @Test func `invalid UTF-8 is an error at its line and column`() throws {
    let bytes: [UInt8] = Array("ok\nab".utf8) + [0xC3, 0x28]
    #expect {
      _ = try TikaTextReader().read(bytes: bytes, file: "bad.txt")
    } throws: { error in
      "\(error)"
        == "bad.txt: line 2, column 3: invalid UTF-8 (byte 0xC3); Tika text is UTF-8, convert it first (iconv -f GB18030 -t UTF-8)"
    }
  }

  @Test func `a control character Tika never writes is an error at its place`() throws {
    #expect {
      _ = try read("a\n\tb\u{0C}c\n")
    } throws: { error in
      "\(error)"
        == "t.txt: line 2, column 3: control character U+000C is not in Tika text (Tika replaces them with U+FFFD)"
    }
  }

  @Test func `markers next to CJK text are split off, and a combining mark after one keeps it text`() throws {
    let document = try read("[bookmark: x]中文\n\t[bookmark: 目标]年度\n\n\n")
    #expect(document.paragraphs == [Paragraph("中文", anchors: [Anchor(name: "x")])])
    #expect(document.tables.first?.rows.first?.cells == [Cell("年度", anchors: [Anchor(name: "目标")])])
    // U+0301 joins the `]` into one character, so this is no marker (and Tika never writes it).
    #expect {
      _ = try read("[bookmark: x]\u{301}A\n")
    } throws: { error in
      "\(error)"
        == "t.txt: line 1, column 1: '[bookmark: ' that is not a closed [bookmark: NAME] marker at the start of a"
        + " paragraph or cell line, where Tika writes them"
    }
  }

  @Test func `a CRLF followed by a combining mark is not a line end`() throws {
    #expect {
      _ = try read("a\r\n\u{301}b\n")
    } throws: { error in
      "\(error)"
        == "t.txt: line 1, column 2: carriage return (U+000D) without a line feed; Tika text ends lines with LF"
        + " (convert with tr '\\r' '\\n')"
    }
    let document = try read("a\r\n中\r\n")
    #expect(document.paragraphs == [Paragraph("a"), Paragraph("中")])
  }

  @Test(arguments: 0...9)
  func `invalid UTF-8 inside a run of CJK text is an error at its column`(offset: Int) throws {
    let run = Array("年度预算申请绩效目标".unicodeScalars)
    let bytes =
      Array(("\t" + String(String.UnicodeScalarView(run[..<offset]))).utf8) + [0xE4, 0x28]
      + Array((String(String.UnicodeScalarView(run[offset...])) + "\n\n\n").utf8)
    #expect {
      _ = try TikaTextReader().read(bytes: bytes, file: "bad.txt")
    } throws: { error in
      "\(error)"
        == "bad.txt: line 1, column \(offset + 2): invalid UTF-8 (byte 0xE4); Tika text is UTF-8, convert it first"
        + " (iconv -f GB18030 -t UTF-8)"
    }
  }

  @Test func `three-byte sequences led by E0 and ED are checked for their narrower second byte`() throws {
    let text = "\t中文\u{800}中文\u{D7FF}中文\u{FFFD}中文\n\n\n"
    #expect(try read(text).tables.first?.rows.first?.cells == [Cell("中文\u{800}中文\u{D7FF}中文\u{FFFD}中文")])
    // ED A0 80 would be the surrogate U+D800; E0 9F BF an overlong U+07FF.
    for (bad, byte) in [([0xED, 0xA0, 0x80], "ED"), ([0xE0, 0x9F, 0xBF], "E0")] as [([UInt8], String)] {
      let bytes = Array("\t中文中文".utf8) + bad + Array("中文中文\n\n\n".utf8)
      #expect {
        _ = try TikaTextReader().read(bytes: bytes, file: "bad.txt")
      } throws: { error in
        "\(error)"
          == "bad.txt: line 1, column 6: invalid UTF-8 (byte 0x\(byte)); Tika text is UTF-8, convert it first"
          + " (iconv -f GB18030 -t UTF-8)"
      }
    }
  }
}
