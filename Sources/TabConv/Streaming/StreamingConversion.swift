/// The end of a streaming conversion: writes each block through a `BlockWriter` to a
/// `StreamingOutput` as soon as it comes, and counts what the target format loses.
///
/// Put it behind a `CheckingSink` (as `DocumentLoader.stream` does) so that only checked blocks
/// reach it; it commits nothing itself: the caller commits the output once it has decided (loss
/// report, `--strict`), or drops it.
public struct StreamingConversion: BlockSink {
  private var writer: any BlockWriter
  private let output: StreamingOutput
  /// What the target format cannot hold, counted over the blocks so far.
  public private(set) var losses: LossReport.Accumulator
  /// Everything but the body (source, notes, page furniture, warnings), once the document has ended.
  public private(set) var rest: Document?

  /// Creates the sink.
  ///
  /// - Parameters:
  ///   - writer: The format's block writer (`FormatRegistry.blockWriter`).
  ///   - output: Where the bytes go.
  ///   - losses: An empty loss report for the target format and written tables.
  public init(writer: any BlockWriter, output: StreamingOutput, losses: LossReport.Accumulator) {
    self.writer = writer
    self.output = output
    self.losses = losses
  }

  public mutating func begin(_ head: Document) throws {
    try output.write(writer.begin(head))
  }

  public mutating func add(_ block: Block) throws {
    losses.add(block)
    try output.write(writer.add(block))
  }

  public mutating func end(_ rest: Document) throws {
    let (before, after) = try writer.end(rest)
    try output.prepend(before)
    try output.write(after)
    self.rest = rest
    losses.addOutsideBody(rest)
  }
}
