/// What a conversion cannot carry over, counted by kind, with the places.
///
/// The content a document has that the target format cannot hold. Computed from
/// `FormatCapabilities`, never inside a writer, so every writer is judged the same way.
public struct LossReport: Sendable, Equatable {
  /// A kind of content lost, and where.
  public struct Item: Sendable, Equatable {
    /// What is lost.
    public var kind: Kind
    /// How many.
    public var count: Int
    /// Where: block, row and cell (1-based), up to `LossReport.placeLimit` of them.
    public var places: [SourceLocation]
  }

  /// The kinds of content a format may not hold.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// Paragraphs outside tables (blank ones are not counted).
    case paragraphs
    /// Bookmarks.
    case anchors
    /// Merged cells: the merge itself (the text may still be written). Spans a format's own
    /// layout gives back when read again (Tika text's inferred ones) are not lost.
    case mergedCells = "merged-cells"
    /// Which spans were inferred rather than declared.
    case inferredSpans = "inferred-spans"
    /// Where nested tables sit (they are written as tables of their own).
    case nestedTables = "nested-tables"
    /// Heading levels and style names.
    case styles
    /// Header-row marks.
    case headerRows = "header-rows"
    /// Footnotes, endnotes and comments (each note once, with its references).
    case notes
    /// Headers and footers (each piece of `Document.pageFurniture` once).
    case pageFurniture = "page-furniture"
  }

  /// How many places an item keeps.
  public static let placeLimit = 100

  /// The format written.
  public var target: Format
  /// What is lost, in the order of `Kind`.
  public var items: [Item]
  /// How merged cells were written, for the summary.
  public var merged: CSVWriter.MergedCells?

  /// Whether nothing is lost.
  public var isEmpty: Bool { items.isEmpty }

  /// Compares a document against what a format can hold.
  ///
  /// - Parameters:
  ///   - document: The document.
  ///   - target: The output format.
  ///   - tables: For table-only formats, the tables written (table content elsewhere is not counted as lost).
  ///   - merged: For CSV and TSV, how merged cells are written.
  /// - Returns: The report.
  public static func compute(
    for document: Document, writing target: Format, tables: [FlatTable]? = nil, merged: CSVWriter.MergedCells? = nil
  ) -> LossReport {
    var accumulator = Accumulator(writing: target, merged: merged)
    for (index, block) in document.blocks.enumerated() {
      guard case .paragraph(let paragraph) = block else { continue }
      accumulator.add(paragraph, block: index + 1)
    }
    for flat in tables ?? document.flatTables { accumulator.add(flat) }
    accumulator.addOutsideBody(document)
    return accumulator.report
  }

  /// Builds a loss report block by block, as a streaming conversion writes, giving the report
  /// `compute` gives for the whole document: paragraphs' places before tables' in each kind.
  public struct Accumulator: Sendable {
    private let target: Format
    private let capabilities: FormatCapabilities
    private let merged: CSVWriter.MergedCells?
    private let table: Int?
    private var paragraphs = Counter()
    private var tables = Counter()
    private var blockCount = 0
    /// How many flat tables (nested ones included) the blocks added so far hold.
    public private(set) var tableCount = 0

    /// Starts an empty report.
    ///
    /// - Parameters:
    ///   - target: The output format.
    ///   - merged: For CSV and TSV, how merged cells are written.
    ///   - table: For table-only formats, the one flat table written (1-based); nil for all.
    public init(writing target: Format, merged: CSVWriter.MergedCells? = nil, table: Int? = nil) {
      self.target = target
      capabilities = FormatRegistry.capabilities(of: target)
      self.merged = merged
      self.table = table
    }

    /// Counts the next top-level block of the body.
    public mutating func add(_ block: Block) {
      blockCount += 1
      switch block {
      case .paragraph(let paragraph):
        add(paragraph, block: blockCount)
      case .table(let table):
        let flats = Document.flatTables(of: table, block: blockCount, after: tableCount)
        tableCount += flats.count
        for flat in flats where self.table == nil || flat.number == self.table { add(flat) }
      }
    }

    /// Counts the notes and the page furniture, which stand outside the body.
    public mutating func addOutsideBody(_ document: Document) {
      if !capabilities.contains(.notes) {
        for index in document.notes.indices { tables.add(.notes, SourceLocation(pointer: "/notes/\(index)")) }
      }
      let lastSection = document.pageFurniture.map(\.section).max()
      for (index, piece) in document.pageFurniture.enumerated() {
        let kept =
          capabilities.contains(.pageFurniture)
          || (capabilities.contains(.lastSectionPageFurniture) && piece.section == lastSection)
        if !kept { tables.add(.pageFurniture, SourceLocation(pointer: "/pageFurniture/\(index)")) }
      }
    }

    /// The report so far.
    public var report: LossReport {
      var merged = paragraphs
      for kind in Kind.allCases {
        guard let entry = tables.counts[kind] else { continue }
        var both = merged.counts[kind] ?? (0, [])
        both.count += entry.count
        both.places = Array((both.places + entry.places).prefix(LossReport.placeLimit))
        merged.counts[kind] = both
      }
      return LossReport(target: target, items: merged.items, merged: self.merged)
    }

    fileprivate mutating func add(_ paragraph: Paragraph, block: Int) {
      let place = SourceLocation(block: block)
      if !capabilities.contains(.paragraphs), !ValueParser.trim(paragraph.text).isEmpty {
        paragraphs.add(.paragraphs, place)
      }
      if !capabilities.contains(.anchors) { paragraphs.add(.anchors, place, count: paragraph.anchors.count) }
      if !capabilities.contains(.styles), paragraph.headingLevel != nil || paragraph.style != nil {
        paragraphs.add(.styles, place)
      }
    }

    fileprivate mutating func add(_ flat: FlatTable) {
      let place = SourceLocation(block: flat.block)
      if !capabilities.contains(.nestedTables), flat.parent != nil { tables.add(.nestedTables, place) }
      for (rowIndex, row) in flat.table.rows.enumerated() {
        if !capabilities.contains(.styles), row.isHeader {
          tables.add(.headerRows, SourceLocation(block: flat.block, row: rowIndex + 1))
        }
        for (cellIndex, cell) in row.cells.enumerated() {
          if !capabilities.contains(.anchors), !cell.anchors.isEmpty {
            tables.add(
              .anchors, SourceLocation(block: flat.block, row: rowIndex + 1, cell: cellIndex + 1),
              count: cell.anchors.count)
          }
          guard cell.isMerged else { continue }
          func cellPlace() -> SourceLocation {
            SourceLocation(block: flat.block, row: rowIndex + 1, cell: cellIndex + 1)
          }
          let comesBack = cell.spanSource == .inferred && capabilities.contains(.ownInferredSpans)
          if !capabilities.contains(.spans), !comesBack {
            tables.add(.mergedCells, cellPlace())
          } else if capabilities.contains(.spans), !capabilities.contains(.spanSources), cell.spanSource == .inferred {
            tables.add(.inferredSpans, cellPlace())
          }
        }
      }
    }
  }

  /// One line for people: `77 paragraphs, 1 anchor, 41 merged cells (as repeated text)`.
  public var summary: String {
    items.map { item in
      switch item.kind {
      case .paragraphs: plural(item.count, "paragraph")
      case .anchors: plural(item.count, "anchor")
      case .mergedCells:
        plural(item.count, "merged cell")
          + (merged == .fill ? " (as repeated text)" : merged == .blank ? " (as empty positions)" : " (as plain cells)")
      case .inferredSpans: plural(item.count, "inferred span") + " (as declared)"
      case .nestedTables: plural(item.count, "nested table") + " (as tables of their own)"
      case .styles: plural(item.count, "heading level or style", "heading levels or styles")
      case .headerRows: plural(item.count, "header-row mark")
      case .notes: plural(item.count, "footnote, endnote or comment", "footnotes, endnotes or comments")
      case .pageFurniture: plural(item.count, "header or footer", "headers or footers")
      }
    }.joined(separator: ", ")
  }

  private func plural(_ count: Int, _ one: String, _ many: String? = nil) -> String {
    "\(count) \(count == 1 ? one : many ?? one + "s")"
  }

  fileprivate struct Counter: Sendable {
    var counts: [Kind: (count: Int, places: [SourceLocation])] = [:]

    /// Counts a loss; its place is built only while places are still kept.
    mutating func add(_ kind: Kind, _ place: @autoclosure () -> SourceLocation, count: Int = 1) {
      guard count > 0 else { return }
      // In place: a copy of the entry would copy its places on every append.
      counts[kind, default: (0, [])].count += count
      if counts[kind, default: (0, [])].places.count < LossReport.placeLimit {
        counts[kind, default: (0, [])].places.append(place())
      }
    }

    var items: [Item] {
      Kind.allCases.compactMap { kind in counts[kind].map { Item(kind: kind, count: $0.count, places: $0.places) } }
    }
  }
}
