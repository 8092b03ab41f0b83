/// A table cell: its text and, when merged, how far it spans.
public struct Cell: Sendable, Equatable {
  /// The cell's paragraphs joined by `\n`; text of nested tables is not included.
  public var text: String
  /// How many rows the cell covers (1 when not merged down).
  public var rowSpan: Int
  /// How many grid columns the cell covers (1 when not merged across).
  public var colSpan: Int
  /// Where the span came from; nil when the cell is not merged.
  public var spanSource: SpanSource?
  /// Bookmarks that start in this cell.
  public var anchors: [Anchor]
  /// The footnotes, endnotes and comments the cell's paragraphs refer to, each with its paragraph.
  public var noteReferences: [NoteReference]
  /// The cell's content in order, when it holds more than paragraphs (a nested table);
  /// nil for a cell of plain paragraphs, which `text` describes fully.
  public var blocks: [Block]?

  /// Creates a cell.
  ///
  /// - Parameters:
  ///   - text: The cell's paragraphs joined by `\n`.
  ///   - rowSpan: Rows covered.
  ///   - colSpan: Grid columns covered.
  ///   - spanSource: Where the span came from, for a merged cell.
  ///   - anchors: Bookmarks starting in the cell.
  ///   - blocks: The cell's content in order, when it holds nested tables.
  ///   - noteReferences: The notes the cell's paragraphs refer to.
  public init(
    _ text: String, rowSpan: Int = 1, colSpan: Int = 1, spanSource: SpanSource? = nil,
    anchors: [Anchor] = [], blocks: [Block]? = nil, noteReferences: [NoteReference] = []
  ) {
    self.noteReferences = noteReferences
    self.text = text
    self.rowSpan = rowSpan
    self.colSpan = colSpan
    self.spanSource = spanSource
    self.anchors = anchors
    self.blocks = blocks
  }

  /// Whether the cell covers more than its own grid position.
  public var isMerged: Bool { rowSpan > 1 || colSpan > 1 }
}

/// Where a cell's span came from.
public enum SpanSource: String, Sendable, Equatable {
  /// The source format states the merge (docx `w:gridSpan`, `w:vMerge`; HTML `rowspan`).
  case declared
  /// tabconv rebuilt the merge from a format that loses it (Tika text).
  case inferred
}
