/// The members for notes, note references and page furniture.
extension DocumentJSONWriter {
  /// `"notes": [{"kind": "footnote", "id": "1", "blocks": […]}, …]`, absent when there are none.
  func write(_ notes: [Note], first: inout Bool, to out: inout JSONOutput) {
    guard !notes.isEmpty else { return }
    out.key("notes", first: &first)
    out.raw("[")
    for (index, note) in notes.enumerated() {
      if index > 0 { out.raw(",") }
      if pretty { out.newline(indent: 2) }
      var noteFirst = true
      out.raw("{")
      out.key("kind", first: &noteFirst)
      out.string(note.kind.rawValue)
      out.key("id", first: &noteFirst)
      out.string(note.id)
      if let author = note.author {
        out.key("author", first: &noteFirst)
        out.string(author)
      }
      writeInline(note.blocks, first: &noteFirst, to: &out)
      out.raw("}")
    }
    if pretty { out.newline(indent: 1) }
    out.raw("]")
  }

  /// `"pageFurniture": [{"kind": "header", "type": "default", "section": 1, "blocks": […]}, …]`,
  /// absent when there is none.
  func write(_ furniture: [PageFurniture], first: inout Bool, to out: inout JSONOutput) {
    guard !furniture.isEmpty else { return }
    out.key("pageFurniture", first: &first)
    out.raw("[")
    for (index, piece) in furniture.enumerated() {
      if index > 0 { out.raw(",") }
      if pretty { out.newline(indent: 2) }
      var pieceFirst = true
      out.raw("{")
      out.key("kind", first: &pieceFirst)
      out.string(piece.kind.rawValue)
      out.key("type", first: &pieceFirst)
      out.string(piece.type.rawValue)
      out.key("section", first: &pieceFirst)
      out.number(piece.section)
      writeInline(piece.blocks, first: &pieceFirst, to: &out)
      out.raw("}")
    }
    if pretty { out.newline(indent: 1) }
    out.raw("]")
  }

  /// `"notes": [{"kind": …, "id": …, "offset": N}]` on a paragraph, or a cell (with `paragraph`).
  func write(
    _ references: [NoteReference], withParagraphIndex: Bool, first: inout Bool, to out: inout JSONOutput
  ) {
    guard !references.isEmpty else { return }
    out.key("notes", first: &first)
    out.raw("[")
    for (index, reference) in references.enumerated() {
      if index > 0 { out.raw(", ") }
      var referenceFirst = true
      out.raw("{")
      out.key("kind", first: &referenceFirst)
      out.string(reference.kind.rawValue)
      out.key("id", first: &referenceFirst)
      out.string(reference.id)
      out.key("offset", first: &referenceFirst)
      out.number(reference.offset)
      if withParagraphIndex, reference.paragraph != 0 {
        out.key("paragraph", first: &referenceFirst)
        out.number(reference.paragraph)
      }
      out.raw("}")
    }
    out.raw("]")
  }

  /// `"blocks": […]` on one line.
  private func writeInline(_ blocks: [Block], first: inout Bool, to out: inout JSONOutput) {
    out.key("blocks", first: &first)
    out.raw("[")
    var inline = self
    inline.pretty = false
    for (index, block) in blocks.enumerated() {
      if index > 0 { out.raw(", ") }
      inline.write(block, indent: 3, to: &out)
    }
    out.raw("]")
  }
}
