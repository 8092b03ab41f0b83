/// CSV written table by table as the blocks come.
///
/// Each top-level table, then the tables nested
/// in it, numbered as `Document.flatTables` numbers them; only the chosen one when a number is
/// given; the tables of headers and footers at the end when asked for. The bytes are those
/// `CSVWriter.write` gives for the same tables.
public struct CSVBlockWriter: BlockWriter {
  /// The CSV dialect and options.
  public var writer: CSVWriter
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
  ///   - writer: The dialect and options.
  ///   - table: The one flat table to write, or nil for all.
  ///   - includesPageFurniture: Whether to write the tables of headers and footers after the body's.
  public init(_ writer: CSVWriter, table: Int? = nil, includesPageFurniture: Bool = false) {
    self.writer = writer
    self.table = table
    self.includesPageFurniture = includesPageFurniture
  }

  public mutating func begin(_ head: Document) throws -> [UInt8] {
    try writer.start()
  }

  public mutating func add(_ block: Block) throws -> [UInt8] {
    blockCount += 1
    guard case .table(let table) = block else { return [] }
    return try write(Document.flatTables(of: table, block: blockCount, after: flatCount))
  }

  public mutating func end(_ rest: Document) throws -> (before: [UInt8], after: [UInt8]) {
    guard includesPageFurniture else { return ([], []) }
    var output: [UInt8] = []
    for (pieceIndex, piece) in rest.pageFurniture.enumerated() {
      for (index, block) in piece.blocks.enumerated() {
        guard case .table(let table) = block else { continue }
        output += try write(
          Document.flatTables(of: table, block: index + 1, furniture: pieceIndex + 1, after: flatCount))
      }
    }
    return ([], output)
  }

  private mutating func write(_ flats: [FlatTable]) throws -> [UInt8] {
    flatCount += flats.count
    var output: [UInt8] = []
    for flat in flats where table == nil || flat.number == table {
      written += 1
      output += try writer.encoded(flat.table, number: written, separated: written > 1)
    }
    return output
  }
}
