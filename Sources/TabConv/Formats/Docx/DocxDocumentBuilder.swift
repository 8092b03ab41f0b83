/// Builds a `Document` from `DocxEvent`s.
///
/// Open things live on stacks (containers, paragraphs, tables) mutated in place, so a long
/// paragraph or table is never copied while it grows. Placement rules:
/// - A paragraph's text is its runs; style names and heading levels come from `DocxStyles`. A
///   list item's text starts with its label and separator (`DocxListCounter`), `listLabel` set.
/// - Text boxes (`w:txbxContent`) and tables found inside a paragraph are not glued into its
///   text: their paragraphs and tables follow the host paragraph as blocks of their own, in the
///   host's container (the body, or the cell, where they count as cell paragraphs), marked
///   `inTextBox`.
/// - A bookmark starts on the open paragraph; one between paragraphs waits for the next
///   paragraph that starts, or, at the end of a cell or the body, goes on the last paragraph.
///   A comment's range start outside a paragraph waits the same way.
/// - Note references stand at the offset (in Unicode scalars) of the paragraph text read so far,
///   moved past the list label once it is known.
/// - Cells: `text` is the cell's own paragraphs joined by `\n`; anchors and note references move
///   to the cell with the index of their paragraph; `blocks` is set only when the cell holds a
///   nested table.
/// - In a notes part, each footnote, endnote or comment is a container of its own, kept in `notes`;
///   section properties leave their header and footer references in `pageFurnitureReferences`.
struct DocxDocumentBuilder {
  private enum Kind { case container, paragraph, table }
  private enum ContainerRole { case body, cell, orphanCell, textBox, detached, note }

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
    var numId: Int?
    var numLevel: Int?
    var noteReferences: [NoteReference] = []
    var following: [Block] = []

    /// The length of the text read so far, in Unicode scalars.
    var scalarCount: Int { text.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } }
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
  private var pendingComments: [String] = []
  private var startedComments: Set<String> = []
  private var openNotes: [(kind: Note.Kind, id: String, author: String?)] = []
  private var section = 0
  private var warnedTextOutsideParagraph = false
  private var lists: DocxListCounter
  private let styles: DocxStyles
  private let revisions: DocxReadOptions.Revisions
  private let place: SourceLocation
  private(set) var warnings: [DocumentWarning] = []
  /// The footnotes, endnotes or comments of a notes part, in order.
  private(set) var notes: [Note] = []
  /// The header and footer references of the part's sections, in document order.
  private(set) var pageFurnitureReferences: [PageFurnitureReference] = []
  /// The most grid positions one table may have (`TableSizeLimit`).
  var maximumPositions = Int.max
  /// The first table over `maximumPositions` (not laid out): rows, columns and where it started.
  private(set) var oversizedTable: (rows: Int, columns: Int, position: XMLPosition?)?
  /// The most tables nested in one another.
  ///
  /// Each level is a few frames of recursion in every
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
  ///   - numbering: List definitions, for list labels; each part counts its lists on its own.
  ///   - revisions: Which side of tracked row changes to keep.
  ///   - place: The file and part, for warnings.
  init(
    styles: DocxStyles, numbering: DocxNumbering = DocxNumbering(), revisions: DocxReadOptions.Revisions,
    place: SourceLocation
  ) {
    self.styles = styles
    lists = DocxListCounter(numbering: numbering, styles: styles)
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
      paragraphs.append(
        OpenParagraph(
          anchors: pendingAnchors,
          noteReferences: pendingComments.map { NoteReference(kind: .comment, id: $0, offset: 0) }))
      pendingAnchors = []
      pendingComments = []
    case .paragraphStyle(let id):
      if kinds.last == .paragraph { paragraphs[paragraphs.count - 1].styleId = id }
    case .paragraphOutlineLevel(let level):
      if kinds.last == .paragraph { paragraphs[paragraphs.count - 1].outlineLevel = level }
    case .paragraphNumbering(let numId):
      if kinds.last == .paragraph { paragraphs[paragraphs.count - 1].numId = numId }
    case .paragraphNumberingLevel(let level):
      if kinds.last == .paragraph { paragraphs[paragraphs.count - 1].numLevel = level }
    case .noteReference(let kind, let id):
      addNoteReference(kind, id: id)
    case .commentRangeStart(let id):
      startedComments.insert(id)
      if kinds.last == .paragraph {
        addNoteReference(.comment, id: id)
      } else {
        pendingComments.append(id)
      }
    case .commentReference(let id):
      if !startedComments.contains(id) {
        startedComments.insert(id)
        addNoteReference(.comment, id: id)
      }
    case .noteStart(let kind, let id, let author):
      openNotes.append((kind, id, author))
      push(Container(role: .note))
    case .noteEnd:
      endNote()
    case .sectionStart:
      section += 1
    case .pageFurnitureReference(let kind, let type, let relationshipId):
      pageFurnitureReferences.append(
        PageFurnitureReference(kind: kind, type: type, section: max(section, 1), relationshipId: relationshipId))
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
      for block in box.blocks { append(Self.markedInTextBox(block)) }
    case .warning(let kind, let message):
      warn(kind, message)
    }
  }

  /// Takes the finished top-level blocks of the body out of the builder, all but the last one.
  ///
  /// The last one a bookmark or comment start at the very end of the body may still join (`finish()`
  /// returns it with the rest). Blocks of the body are final once a later block follows them.
  mutating func takeFinishedBodyBlocks() -> [Block] {
    guard containers[0].blocks.count > 1 else { return [] }
    var taken: [Block] = []
    swap(&taken, &containers[0].blocks)
    containers[0].blocks.append(taken.removeLast())
    return taken
  }

  /// Ends the body and returns its blocks (those not taken already).
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
    if !pendingComments.isEmpty {
      warn(.contentSkipped, "comment \(pendingComments.joined(separator: ", ")) has no paragraph to stand on; dropped")
      pendingComments = []
    }
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

  /// Bookmarks and comment starts left over at the end of a container go on its last paragraph.
  private mutating func attachPendingAnchors(to container: inout Container) {
    guard !pendingAnchors.isEmpty || !pendingComments.isEmpty, case .paragraph(var last)? = container.blocks.last
    else { return }
    last.anchors += pendingAnchors
    let end = last.text.unicodeScalars.count
    last.noteReferences += pendingComments.map { NoteReference(kind: .comment, id: $0, offset: end) }
    pendingAnchors = []
    pendingComments = []
    container.blocks[container.blocks.count - 1] = .paragraph(last)
  }

  /// A note reference on the open paragraph, where its text has got to.
  private mutating func addNoteReference(_ kind: Note.Kind, id: String) {
    guard kinds.last == .paragraph else {
      warn(.contentSkipped, "a \(kind.rawValue) reference outside any paragraph skipped")
      return
    }
    let index = paragraphs.count - 1
    paragraphs[index].noteReferences.append(NoteReference(kind: kind, id: id, offset: paragraphs[index].scalarCount))
  }

  /// Ends a footnote, endnote or comment and keeps it.
  private mutating func endNote() {
    while kinds.last == .paragraph || kinds.last == .table {
      if kinds.last == .paragraph { endParagraph() } else { endTable() }
    }
    guard kinds.last == .container, containers.last?.role == .note, let open = openNotes.popLast() else { return }
    let container = popContainer()
    notes.append(Note(kind: open.kind, id: open.id, author: open.author, blocks: container.blocks))
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
    var paragraph = Paragraph(text, anchors: open.anchors, noteReferences: open.noteReferences)
    if let label = lists.label(numId: open.numId, level: open.numLevel, styleId: open.styleId) {
      let prefix = label.label + label.suffix
      paragraph.text = prefix + paragraph.text
      paragraph.listLabel = label.label
      let shift = prefix.unicodeScalars.count
      for index in paragraph.noteReferences.indices { paragraph.noteReferences[index].offset += shift }
    }
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
