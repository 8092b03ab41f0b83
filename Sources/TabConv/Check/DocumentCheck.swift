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
  /// Every list of blocks in the document with the place that names it: the body (no pointer),
  /// then each note (`/notes/N`) and each header or footer (`/pageFurniture/N`).
  var blockLists: [(blocks: [Block], place: SourceLocation)] {
    [(blocks, SourceLocation())]
      + notes.enumerated().map { ($1.blocks, SourceLocation(pointer: "/notes/\($0)")) }
      + pageFurniture.enumerated().map { ($1.blocks, SourceLocation(pointer: "/pageFurniture/\($0)")) }
  }

  /// Calls `visit` for every table, nested ones included, with its place (block, row, cell; 1-based),
  /// in the body, the notes and the page furniture.
  func forEachTable(_ visit: (Table, SourceLocation) -> Void) {
    func walk(_ blocks: [Block], place: SourceLocation) {
      for (index, block) in blocks.enumerated() {
        guard case .table(let table) = block else { continue }
        let here = place.block == nil ? SourceLocation(pointer: place.pointer, block: index + 1) : place
        visit(table, here)
        for (rowIndex, row) in table.rows.enumerated() {
          for (cellIndex, cell) in row.cells.enumerated() where cell.blocks != nil {
            walk(
              cell.blocks ?? [],
              place: SourceLocation(pointer: here.pointer, block: here.block, row: rowIndex + 1, cell: cellIndex + 1))
          }
        }
      }
    }
    for (list, place) in blockLists { walk(list, place: place) }
  }
}
