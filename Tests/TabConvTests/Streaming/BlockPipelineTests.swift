import Testing

@testable import TabConv

/// `BlockPipeline` hands blocks to a sink on another thread: in order, bounded, and it stops
/// cleanly on either side's error.
@Suite struct BlockPipelineTests {
  /// A sink that records what it got and can fail at the `failAt`-th block.
  struct RecordingSink: BlockSink {
    var events: [String] = []
    var failAt: Int?

    mutating func begin(_ head: Document) throws {
      events.append("begin \(head.source?.file ?? "")")
    }

    mutating func add(_ block: Block) throws {
      if events.count - 1 == failAt { throw SinkFailure(block: events.count - 1) }
      switch block {
      case .paragraph(let paragraph): events.append("p \(paragraph.text)")
      case .table(let table): events.append("t \(table.rows.map { $0.cells.map(\.text).joined(separator: ",") })")
      }
    }

    mutating func end(_ rest: Document) throws {
      events.append("end \(rest.warnings.count)")
    }
  }

  struct SinkFailure: Error, Equatable {
    var block: Int
  }

  static func blocks(_ count: Int) -> [Block] {
    (0..<count).map { index in
      index % 3 == 2
        ? .table(Table(columns: 2, rows: [Row(cells: [Cell("a\(index)"), Cell("b\(index)")])]))
        : .paragraph(Paragraph("\(index)"))
    }
  }

  @Test(arguments: [1, 3, 65_536])
  func `every block reaches the sink in order, whatever the queue holds`(capacity: Int) throws {
    let pipeline = BlockPipeline(RecordingSink(), capacity: capacity)
    try pipeline.begin(Document(source: Source(format: .tika, file: "in.txt")))
    for block in Self.blocks(500) { try pipeline.add(block) }
    var rest = Document()
    rest.warnings = [DocumentWarning(.mergeInferred, "w", at: SourceLocation())]
    try pipeline.end(rest)
    let sink = pipeline.finish()
    #expect(sink.events.count == 502)
    #expect(sink.events.first == "begin in.txt")
    #expect(sink.events[1] == "p 0")
    #expect(sink.events[3] == "t [\"a2,b2\"]")
    #expect(sink.events[500] == "p 499")
    #expect(sink.events.last == "end 1")
  }

  @Test func `the sink's error reaches the reader, which stops`() throws {
    let pipeline = BlockPipeline(RecordingSink(failAt: 10), capacity: 1)
    try pipeline.begin(Document())
    var thrown: SinkFailure?
    var added = 0
    do {
      for block in Self.blocks(10_000) {
        try pipeline.add(block)
        added += 1
      }
      try pipeline.end(Document())
    } catch let failure as SinkFailure {
      thrown = failure
    }
    let sink = pipeline.finish()
    #expect(thrown == SinkFailure(block: 10))
    // The reader stopped within a few blocks of the failure, not at the end of the input.
    #expect(added < 20)
    #expect(sink.events.count == 11)
  }

  @Test func `a reader that stops without an end leaves no thread waiting`() throws {
    let pipeline = BlockPipeline(RecordingSink(), capacity: 4)
    try pipeline.begin(Document())
    for block in Self.blocks(7) { try pipeline.add(block) }
    let sink = pipeline.finish()
    // What was handed over before the stop may or may not have been written (in order); never an end.
    var all = RecordingSink()
    try all.begin(Document())
    for block in Self.blocks(7) { try all.add(block) }
    #expect(Array(all.events.prefix(sink.events.count)) == sink.events)
  }
}
