/// One rule every document must keep before any writer runs.
///
/// A check looks at one top-level block of the body at a time, and at the rest of the document
/// (source, notes, page furniture, warnings) once, so a streaming conversion can check each block
/// as it is read and a whole document is checked by the same code (`CheckRun`).
public protocol DocumentCheck: Sendable {
  /// The rule's name, as findings show it.
  var name: String { get }

  /// Every place one top-level block of the body breaks the rule.
  ///
  /// - Parameters:
  ///   - block: The block.
  ///   - index: Its 0-based position in the body (`/blocks/index`, block `index + 1`).
  /// - Returns: The findings, in document order.
  func findings(inBodyBlock block: Block, at index: Int) -> [CheckFinding]

  /// Every place the document outside its body's blocks breaks the rule: its top level, source,
  /// notes, page furniture and warnings (`document.blocks` is not looked at).
  ///
  /// - Parameter document: The document; its blocks are ignored.
  /// - Returns: The findings that come before the body in document order, and those after it.
  func findings(outsideBody document: Document) -> (beforeBody: [CheckFinding], afterBody: [CheckFinding])
}

extension DocumentCheck {
  /// Every place the document breaks the rule, in document order.
  ///
  /// - Parameter document: The document to check.
  /// - Returns: The findings.
  public func findings(in document: Document) -> [CheckFinding] {
    var run = CheckRun(checks: [self])
    for block in document.blocks { run.check(block) }
    return run.finish(outsideBody: document)
  }
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
    var run = CheckRun(file: file)
    for block in document.blocks { run.check(block) }
    let findings = run.finish(outsideBody: document)
    if !findings.isEmpty { throw CheckFailure(findings: findings) }
  }
}

/// Checks a document block by block, as a streaming conversion reads it, and keeps every
/// finding in the order a check of the whole document gives: check by check, each in document order.
///
/// - Complexity: Memory grows with the findings, not with the document.
public struct CheckRun: Sendable {
  private let checks: [any DocumentCheck]
  private let file: String?
  private var bodyFindings: [[CheckFinding]]
  private var nextIndex = 0

  /// Whether any block checked so far broke a rule.
  public private(set) var hasFindings = false

  /// Starts a run.
  ///
  /// - Parameters:
  ///   - checks: The checks to run (default: `Checks.all`).
  ///   - file: The input's name, put on every finding's place.
  public init(checks: [any DocumentCheck] = Checks.all, file: String? = nil) {
    self.checks = checks
    self.file = file
    bodyFindings = Array(repeating: [], count: checks.count)
  }

  /// Checks the next top-level block of the body.
  ///
  /// - Parameter block: The block; blocks are numbered in the order they are given.
  public mutating func check(_ block: Block) {
    for (position, check) in checks.enumerated() {
      let found = check.findings(inBodyBlock: block, at: nextIndex)
      if !found.isEmpty {
        hasFindings = true
        bodyFindings[position] += found
      }
    }
    nextIndex += 1
  }

  /// Checks the rest of the document and returns every finding of the run.
  ///
  /// - Parameter document: The document outside its body (its blocks are ignored).
  /// - Returns: Every finding, check by check, each check's in document order.
  public func finish(outsideBody document: Document) -> [CheckFinding] {
    var all: [CheckFinding] = []
    for (position, check) in checks.enumerated() {
      let outside = check.findings(outsideBody: document)
      all += outside.beforeBody + bodyFindings[position] + outside.afterBody
    }
    guard let file else { return all }
    return all.map { finding in
      var finding = finding
      finding.location.file = file
      return finding
    }
  }
}

extension Document {
  /// Every list of blocks outside the body with the JSON pointer of its `blocks` member.
  ///
  /// Each
  /// note (`/notes/N/blocks`), then each header or footer (`/pageFurniture/N/blocks`). The
  /// pointer alone places what is found there.
  var blockListsOutsideBody: [(blocks: [Block], pointer: String)] {
    notes.enumerated().map { ($1.blocks, "/notes/\($0)/blocks") }
      + pageFurniture.enumerated().map { ($1.blocks, "/pageFurniture/\($0)/blocks") }
  }
}

/// Where a top-level block stands, for the checks' findings.
struct BlockPlace {
  /// The block's place: in the body, its 1-based block number and pointer; elsewhere the pointer only.
  var location: SourceLocation
  /// Whether places count blocks, rows and cells (the body) or only carry a pointer.
  var numbered: Bool

  /// The place of block `index` of the body.
  static func body(_ index: Int) -> BlockPlace {
    BlockPlace(location: SourceLocation(pointer: "/blocks/\(index)", block: index + 1), numbered: true)
  }

  /// The place of block `index` of a list outside the body whose `blocks` member is at `pointer`.
  static func outside(_ pointer: String, _ index: Int) -> BlockPlace {
    BlockPlace(location: SourceLocation(pointer: "\(pointer)/\(index)"), numbered: false)
  }
}

/// Calls `visit` for a table and every table nested in it, with its place: block, row and cell
/// (1-based, of the top-level table for nested ones; body only) and its JSON pointer.
func forEachTable(in block: Block, at place: BlockPlace, _ visit: (Table, SourceLocation) -> Void) {
  guard case .table(let table) = block else { return }
  let here = place.location
  visit(table, here)
  for (rowIndex, row) in table.rows.enumerated() {
    for (cellIndex, cell) in row.cells.enumerated() {
      guard let nested = cell.blocks else { continue }
      let cellPlace =
        place.numbered ? SourceLocation(block: here.block, row: rowIndex + 1, cell: cellIndex + 1) : SourceLocation()
      let pointer = (here.pointer ?? "") + "/rows/\(rowIndex)/cells/\(cellIndex)/blocks"
      for (index, nestedBlock) in nested.enumerated() {
        var location = cellPlace
        location.pointer = "\(pointer)/\(index)"
        forEachTable(in: nestedBlock, at: BlockPlace(location: location, numbered: place.numbered), visit)
      }
    }
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
