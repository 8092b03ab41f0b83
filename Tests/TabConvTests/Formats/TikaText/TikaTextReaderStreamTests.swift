import Testing

@testable import TabConv

/// `TikaTextReader.stream` hands each top-level block on as soon as it is read, the warnings at
/// the end; `read` is the same stream collected, and an error found late stops the stream after
/// the blocks before it.
@Suite struct TikaTextReaderStreamTests {
  /// What a sink was given, in order.
  enum Event: Equatable {
    case begin(Document)
    case add(Block)
    case end(Document)
  }

  /// A sink that records every call.
  struct RecordingSink: BlockSink {
    var events: [Event] = []
    mutating func begin(_ head: Document) { events.append(.begin(head)) }
    mutating func add(_ block: Block) { events.append(.add(block)) }
    mutating func end(_ rest: Document) { events.append(.end(rest)) }
  }

  /// Streams some text; the events, and the error's description if the stream failed.
  static func stream(_ text: String, layout: TikaLayout? = nil) -> (events: [Event], error: String?) {
    var sink = RecordingSink()
    do {
      try TikaTextReader(layout: layout).stream(bytes: Array(text.utf8), file: "t.txt", into: &sink)
      return (sink.events, nil)
    } catch {
      return (sink.events, "\(error)")
    }
  }

  @Test func `the head, each block in reading order, then the warnings`() throws {
    let text = "\u{FEFF}title\r\n\tL\r\n\tX\r\n\r\n\t\r\n\tZ\r\n\r\n\r\nend"
    let source = Source(format: .tika, file: "t.txt", tikaLayout: .cellPerLine)
    let table = Table(
      columns: 2,
      rows: [
        Row(cells: [Cell("L", rowSpan: 2, spanSource: .inferred), Cell("X")]),
        Row(cells: [Cell("Z")]),
      ])
    let whole = SourceLocation(file: "t.txt")
    let warnings = [
      DocumentWarning(.inputNormalized, "a UTF-8 byte-order mark was removed (Tika writes none)", at: whole),
      DocumentWarning(.inputNormalized, "CRLF line ends were read as LF (Tika writes LF)", at: whole),
      DocumentWarning(.inputNormalized, "the last line has no newline (Tika ends every line with one)", at: whole),
      DocumentWarning(
        .mergeInferred, "1 merged cells inferred from short rows and leading empty cells",
        at: SourceLocation(file: "t.txt", line: 2, block: 2)),
    ]
    let (events, error) = Self.stream(text)
    #expect(error == nil)
    #expect(
      events == [
        .begin(Document(source: source)),
        .add(.paragraph(Paragraph("title"))),
        .add(.table(table)),
        .add(.paragraph(Paragraph("end"))),
        .end(Document(source: source, warnings: warnings)),
      ])
    let read = try TikaTextReader().read(bytes: Array(text.utf8), file: "t.txt")
    #expect(
      read
        == Document(
          blocks: [.paragraph(Paragraph("title")), .table(table), .paragraph(Paragraph("end"))],
          source: source, warnings: warnings))
  }

  @Test func `the row-per-line layout streams row tables the same way`() {
    let (events, error) = Self.stream("a\n\tA\tB\n\tC\tD\n\tE\n\n")
    let source = Source(format: .tika, file: "t.txt", tikaLayout: .rowPerLine)
    #expect(error == nil)
    #expect(
      events == [
        .begin(Document(source: source)),
        .add(.paragraph(Paragraph("a"))),
        .add(
          .table(
            Table(
              columns: 2,
              rows: [
                Row(cells: [Cell("A"), Cell("B")]), Row(cells: [Cell("C"), Cell("D")]),
                Row(cells: [Cell("E", colSpan: 2, spanSource: .inferred)]),
              ]))),
        .end(
          Document(
            source: source,
            warnings: [
              DocumentWarning(
                .mergeInferred, "1 merged cells inferred from short rows and leading empty cells",
                at: SourceLocation(file: "t.txt", line: 2, block: 2))
            ])),
      ])
  }

  @Test func `stray bookmark markup late in the text stops the stream after the blocks before it`() {
    let (events, error) = Self.stream("title\n\tA\n\tB\n\n\nend [bookmark: z] here\nmore\n")
    #expect(
      events == [
        .begin(Document(source: Source(format: .tika, file: "t.txt", tikaLayout: .cellPerLine))),
        .add(.paragraph(Paragraph("title"))),
        .add(.table(Table(columns: 2, rows: [Row(cells: [Cell("A"), Cell("B")])]))),
      ])
    #expect(
      error
        == "t.txt: line 6, column 5: '[bookmark: ' that is not a closed [bookmark: NAME] marker at the start of a"
        + " paragraph or cell line, where Tika writes them")
  }

  @Test func `a table too large is reported even when stray markup comes before it`() {
    // One row of 1,100 cells over 1,000 rows of one: 1,101,100 grid positions, more than 1,048,576.
    let wide = String(repeating: "\tx\n", count: 1_100) + "\n" + String(repeating: "\ta\n\n", count: 999) + "\ta\n\n\n"
    let text = "x [bookmark: y]\n" + wide + "after\n"
    let (events, error) = Self.stream(text)
    #expect(events == [.begin(Document(source: Source(format: .tika, file: "t.txt", tikaLayout: .cellPerLine)))])
    #expect(
      error
        == "t.txt: line 2: table of 1001 rows × 1100 columns (1101100 grid positions) is more than tabconv builds"
        + " from a \(text.utf8.count)-byte input (at most 1048576: 4 per byte, at least 1048576)")
  }

  @Test func `the loader streams Tika text with its hash and layout, as it loads it`() throws {
    let bytes = Array("title\n\tA\tB\n\tC\tD\n\tE\n\n".utf8)
    var collector = DocumentCollector()
    try DocumentLoader.stream(bytes: bytes, file: "t.txt", format: .tika, into: &collector)
    let loaded = try DocumentLoader.load(bytes: bytes, file: "t.txt", format: .tika)
    #expect(collector.document == loaded)
    #expect(
      collector.document.source
        == Source(format: .tika, file: "t.txt", sha256: DocumentLoader.sha256Hex(bytes), tikaLayout: .rowPerLine))
  }
}
