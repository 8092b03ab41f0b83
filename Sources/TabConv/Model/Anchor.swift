/// A named place in a document: a Word bookmark such as `_GoBack` or `_Toc…`.
///
/// Anchors are not text: they sit on the paragraph or cell where the bookmark starts.
/// Names with a leading `_` are hidden in Word but kept here, so round trips are exact.
public struct Anchor: Sendable, Equatable {
  /// The bookmark's name.
  public var name: String
  /// For an anchor on a table cell: the index (0-based) of the cell paragraph it starts in.
  public var paragraph: Int

  /// Creates an anchor.
  ///
  /// - Parameters:
  ///   - name: The bookmark's name.
  ///   - paragraph: For a cell, which of its paragraphs the bookmark starts in.
  public init(name: String, paragraph: Int = 0) {
    self.name = name
    self.paragraph = paragraph
  }

  /// Whether Word hides this name from its bookmark list (a leading underscore).
  public var isHidden: Bool { name.hasPrefix("_") }
}
