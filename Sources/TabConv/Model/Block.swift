/// One block of a document or of a table cell: a paragraph or a table.
public enum Block: Sendable, Equatable {
  /// A paragraph of text.
  case paragraph(Paragraph)
  /// A table.
  case table(Table)
}

/// A paragraph: its text and the bookmarks that start in it.
public struct Paragraph: Sendable, Equatable {
  /// The paragraph's text; line breaks inside it are `\n`, tabs `\t`.
  public var text: String
  /// Bookmarks that start in this paragraph, in document order.
  public var anchors: [Anchor]
  /// The heading level (1–9) when the source marks the paragraph as a heading.
  public var headingLevel: Int?
  /// The source's style name for the paragraph, when it has one.
  public var style: String?

  /// Creates a paragraph.
  ///
  /// - Parameters:
  ///   - text: The text, `\n` for line breaks.
  ///   - anchors: Bookmarks starting in the paragraph.
  ///   - headingLevel: The heading level, if the paragraph is a heading.
  ///   - style: The source's style name.
  public init(_ text: String, anchors: [Anchor] = [], headingLevel: Int? = nil, style: String? = nil) {
    self.text = text
    self.anchors = anchors
    self.headingLevel = headingLevel
    self.style = style
  }
}
