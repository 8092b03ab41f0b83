/// TSV written table by table as the blocks come, numbered and chosen as `CSVBlockWriter` does;
/// the bytes are those `TSVWriter.write` gives for the same tables.
public struct TSVBlockWriter: BlockWriter {
  /// The options.
  public var writer: TSVWriter
  /// The one flat table to write (1-based), or nil for all.
  public var table: Int?
  /// Whether the tables of headers and footers follow the body's.
  public var includesPageFurniture: Bool
  private var blockCount = 0
  private var flatCount = 0
  private var written = 0

  /// Creates a block writer.
  ///
  /// - Parameters:
  ///   - writer: The options.
  ///   - table: The one flat table to write, or nil for all.
  ///   - includesPageFurniture: Whether to write the tables of headers and footers after the body's.
  public init(_ writer: TSVWriter, table: Int? = nil, includesPageFurniture: Bool = false) {
    self.writer = writer
    self.table = table
    self.includesPageFurniture = includesPageFurniture
  }

  public mutating func begin(_ head: Document) -> [UInt8] { [] }

  public mutating func add(_ block: Block) -> [UInt8] {
    blockCount += 1
    guard case .table(let table) = block else { return [] }
    return write(Document.flatTables(of: table, block: blockCount, after: flatCount))
  }

  public mutating func end(_ rest: Document) -> (before: [UInt8], after: [UInt8]) {
    guard includesPageFurniture else { return ([], []) }
    var output: [UInt8] = []
    for (pieceIndex, piece) in rest.pageFurniture.enumerated() {
      for (index, block) in piece.blocks.enumerated() {
        guard case .table(let table) = block else { continue }
        output += write(Document.flatTables(of: table, block: index + 1, furniture: pieceIndex + 1, after: flatCount))
      }
    }
    return ([], output)
  }

  private mutating func write(_ flats: [FlatTable]) -> [UInt8] {
    flatCount += flats.count
    var output: [UInt8] = []
    for flat in flats where table == nil || flat.number == table {
      written += 1
      output += writer.encoded(flat.table, separated: written > 1)
    }
    return output
  }
}
