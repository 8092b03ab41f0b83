/// Canonical JSON written block by block: the top-level members up to `"blocks": [` first, then
/// each block as it comes, then notes, page furniture and warnings at the end, in the same
/// member order and layout as `DocumentJSONWriter.write`.
public struct DocumentJSONBlockWriter: BlockWriter {
  /// The writer whose layout is followed.
  public var writer: DocumentJSONWriter
  private var count = 0
  private var out = JSONOutput()

  /// Creates a block writer.
  ///
  /// - Parameter writer: The layout (pretty or compact) and generator.
  public init(_ writer: DocumentJSONWriter) {
    self.writer = writer
  }

  public mutating func begin(_ head: Document) -> [UInt8] {
    writer.writeHead(head, to: &out)
    return out.takeBytes()
  }

  public mutating func add(_ block: Block) -> [UInt8] {
    writer.writeBodyBlock(block, at: count, to: &out)
    count += 1
    return out.takeBytes()
  }

  public mutating func end(_ rest: Document) -> (before: [UInt8], after: [UInt8]) {
    writer.writeRest(rest, afterBlocks: count, to: &out)
    return ([], out.takeBytes())
  }
}
