import Foundation

@testable import TabConv

/// Every block of the seeds (`../shared/seeds`) and of every corpus .docx and CSV/TSV file, as
/// their readers give them, for tests that compare two ways of handling a block.
enum CorpusBlocks {
  /// A block and where it came from.
  struct Entry {
    /// The input file's name and where in the document: `annex.docx block 3`, `… note 1 block 1`.
    var place: String
    var block: Block
  }

  /// `../shared/seeds` beside the clone.
  static let seeds = Samples.sharedCorpus.deletingLastPathComponent().appendingPathComponent("seeds")

  /// The inputs read: every seed, every corpus .docx but the two encrypted ones, every CSV/TSV file.
  static var inputs: [URL] {
    let seedNames = ((try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []).sorted()
    let docx = DocxCorpusTests.files.filter { DocxCorpusTests.expectedFailures[$0] == nil }
    let csv = (try? CSVCorpus.fileNames()) ?? []
    return seedNames.map { seeds.appendingPathComponent($0) }
      + docx.map { DocxCorpusTests.corpus.appendingPathComponent($0) }
      + csv.map { CSVCorpus.directory.appendingPathComponent($0) }
  }

  /// The top-level blocks of every input's body, notes and page furniture, in order, then each
  /// nested block of their cells on its own.
  static let all: [Entry] = {
    var entries: [Entry] = []
    for url in inputs {
      guard let document = try? DocumentLoader.load(bytes: InputFile.read(url.path), file: url.path) else {
        continue
      }
      let name = url.lastPathComponent
      func add(_ blocks: [Block], _ place: String) {
        for (index, block) in blocks.enumerated() {
          entries.append(Entry(place: "\(place) block \(index + 1)", block: block))
          guard case .table(let table) = block else { continue }
          for (rowIndex, row) in table.rows.enumerated() {
            for (cellIndex, cell) in row.cells.enumerated() {
              add(cell.blocks ?? [], "\(place) block \(index + 1) row \(rowIndex + 1) cell \(cellIndex + 1)")
            }
          }
        }
      }
      add(document.blocks, name)
      for (index, note) in document.notes.enumerated() { add(note.blocks, "\(name) note \(index + 1)") }
      for (index, piece) in document.pageFurniture.enumerated() {
        add(piece.blocks, "\(name) page furniture \(index + 1)")
      }
    }
    return entries
  }()
}
