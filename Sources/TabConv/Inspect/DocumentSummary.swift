/// A short account of a document for people: its tables with their sizes and merged regions,
/// its anchors with where they stand, and its warnings.
public struct DocumentSummary: Sendable {
  /// The document summed up.
  public var document: Document

  /// Creates a summary.
  public init(_ document: Document) {
    self.document = document
  }

  /// The summary as lines of text, each ending in `\n`.
  public var text: String {
    var out = ""
    let source = document.source
    let layout = source?.tikaLayout.map { " (\($0.rawValue))" } ?? ""
    let paragraphs = document.blocks.filter { if case .paragraph = $0 { true } else { false } }.count
    let tables = document.flatTables
    out += "\(source?.file ?? "document"): \(source?.format.rawValue ?? "unknown format")\(layout), "
    out += "\(document.blocks.count) blocks: \(paragraphs) paragraphs, \(tables.count) tables\n"
    for table in tables {
      out += "  table \(table.number) (block \(table.block)"
      if let parent = table.parent {
        out += ", in table \(parent.table) row \(parent.row) column \(parent.column)"
      }
      out += "): \(table.table.rows.count) rows × \(table.table.columns) columns"
      let merged = table.table.rows.flatMap(\.cells).filter(\.isMerged)
      if !merged.isEmpty {
        let declared = merged.filter { $0.spanSource == .declared }.count
        let inferred = merged.count - declared
        var kinds: [String] = []
        if declared > 0 { kinds.append("\(declared) declared") }
        if inferred > 0 { kinds.append("\(inferred) inferred") }
        out += ", \(merged.count) merged \(merged.count == 1 ? "cell" : "cells") (\(kinds.joined(separator: ", ")))"
      }
      let headers = table.table.rows.filter(\.isHeader).count
      if headers > 0 { out += ", \(headers) header rows" }
      out += "\n"
    }
    if !document.notes.isEmpty {
      var counts: [String: Int] = [:]
      for note in document.notes { counts["\(note.kind.rawValue)s", default: 0] += 1 }
      out +=
        "notes: " + counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ") + "\n"
    }
    if !document.pageFurniture.isEmpty {
      let headers = document.pageFurniture.filter { $0.kind == .header }.count
      out +=
        "page furniture: \(headers) headers, \(document.pageFurniture.count - headers) footers (left out of CSV/TSV unless --page-furniture)\n"
    }
    let anchors = anchorPlaces()
    out += "anchors: \(anchors.count)\n"
    for (name, place) in anchors { out += "  \(name): \(place)\n" }
    out += "warnings: \(document.warnings.count)\n"
    for warning in document.warnings {
      var location = warning.location
      location.file = nil
      let place = location.placeDescription
      out += "  \(warning.kind.rawValue): \(place.isEmpty ? "" : place + ": ")\(warning.message)\n"
    }
    return out
  }

  private func anchorPlaces() -> [(String, String)] {
    var result: [(String, String)] = []
    var tableNumber = 0
    for (index, block) in document.blocks.enumerated() {
      switch block {
      case .paragraph(let paragraph):
        let preview = paragraph.text.prefix(24)
        result += paragraph.anchors.map { ($0.name, "paragraph \(index + 1) \"\(preview)\"") }
      case .table(let table):
        tableNumber += 1
        for (rowIndex, row) in table.rows.enumerated() {
          for (cellIndex, cell) in row.cells.enumerated() {
            let preview = cell.text.prefix(24)
            result += cell.anchors.map {
              ($0.name, "table \(tableNumber), row \(rowIndex + 1), cell \(cellIndex + 1) \"\(preview)\"")
            }
          }
        }
      }
    }
    return result
  }
}
