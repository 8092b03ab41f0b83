/// One rule every document must keep before any writer runs.
public protocol DocumentCheck: Sendable {
  /// The rule's name, as findings show it.
  var name: String { get }
  /// Every place the document breaks the rule.
  func findings(in document: Document) -> [CheckFinding]
}

/// The checks that guard every conversion, in the order they run.
public enum Checks {
  /// Every check: the published schema, then what a schema cannot say.
  public static let all: [any DocumentCheck] = [SchemaCheck(), SpanTilingCheck(), TextCheck()]

  /// Runs every check and collects every finding before deciding.
  ///
  /// - Parameters:
  ///   - document: The document to check.
  ///   - file: The input's name, for the findings' places.
  /// - Throws: `CheckFailure` listing every finding, when there is any.
  public static func enforce(on document: Document, file: String?) throws {
    let findings = all.flatMap { check in
      check.findings(in: document).map { finding in
        var finding = finding
        finding.location.file = file
        return finding
      }
    }
    if !findings.isEmpty { throw CheckFailure(findings: findings) }
  }
}

extension Document {
  /// Every list of blocks in the document with the JSON pointer of its `blocks` member: the body
  /// (`/blocks`), then each note (`/notes/N/blocks`) and each header or footer (`/pageFurniture/N/blocks`).
  /// Places in the body also count blocks, rows and cells; elsewhere the pointer alone places them.
  var blockLists: [(blocks: [Block], pointer: String, numbered: Bool)] {
    [(blocks, "/blocks", true)]
      + notes.enumerated().map { ($1.blocks, "/notes/\($0)/blocks", false) }
      + pageFurniture.enumerated().map { ($1.blocks, "/pageFurniture/\($0)/blocks", false) }
  }

  /// Calls `visit` for every table, nested ones included, in the body, the notes and the page
  /// furniture, with its place: block, row and cell (1-based, of the top-level table for nested
  /// ones; body only) and its JSON pointer.
  func forEachTable(_ visit: (Table, SourceLocation) -> Void) {
    func walk(_ blocks: [Block], place: SourceLocation, pointer: String, numbered: Bool) {
      for (index, block) in blocks.enumerated() {
        guard case .table(let table) = block else { continue }
        var here = place.block == nil && numbered ? SourceLocation(block: index + 1) : place
        here.pointer = "\(pointer)/\(index)"
        visit(table, here)
        for (rowIndex, row) in table.rows.enumerated() {
          for (cellIndex, cell) in row.cells.enumerated() where cell.blocks != nil {
            let cellPlace =
              numbered ? SourceLocation(block: here.block, row: rowIndex + 1, cell: cellIndex + 1) : SourceLocation()
            walk(
              cell.blocks ?? [], place: cellPlace, pointer: "\(pointer)/\(index)/rows/\(rowIndex)/cells/\(cellIndex)/blocks",
              numbered: numbered)
          }
        }
      }
    }
    for (list, pointer, numbered) in blockLists { walk(list, place: SourceLocation(), pointer: pointer, numbered: numbered) }
  }
}

extension SourceLocation {
  /// This place moved to a row and cell of the table it points at (0-based indexes).
  func atCell(row: Int, cell: Int?) -> SourceLocation {
    var location = self
    if location.row == nil, location.block != nil {
      location.row = row + 1
      location.cell = cell.map { $0 + 1 }
    }
    if let pointer {
      location.pointer = pointer + "/rows/\(row)" + (cell.map { "/cells/\($0)" } ?? "")
    }
    return location
  }
}
