/// How Tika prints a paragraph's own line: list prefix, bookmark markers, text with note reference
/// marks, then comment and note suffixes (tika-text-format.md R3, R5, R6, R8, R9; POI's
/// `XWPFParagraph` footnote text and `XWPFCommentsDecorator`).
struct TikaNoteIndex {
  private var notes: [Note.Kind: [String: Note]] = [:]

  init(_ notes: [Note]) {
    for note in notes where self.notes[note.kind]?[note.id] == nil {
      self.notes[note.kind, default: [:]][note.id] = note
    }
  }

  /// The paragraph's line without its closing `\n` (and without its text boxes).
  func line(of paragraph: Paragraph) -> String {
    let (prefix, body) = Self.splitLabel(paragraph)
    var line = prefix
    line += TikaTextRules.bookmarkMarkers(paragraph.anchors.map(\.name))
    line += Self.runText(
      body, references: paragraph.noteReferences, shift: paragraph.text.unicodeScalars.count - body.count)
    for reference in paragraph.noteReferences where reference.kind == .comment {
      guard let comment = notes[.comment]?[reference.id] else { continue }
      line += "\tComment by \(comment.author ?? "null"): \(commentText(comment))"
    }
    var noteText = ""
    for reference in paragraph.noteReferences where reference.kind != .comment {
      noteText += " [\(reference.id): "
      if let note = notes[reference.kind]?[reference.id] {
        noteText += Self.topParagraphs(of: note).map(plainText).joined(separator: "\n")
      } else {
        noteText += "!!! End note with ID \"\(reference.id)\" not found in document."
      }
      noteText += "] "
    }
    if !noteText.isEmpty { line += noteText + "\n" }
    return line
  }

  /// POI's `XWPFComment.getText()`: the comment's paragraphs, `\n` before each one once text has begun.
  private func commentText(_ comment: Note) -> String {
    var text = ""
    for paragraph in Self.topParagraphs(of: comment) {
      if !text.isEmpty { text += "\n" }
      text += plainText(paragraph)
    }
    return text
  }

  /// POI's `XWPFParagraph.getText()` for a note's paragraph: run text with reference marks, no
  /// list prefix or bookmarks, and its own note suffixes.
  private func plainText(_ paragraph: Paragraph) -> String {
    let body = Self.splitLabel(paragraph).body
    var text = Self.runText(
      body, references: paragraph.noteReferences, shift: paragraph.text.unicodeScalars.count - body.count)
    for reference in paragraph.noteReferences where reference.kind != .comment {
      let note = notes[reference.kind]?[reference.id]
      text +=
        " [\(reference.id): " + (note.map { Self.topParagraphs(of: $0).map(\.text).joined(separator: "\n") } ?? "")
        + "] "
    }
    return text
  }

  /// A note's top-level paragraphs, as POI lists them (not those of its tables or text boxes).
  private static func topParagraphs(of note: Note) -> [Paragraph] {
    note.blocks.compactMap { block in
      if case .paragraph(let paragraph) = block, !paragraph.inTextBox { return paragraph }
      return nil
    }
  }

  /// The list prefix Tika writes (the label and one space) and the text after Word's label and separator.
  private static func splitLabel(_ paragraph: Paragraph) -> (prefix: String, body: [Unicode.Scalar]) {
    let scalars = Array(paragraph.text.unicodeScalars)
    guard let label = paragraph.listLabel, scalars.starts(with: label.unicodeScalars) else { return ("", scalars) }
    var start = label.unicodeScalars.count
    if start < scalars.count, scalars[start] == "\t" || scalars[start] == " " { start += 1 }
    return (label + " ", Array(scalars[start...]))
  }

  /// The text with `[footnoteRef:N]`/`[endnoteRef:N]` where the references stand; offsets count
  /// from the paragraph's full text, `shift` scalars before `body`.
  private static func runText(_ body: [Unicode.Scalar], references: [NoteReference], shift: Int) -> String {
    let marks = references.enumerated()
      .filter { $0.element.kind != .comment }
      .map { (at: min(max($0.element.offset - shift, 0), body.count), order: $0.offset, reference: $0.element) }
      .sorted { ($0.at, $0.order) < ($1.at, $1.order) }
    var text = String.UnicodeScalarView()
    var position = 0
    for mark in marks {
      text.append(contentsOf: body[position..<mark.at])
      position = mark.at
      let name = mark.reference.kind == .footnote ? "footnoteRef" : "endnoteRef"
      text.append(contentsOf: "[\(name):\(mark.reference.id)]".unicodeScalars)
    }
    text.append(contentsOf: body[position...])
    return String(text)
  }
}
