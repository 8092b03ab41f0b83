import Foundation
import Testing

@testable import TabConv

/// Every real .docx of the shared corpus either reads, with all its tables tiling exactly, or
/// fails with a `DocxError`. The corpus lives beside the clone (`../shared/corpus/docx`), never in it.
@Suite struct DocxCorpusTests {
  static let corpus: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("../shared/corpus/docx").standardized

  static var files: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
    return names.filter { $0.hasSuffix(".docx") }.sorted()
  }

  static func read(_ name: String, options: DocxReadOptions = .init()) throws -> Document {
    try DocxReader(options: options).read(path: corpus.appendingPathComponent(name).path, displayName: name)
  }

  @Test func `the corpus is there`() {
    #expect(Self.files.count == 100)
  }

  @Test(arguments: files)
  func `each corpus file reads with tiling tables or fails with a DocxError`(_ name: String) throws {
    do {
      let document = try Self.read(name)
      for table in document.allTables {
        #expect(table.grid.tilesExactly, "\(name): \(table.grid.problems)")
      }
    } catch let error as DocxError {
      print("CORPUS-FAIL \(error)")
    }
  }
}

extension Document {
  /// Every table, nested ones included, in reading order.
  var allTables: [Table] {
    var result: [Table] = []
    func visit(_ blocks: [Block]) {
      for block in blocks {
        guard case .table(let table) = block else { continue }
        result.append(table)
        for row in table.rows { for cell in row.cells { visit(cell.blocks ?? []) } }
      }
    }
    visit(blocks)
    return result
  }
}
