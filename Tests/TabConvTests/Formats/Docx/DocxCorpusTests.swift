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

  /// The files that must fail, and how: both are encrypted Word files (OLE2 containers).
  static let expectedFailures: [String: DocxError.Code] = [
    "poi__bug53475-password-is-pass.docx": .oleCompoundFile,
    "tika__protected_normal_case.docx": .oleCompoundFile,
  ]

  @Test(arguments: files)
  func `each corpus file reads with tiling tables or fails with a DocxError`(_ name: String) throws {
    do {
      let document = try Self.read(name)
      #expect(Self.expectedFailures[name] == nil, "\(name) read but should fail")
      for table in document.allTables {
        #expect(table.grid.tilesExactly, "\(name): \(table.grid.problems)")
      }
    } catch let error as DocxError {
      #expect(error.code == Self.expectedFailures[name], "\(error)")
    }
  }
}

/// Exact spans for corpus files with merges, worked out from their `word/document.xml` and checked
/// against pandoc 2.17 where pandoc is right (it misplaces `w:gridBefore` and a merge starting
/// after it, and drops the nested table of `pydocx__nested_table_rowspan.docx`).
/// A table's spans are written row by row as `rowSpan x colSpan` per cell, rows joined by ` | `.
@Suite struct DocxCorpusSpanTests {
  static let expectations: [(file: String, table: Int, columns: Int, spans: String)] = [
    ("poi__bug65649.docx", 0, 3, "1x1,1x2 | 1x1,1x2 | 1x3 | 1x2,1x1 | 1x1,1x1,1x1 | 1x1,1x1,1x1 | 1x2,1x1"),
    ("poi__bug65649.docx", 6, 8, "1x1,1x1,1x1,1x1,1x1,1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1,1x1,1x1,1x1 | 1x1,1x7 | 2x1,2x1,2x1,1x1,1x1,1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1 | 2x1,2x1,2x1,1x1,1x1,1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1 | 2x1,2x1,2x1,1x1,1x1,1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1 | 2x1,2x1,2x1,1x1,1x1,1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1 | 2x1,2x1,2x1,1x1,1x1,1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1,1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1,1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1,1x1,1x1,1x1 | 1x7,1x1 | 1x7,1x1 | 1x7,1x1 | 1x7,1x1"),
    ("docx2python__Weekly_Schedule.docx", 0, 5, "1x1,1x1,1x1,1x1,1x1 | 2x1,2x1,1x1,1x1,2x1 | 1x1,1x1 | 2x1,2x1,1x1,1x1,2x1 | 1x1,1x1 | 2x1,2x1,1x1,1x1,2x1 | 1x1,1x1 | 2x1,2x1,1x1,1x1,2x1 | 1x1,1x1 | 2x1,2x1,1x1,1x1,2x1 | 1x1,1x1 | 2x1,2x1,1x1,1x1,2x1 | 1x1,1x1 | 2x1,2x1,1x1,1x1,2x1 | 1x1,1x1 | 2x1,2x1,1x1,1x1,2x1 | 1x1,1x1 | 2x1,2x1,1x1,1x1,2x1 | 1x1,1x1 | 2x1,2x1,1x1,1x1,2x1 | 1x1,1x1 | 2x1,2x1,1x1,1x1,2x1 | 1x1,1x1 | 2x1,2x1,1x1,1x1,2x1 | 1x1,1x1 | 2x1,2x1,1x1,1x1,2x1 | 1x1,1x1 | 2x1,2x1,1x1,1x1,2x1 | 1x1,1x1 | 1x1,1x1,1x2,1x1"),
    ("docx2python__Weekly_Schedule.docx", 1, 1, "1x1"),
    ("pydocx__nested_table_rowspan.docx", 0, 2, "1x2 | 1x1,1x1"),
    ("pydocx__nested_table_rowspan.docx", 1, 2, "2x1,1x1 | 1x1"),
    ("poi-tl__render_hackloop.docx", 0, 7, "1x7 | 1x1,1x1,1x1,1x1,1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1,1x1,1x1 | 1x7 | 1x4,1x1,1x1,1x1 | 1x4,1x1,1x1,1x1 | 1x7"),
    ("poi-tl__render_hackloop.docx", 1, 13, "5x1,1x1,1x1,1x8,1x1,1x1 | 2x1,1x1,1x1,1x1,1x1,1x2,1x1,1x1,1x1,1x1,1x1 | 2x1,1x1,1x1,1x1,1x2,1x1,1x1,1x1,1x2 | 1x1,1x4,1x4,1x1,1x1 | 1x1,1x1,1x8,1x1,1x1"),
    ("pandoc__table_header_rowspan.docx", 0, 8, "2x1,2x1,2x1,2x1,1x3,2x1 | 1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1,1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1,1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1,1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1,1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1,1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1,1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1,1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1,1x1,1x1,1x1 | 1x1,1x1,1x1,1x1,1x1,1x1,1x1,1x1"),
  ]

  static func spans(_ table: Table) -> String {
    table.rows.map { row in row.cells.map { "\($0.rowSpan)x\($0.colSpan)" }.joined(separator: ",") }
      .joined(separator: " | ")
  }

  @Test(arguments: expectations.indices)
  func `merged tables of real files have the spans their XML declares`(_ index: Int) throws {
    let expected = Self.expectations[index]
    let tables = try DocxCorpusTests.read(expected.file).allTables
    let table = try #require(tables.count > expected.table ? tables[expected.table] : nil)
    #expect(table.columns == expected.columns)
    #expect(Self.spans(table) == expected.spans)
    for row in table.rows {
      for cell in row.cells { #expect((cell.spanSource == .declared) == cell.isMerged) }
    }
  }

  @Test func `the budget-like Russian contract has its labels merged down`() throws {
    let tables = try DocxCorpusTests.read("poi__bug65649.docx").allTables
    #expect(tables.count == 21)
    let estimate = tables[6]
    #expect(estimate.rows[3].cells.prefix(3).map(\.text) == ["1.1.", "Локальная смета № 1", "Дооснащение объекта АПС.СОУЭ"])
    #expect(estimate.rows[16].cells.map(\.text) == ["Всего по КОСГУ 226 с НДС (18\u{A0}%), руб.", "23835512,64"])
  }

  @Test func `a nested table keeps its own row span`() throws {
    let document = try DocxCorpusTests.read("pydocx__nested_table_rowspan.docx")
    let outer = try #require(DocxTestReading.firstTable(document))
    let host = outer.rows[1].cells[1]
    #expect(host.text == "")
    guard case .table(let nested)? = host.blocks?.first else {
      Issue.record("no nested table in \(host)")
      return
    }
    #expect(nested.rows.map { $0.cells.map(\.text) } == [["CCC", "DDD"], ["EEE"]])
    #expect(document.warnings.map(\.message) == ["table rows need 2 grid columns but w:tblGrid declares 1; widened"])
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
