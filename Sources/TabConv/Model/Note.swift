/// A footnote, an endnote or a comment: its own content, kept apart from the body.
///
/// Paragraphs point at their notes through `NoteReference`s (same `kind` and `id`). Word's
/// separator and continuation footnotes are page layout, not notes, and are never listed.
public struct Note: Sendable, Equatable {
  /// What kind of note.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// A footnote (`w:footnote`).
    case footnote
    /// An endnote (`w:endnote`).
    case endnote
    /// A comment (`w:comment`).
    case comment
  }

  /// What kind of note this is.
  public var kind: Kind
  /// The note's id, unique among notes of its kind (Word's `w:id`).
  public var id: String
  /// For a comment: who wrote it, when the source says.
  public var author: String?
  /// The note's paragraphs and tables.
  public var blocks: [Block]

  /// Creates a note.
  ///
  /// - Parameters:
  ///   - kind: Footnote, endnote or comment.
  ///   - id: The note's id among notes of its kind.
  ///   - author: For a comment, its author.
  ///   - blocks: The note's content.
  public init(kind: Kind, id: String, author: String? = nil, blocks: [Block]) {
    self.kind = kind
    self.id = id
    self.author = author
    self.blocks = blocks
  }
}

/// Where a note is referred to: the reference mark of a footnote or endnote, or the start of a
/// comment's range, in a paragraph's text.
///
/// The mark itself adds no text: `offset` says where it stands.
public struct NoteReference: Sendable, Equatable {
  /// The kind of note referred to.
  public var kind: Note.Kind
  /// The id of the note referred to.
  public var id: String
  /// Where the reference stands: an offset in Unicode scalars into the paragraph's text
  /// (0: before the first character; the text's length: after the last).
  public var offset: Int
  /// For a reference in a table cell: the index (0-based) of the cell paragraph it stands in.
  public var paragraph: Int

  /// Creates a reference.
  ///
  /// - Parameters:
  ///   - kind: The kind of note referred to.
  ///   - id: The note's id.
  ///   - offset: The offset in Unicode scalars into the paragraph's text.
  ///   - paragraph: For a cell, which of its paragraphs the reference stands in.
  public init(kind: Note.Kind, id: String, offset: Int, paragraph: Int = 0) {
    self.kind = kind
    self.id = id
    self.offset = offset
    self.paragraph = paragraph
  }
}
