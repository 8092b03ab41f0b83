/// One block of a document or of a table cell: a paragraph or a table.
public enum Block: Sendable, Equatable {
  /// A paragraph of text.
  case paragraph(Paragraph)
  /// A table.
  case table(Table)
}

/// A paragraph: its text, the bookmarks that start in it and the notes it refers to.
public struct Paragraph: Sendable, Equatable {
  /// The paragraph's text; line breaks inside it are `\n`, tabs `\t`.
  ///
  /// For a list item it starts with the item's label and the separator after it, as Word shows
  /// them (`一、部门职责`).
  public var text: String
  /// Bookmarks that start in this paragraph, in document order.
  public var anchors: [Anchor]
  /// The heading level (1–9) when the source marks the paragraph as a heading.
  public var headingLevel: Int?
  /// The source's style name for the paragraph, when it has one.
  public var style: String?
  /// For a list item: its automatic label as Word shows it (`一、`, `1.`, `•`).
  ///
  /// The label is without the tab or space that follows it; `text` starts with this label.
  public var listLabel: String?
  /// The footnotes, endnotes and comments the paragraph refers to, in document order.
  public var noteReferences: [NoteReference]
  /// Whether the paragraph stands in a text box; the box's blocks follow its host paragraph.
  public var inTextBox: Bool

  /// Creates a paragraph.
  ///
  /// - Parameters:
  ///   - text: The text, `\n` for line breaks.
  ///   - anchors: Bookmarks starting in the paragraph.
  ///   - headingLevel: The heading level, if the paragraph is a heading.
  ///   - style: The source's style name.
  ///   - listLabel: For a list item, the label `text` starts with.
  ///   - noteReferences: The notes the paragraph refers to.
  ///   - inTextBox: Whether the paragraph stands in a text box.
  public init(
    _ text: String, anchors: [Anchor] = [], headingLevel: Int? = nil, style: String? = nil, listLabel: String? = nil,
    noteReferences: [NoteReference] = [], inTextBox: Bool = false
  ) {
    self.text = text
    self.anchors = anchors
    self.headingLevel = headingLevel
    self.style = style
    self.listLabel = listLabel
    self.noteReferences = noteReferences
    self.inTextBox = inTextBox
  }
}
