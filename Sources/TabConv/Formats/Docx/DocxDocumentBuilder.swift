/// Builds a `Document` from `DocxEvent`s.
///
/// Open things live on stacks (containers, paragraphs, tables) mutated in place, so a long
/// paragraph or table is never copied while it grows. Placement rules:
/// - A paragraph's text is its runs; style names and heading levels come from `DocxStyles`.
/// - Text boxes (`w:txbxContent`) and tables found inside a paragraph are not glued into its
///   text: their paragraphs and tables follow the host paragraph as blocks of their own, in the
///   host's container (the body, or the cell, where they count as cell paragraphs).
/// - A bookmark starts on the open paragraph; one between paragraphs waits for the next
///   paragraph that starts, or, at the end of a cell or the body, goes on the last paragraph.
/// - Cells: `text` is the cell's own paragraphs joined by `\n`; anchors move to the cell with
///   the index of their paragraph; `blocks` is set only when the cell holds a nested table.
struct DocxDocumentBuilder {
  private enum Kind { case container, paragraph, table }
  private enum ContainerRole { case body, cell, orphanCell, textBox, detached }

  private struct Container {
    var role: ContainerRole
    var blocks: [Block] = []
    var cell = DocxTableLayout.WordCell(cell: Cell(""))
  }

  private struct OpenParagraph {
    var text: [UInt8] = []
    var anchors: [Anchor] = []
    var styleId: String?
    var outlineLevel: Int?
    var following: [Block] = []
  }

  private struct OpenTable {
    var declaredColumns = 0
    var rows: [DocxTableLayout.WordRow] = []
    var position: XMLPosition?
  }

  private var kinds: [Kind] = [.container]
  private var containers: [Container] = [Container(role: .body)]
  private var paragraphs: [OpenParagraph] = []
  private var tables: [OpenTable] = []
  private var pendingAnchors: [Anchor] = []
  private var warnedTextOutsideParagraph = false
  private let styles: DocxStyles
  private let revisions: DocxReadOptions.Revisions
  private let place: SourceLocation
  private(set) var warnings: [DocumentWarning] = []
  /// The most grid positions one table may have (`TableSizeLimit`).
  var maximumPositions = Int.max
  /// The first table over `maximumPositions` (not laid out): rows, columns and where it started.
  private(set) var oversizedTable: (rows: Int, columns: Int, position: XMLPosition?)?
  /// The most tables nested in one another. Each level is a few frames of recursion in every
  /// writer and check, and six levels of JSON, whose reader stops at 512: 64 levels stay well
  /// inside both (Word documents rarely pass three).
  static let maximumTableDepth = 64
  /// Where a table nested deeper than `maximumTableDepth` started; everything after it is ignored.
  private(set) var tooDeepTable: XMLPosition??

  /// The parser's position, for warnings.
  var locator: XMLLocator?

  /// Creates a builder.
  ///
  /// - Parameters:
  ///   - styles: Paragraph styles, for names and heading levels.
  ///   - revisions: Which side of tracked row changes to keep.
  ///   - place: The file and part, for warnings.
  init(styles: DocxStyles, revisions: DocxReadOptions.Revisions, place: SourceLocation) {
    self.styles = styles
    self.revisions = revisions
    self.place = place
  }

  mutating func handle(_ event: DocxEvent) {
    guard tooDeepTable == nil else { return }
    switch event {
    case .text(let bytes):
      if kinds.last == .paragraph {
        paragraphs[paragraphs.count - 1].text.append(contentsOf: bytes)
      } else {
        textOutsideParagraph()
      }
    case .character(let scalar):
      if kinds.last == .paragraph {
        paragraphs[paragraphs.count - 1].text.append(contentsOf: String(Character(scalar)).utf8)
      } else {
        textOutsideParagraph()
      }
    case .paragraphStart:
      if kinds.last == .paragraph { push(Container(role: .detached)) }
      kinds.append(.paragraph)
      paragraphs.append(OpenParagraph(anchors: pendingAnchors))
      pendingAnchors = []
    case .paragraphStyle(let id):
      if kinds.last == .paragraph { paragraphs[paragraphs.count - 1].styleId = id }
    case .paragraphOutlineLevel(let level):
      if kinds.last == .paragraph { paragraphs[paragraphs.count - 1].outlineLevel = level }
    case .paragraphEnd:
      endParagraph()
    case .bookmark(let name):
      if kinds.last == .paragraph {
        paragraphs[paragraphs.count - 1].anchors.append(Anchor(name: name))
      } else {
        pendingAnchors.append(Anchor(name: name))
      }
    case .tableStart where tables.count >= Self.maximumTableDepth:
      tooDeepTable = .some(locator?.position)
    case .tableStart:
      kinds.append(.table)
      tables.append(OpenTable(position: locator?.position))
    case .gridColumn:
      if kinds.last == .table { tables[tables.count - 1].declaredColumns += 1 }
    case .rowStart:
      if kinds.last == .table { tables[tables.count - 1].rows.append(DocxTableLayout.WordRow()) }
    case .rowHeader, .rowGridBefore, .rowGridAfter, .rowRevision:
      setRowProperty(event)
    case .cellStart:
      let role: ContainerRole = kinds.last == .table ? .cell : .orphanCell
      push(Container(role: role, cell: DocxTableLayout.WordCell(cell: Cell(""), position: locator?.position)))
    case .cellGridSpan, .cellVerticalMerge, .cellHorizontalMerge:
      setCellProperty(event)
    case .cellEnd:
      endCell()
    case .rowEnd:
      break
    case .tableEnd:
      endTable()
    case .textBoxStart:
      push(Container(role: .textBox))
    case .textBoxEnd:
      guard kinds.last == .container, containers.count > 1 else { return }
      let box = popContainer()
      for block in box.blocks { append(block) }
    case .warning(let kind, let message):
      warn(kind, message)
    }
  }

  /// Ends the body and returns its blocks.
  mutating func finish() -> [Block] {
    while kinds.count > 1 {
      switch kinds.last {
      case .paragraph: endParagraph()
      case .table: endTable()
      default: endCell()
      }
    }
    var body = containers[0]
    containers[0].blocks = []
    attachPendingAnchors(to: &body)
    if !pendingAnchors.isEmpty {
      let names = pendingAnchors.map(\.name).joined(separator: ", ")
      warn(.contentSkipped, "bookmark \(names) has no paragraph to stand on; dropped")
    }
    return body.blocks
  }

  private mutating func warn(_ kind: DocumentWarning.Kind, _ message: String, at position: XMLPosition? = nil) {
    var location = place
    if let position = position ?? locator?.position {
      location.line = position.line
      location.column = position.column
    }
    warnings.append(DocumentWarning(kind, message, at: location))
  }

  private mutating func textOutsideParagraph() {
    guard !warnedTextOutsideParagraph else { return }
    warnedTextOutsideParagraph = true
    warn(.contentSkipped, "text outside any paragraph skipped")
  }

  private mutating func push(_ container: Container) {
    kinds.append(.container)
    containers.append(container)
  }

  private mutating func popContainer() -> Container {
    kinds.removeLast()
    var container = containers.removeLast()
    attachPendingAnchors(to: &container)
    return container
  }

  /// Bookmarks left over at the end of a container go on its last paragraph.
  private mutating func attachPendingAnchors(to container: inout Container) {
    guard !pendingAnchors.isEmpty, case .paragraph(var last)? = container.blocks.last else { return }
    last.anchors += pendingAnchors
    pendingAnchors = []
    container.blocks[container.blocks.count - 1] = .paragraph(last)
  }

  /// Adds a finished block where it belongs: after the open paragraph, or to the open container.
  private mutating func append(_ block: Block) {
    switch kinds.last {
    case .paragraph:
      paragraphs[paragraphs.count - 1].following.append(block)
    case .container:
      containers[containers.count - 1].blocks.append(block)
    default:
      warn(.contentSkipped, "content directly inside a table row, outside any cell, skipped")
    }
  }

  private mutating func endParagraph() {
    guard kinds.last == .paragraph else { return }
    kinds.removeLast()
    let open = paragraphs.removeLast()
    let (text, replaced) = String(decoding: open.text, as: UTF8.self).replacingForbiddenScalars()
    if replaced > 0 {
      warn(.inputNormalized, "\(replaced) control characters replaced by U+FFFD (as Tika does)")
    }
    var paragraph = Paragraph(text, anchors: open.anchors)
    if let id = open.styleId {
      paragraph.style = styles.name(of: id) ?? id
      paragraph.headingLevel = styles.headingLevel(of: id)
    }
    if let level = open.outlineLevel { paragraph.headingLevel = level < 9 ? level + 1 : nil }
    append(.paragraph(paragraph))
    for block in open.following { append(block) }
    if kinds.last == .container, containers[containers.count - 1].role == .detached {
      let detached = popContainer()
      for block in detached.blocks { append(block) }
    }
  }

  private mutating func setRowProperty(_ event: DocxEvent) {
    guard kinds.last == .table, !tables[tables.count - 1].rows.isEmpty else { return }
    let table = tables.count - 1
    let row = tables[table].rows.count - 1
    switch event {
    case .rowHeader: tables[table].rows[row].isHeader = true
    case .rowGridBefore(let count): tables[table].rows[row].gridBefore = max(0, min(count, 1000))
    case .rowGridAfter(let count): tables[table].rows[row].gridAfter = max(0, min(count, 1000))
    case .rowRevision(let deleted): tables[table].rows[row].revisionDeleted = deleted
    default: break
    }
  }

  private mutating func setCellProperty(_ event: DocxEvent) {
    guard kinds.last == .container, containers.count > 1 else { return }
    let index = containers.count - 1
    switch event {
    case .cellGridSpan(let span): containers[index].cell.gridSpan = max(1, min(span, 1000))
    case .cellVerticalMerge(let restart): containers[index].cell.verticalMerge = restart ? .restart : .continue
    case .cellHorizontalMerge(let restart): containers[index].cell.horizontalMerge = restart ? .restart : .continue
    default: break
    }
  }

  private mutating func endCell() {
    guard kinds.last == .container, containers.count > 1 else { return }
    let container = popContainer()
    guard container.role == .cell, kinds.last == .table else {
      for block in container.blocks { append(block) }
      return
    }
    var wordCell = container.cell
    wordCell.cell = Self.cell(from: container.blocks)
    let table = tables.count - 1
    if tables[table].rows.isEmpty { tables[table].rows.append(DocxTableLayout.WordRow()) }
    tables[table].rows[tables[table].rows.count - 1].cells.append(wordCell)
  }

  /// A cell's text, anchors and blocks from its content.
  private static func cell(from blocks: [Block]) -> Cell {
    var texts: [String] = []
    var anchors: [Anchor] = []
    var plain: [Block] = []
    var hasTable = false
    for block in blocks {
      switch block {
      case .paragraph(var paragraph):
        anchors += paragraph.anchors.map { Anchor(name: $0.name, paragraph: texts.count) }
        texts.append(paragraph.text)
        paragraph.anchors = []
        plain.append(.paragraph(paragraph))
      case .table:
        hasTable = true
        plain.append(block)
      }
    }
    return Cell(texts.joined(separator: "\n"), anchors: anchors, blocks: hasTable ? plain : nil)
  }

  private mutating func endTable() {
    guard kinds.last == .table else { return }
    kinds.removeLast()
    let open = tables.removeLast()
    let rows = open.rows.filter { row in
      switch (revisions, row.revisionDeleted) {
      case (.accepted, true?), (.original, false?): false
      default: true
      }
    }
    // A table whose every row is a tracked deletion (or insertion, reading the original) is gone.
    if rows.isEmpty, !open.rows.isEmpty { return }
    // Checked before laying out: the layout pads every row to the widest.
    let columns = max(open.declaredColumns, rows.map { $0.gridBefore + $0.cells.count }.max() ?? 0, 1)
    let (positions, overflow) = rows.count.multipliedReportingOverflow(by: columns)
    if overflow || positions > maximumPositions {
      if oversizedTable == nil { oversizedTable = (rows.count, columns, open.position) }
      return
    }
    var repairs: [(String, XMLPosition?)] = []
    let table = DocxTableLayout.layout(rows: rows, declaredColumns: open.declaredColumns) { repairs.append(($0, $1)) }
    for (message, position) in repairs { warn(.spanRepaired, message, at: position ?? open.position) }
    append(.table(table))
  }
}
