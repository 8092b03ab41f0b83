import Testing

@testable import TabConv

/// The two real annexes, read from Tika text (spans inferred), written as .docx and read back.
@Suite struct DocxWriterSeedTests {
  static func seed(_ sample: URLPath) throws -> Document {
    try DocumentLoader.load(bytes: try Samples.bytes(sample.url), file: sample.url.lastPathComponent)
  }

  /// The blocks with every span marked `declared`, as a .docx records them.
  static func declared(_ blocks: [Block]) -> [Block] {
    blocks.map { block in
      guard case .table(var table) = block else { return block }
      for r in table.rows.indices {
        for c in table.rows[r].cells.indices {
          if table.rows[r].cells[c].spanSource != nil { table.rows[r].cells[c].spanSource = .declared }
          if let nested = table.rows[r].cells[c].blocks { table.rows[r].cells[c].blocks = declared(nested) }
        }
      }
      return .table(table)
    }
  }

  /// The JSON of a document without its source, which names the file and format read.
  static func json(_ document: Document) -> [UInt8] {
    var bare = document
    bare.source = nil
    return DocumentJSONWriter().write(bare)
  }

  @Test(arguments: [URLPath.market, URLPath.county])
  func `a seed reads back as its blocks with declared spans`(_ sample: URLPath) throws {
    let document = try Self.seed(sample)
    let read = try DocxReader().read(bytes: try DocxWriter().write(document), displayName: "seed.docx")
    #expect(read.blocks == Self.declared(document.blocks))
    #expect(read.warnings == [])
    try Checks.enforce(on: read, file: "seed.docx")
  }

  @Test(arguments: [URLPath.market, URLPath.county])
  func `docx to JSON to docx to JSON gives the same JSON and the same docx`(_ sample: URLPath) throws {
    let docx = try DocxWriter().write(try Self.seed(sample))
    let first = try DocxReader().read(bytes: docx, displayName: "first.docx")
    let json = Self.json(first)
    let fromJSON = try DocumentJSONReader().read(bytes: json, file: "first.json")
    let again = try DocxWriter().write(fromJSON)
    let second = try DocxReader().read(bytes: again, displayName: "second.docx")
    #expect(Self.json(second) == json)
    #expect(again == docx)
  }

  @Test func `the market annex keeps its 6-column form and _GoBack`() throws {
    let document = try Self.seed(.market)
    let read = try DocxReader().read(bytes: try DocxWriter().write(document), displayName: "seed.docx")
    #expect(read.tables.first?.columns == 6)
    let goBack = read.anchoredTexts.filter { $0.anchor.name == "_GoBack" }
    #expect(goBack.count == 1)
    #expect(goBack.first?.text.hasPrefix("7、开展“双随机、一公开”抽查企业") == true)
  }
}
