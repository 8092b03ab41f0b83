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
  /// Calls `visit` for every table, nested ones included, with its place: block, row and cell
  /// (1-based, of the top-level table for nested ones) and its JSON pointer.
  func forEachTable(_ visit: (Table, SourceLocation) -> Void) {
    func walk(_ blocks: [Block], place: SourceLocation, pointer: String) {
      for (index, block) in blocks.enumerated() {
        guard case .table(let table) = block else { continue }
        var here = place.block == nil ? SourceLocation(block: index + 1) : place
        here.pointer = "\(pointer)/\(index)"
        visit(table, here)
        for (rowIndex, row) in table.rows.enumerated() {
          for (cellIndex, cell) in row.cells.enumerated() where cell.blocks != nil {
            walk(
              cell.blocks ?? [], place: SourceLocation(block: here.block, row: rowIndex + 1, cell: cellIndex + 1),
              pointer: "\(pointer)/\(index)/rows/\(rowIndex)/cells/\(cellIndex)/blocks")
          }
        }
      }
    }
    walk(blocks, place: SourceLocation(), pointer: "/blocks")
  }
}

extension SourceLocation {
  /// This place moved to a row and cell of the table it points at (0-based indexes).
  func atCell(row: Int, cell: Int?) -> SourceLocation {
    var location = self
    if location.row == nil {
      location.row = row + 1
      location.cell = cell.map { $0 + 1 }
    }
    if let pointer {
      location.pointer = pointer + "/rows/\(row)" + (cell.map { "/cells/\($0)" } ?? "")
    }
    return location
  }
}
