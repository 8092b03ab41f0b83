/// Writes `word/footnotes.xml`, `word/endnotes.xml` and `word/comments.xml`: the document's
/// notes of one kind, in order, each with the model's id (ECMA-376 Part 1, §17.11, §17.13.4).
///
/// - Footnotes and endnotes start with Word's separator (id -1) and continuation separator
///   (id 0), which Word needs to lay out the note area and the settings name
///   (`DocxPackageWriter`); the reader skips them. When the document has a note of that id
///   already, the separators are left out (Word then draws none).
/// - Each note's first paragraph starts with its mark (`w:footnoteRef`, `w:endnoteRef`,
///   `w:annotationRef`), which the reader skips; a note that starts with a table has none.
/// - A comment gets `w:author` when the model has one (none: no attribute, so it reads back
///   without) and `w:initials` made of the author's first character; no date.
struct DocxNotesWriter {
  /// The ids of Word's separator notes.
  static let separatorIds = ["-1", "0"]

  let kind: Note.Kind
  let notes: [Note]

  /// The notes of one kind of a document.
  init(_ kind: Note.Kind, of document: Document) {
    self.kind = kind
    notes = document.notes.filter { $0.kind == kind }
  }

  /// Whether the part holds Word's separator notes: footnotes and endnotes whose ids leave -1 and 0 free.
  var hasSeparators: Bool {
    kind != .comment && !notes.contains { Self.separatorIds.contains($0.id) }
  }

  /// Writes the part through a body writer (which carries bookmark and drawing ids across parts).
  func write(with body: inout DocxBodyWriter) throws(XMLWriteFailure) {
    let xml = body.xml
    let (root, element, mark): (String, String, DocxNoteMark) =
      switch kind {
      case .footnote: ("w:footnotes", "w:footnote", .footnote)
      case .endnote: ("w:endnotes", "w:endnote", .endnote)
      case .comment: ("w:comments", "w:comment", .comment)
      }
    try body.startRoot(root)
    if hasSeparators {
      for (id, type) in zip(Self.separatorIds, ["separator", "continuationSeparator"]) {
        try xml.start(element)
        try xml.attribute("w:type", type)
        try xml.attribute("w:id", id)
        try xml.start("w:p")
        try xml.start("w:r")
        try xml.empty("w:" + type)
        try xml.end()
        try xml.end()
        try xml.end()
      }
    }
    for note in notes {
      try xml.start(element)
      try xml.attribute("w:id", note.id)
      if kind == .comment, let author = note.author {
        try xml.attribute("w:author", author)
        if let initial = author.first { try xml.attribute("w:initials", String(initial)) }
      }
      try body.write(note.blocks, width: DocxBodyWriter.textWidth, firstMark: mark)
      try xml.end()
    }
    try xml.end()
  }
}
