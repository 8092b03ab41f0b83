/// Receives a document block by block, as a streaming reader reads it.
///
/// A streaming reader (`DocxReader.stream`, or `Document.stream(into:)` for a document already
/// in memory) calls `begin` once, `add` for each top-level block of the body in reading order,
/// then `end` once. Memory then grows with the largest block (a table), not with the document.
public protocol BlockSink {
  /// The document starts.
  ///
  /// - Parameter head: What is known before the body: its source and its notes (a streaming
  ///   reader reads the notes parts first); its blocks are empty.
  /// - Throws: Whatever the sink cannot do; the reader stops.
  mutating func begin(_ head: Document) throws

  /// The next top-level block of the body.
  ///
  /// - Parameter block: The block, complete (a table with all its rows).
  /// - Throws: Whatever the sink cannot do; the reader stops.
  mutating func add(_ block: Block) throws

  /// The document ends.
  ///
  /// - Parameter rest: Everything but the body's blocks: source, notes, page furniture and
  ///   warnings; its blocks are empty.
  /// - Throws: Whatever the sink cannot do.
  mutating func end(_ rest: Document) throws
}

extension Document {
  /// Hands the document to a sink as a streaming reader would: its head, each body block, the rest.
  ///
  /// - Parameter sink: The sink.
  /// - Throws: The sink's error.
  public func stream(into sink: inout some BlockSink) throws {
    try sink.begin(Document(source: source, notes: notes))
    for block in blocks { try sink.add(block) }
    var rest = self
    rest.blocks = []
    try sink.end(rest)
  }
}

/// A sink that collects what it is given into a whole `Document`.
public struct DocumentCollector: BlockSink {
  /// The document collected so far; complete after `end`.
  public private(set) var document = Document()

  /// Creates an empty collector.
  public init() {}

  public mutating func begin(_ head: Document) {
    document = head
  }

  public mutating func add(_ block: Block) {
    document.blocks.append(block)
  }

  public mutating func end(_ rest: Document) {
    let blocks = document.blocks
    document = rest
    document.blocks = blocks
  }
}

/// Runs every check (`CheckRun`) on what passes through, and hands it on to another sink only
/// while it is clean: a block that breaks a rule, and every block after it, never reach the
/// base sink, and `end` throws `CheckFailure` with every finding before the base sink ends.
///
/// This is the streaming counterpart of `Checks.enforce`, and gives the same findings in the same order.
public struct CheckingSink<Base: BlockSink>: BlockSink {
  /// The sink that receives checked content.
  public var base: Base
  private var run: CheckRun

  /// Wraps a sink.
  ///
  /// - Parameters:
  ///   - base: The sink that receives checked content.
  ///   - file: The input's name, for the findings' places.
  public init(_ base: Base, file: String?) {
    self.base = base
    run = CheckRun(file: file)
  }

  public mutating func begin(_ head: Document) throws {
    try base.begin(head)
  }

  public mutating func add(_ block: Block) throws {
    run.check(block)
    if !run.hasFindings { try base.add(block) }
  }

  public mutating func end(_ rest: Document) throws {
    let findings = run.finish(outsideBody: rest)
    if !findings.isEmpty { throw CheckFailure(findings: findings) }
    try base.end(rest)
  }
}
