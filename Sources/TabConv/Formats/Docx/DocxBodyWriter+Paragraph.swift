/// The mark a note's own first paragraph starts with.
///
/// Word shows the note's number there (`w:footnoteRef`, `w:endnoteRef`) or a comment's initials
/// (`w:annotationRef`). The reader skips it.
enum DocxNoteMark {
  case footnote, endnote, comment
}

/// Paragraphs: properties, bookmarks, runs of text split at note references, a text box.
extension DocxBodyWriter {
  /// Writes a paragraph.
  ///
  /// - Parameters:
  ///   - paragraph: The paragraph, with the anchors and note references it holds.
  ///   - textBox: The blocks of the text box it hosts (none: no text box).
  ///   - mark: The note mark it starts with, for a note's first paragraph.
  ///   - width: The width of its container in twips, for the text box.
  mutating func write(
    _ paragraph: Paragraph, textBox: [Block], mark: DocxNoteMark? = nil, width: Int = DocxBodyWriter.textWidth
  ) throws(XMLWriteFailure) {
    try xml.start("w:p")
    let item = numbering.item(for: paragraph)
    let sectionBreak = depth == 0 && !paragraph.inTextBox && !sectionBreaks.isEmpty ? sectionBreaks.removeFirst() : nil
    let level = paragraph.headingLevel.map { min(max($0, 1), 9) }
    let styleLevel = paragraph.style.flatMap(DocxStyleSheet.headingLevel(ofStyleNamed:))
    if paragraph.style != nil || level != styleLevel || item != nil || sectionBreak != nil {
      try xml.start("w:pPr")
      if let style = paragraph.style { try xml.empty("w:pStyle", ["w:val": styles.id(ofStyleNamed: style)]) }
      if let item {
        try xml.start("w:numPr")
        try xml.empty("w:ilvl", ["w:val": "0"])
        try xml.empty("w:numId", ["w:val": String(item.numId)])
        try xml.end()
      }
      // w:outlineLvl 9 is body text: it takes away a level the style would give.
      if level != styleLevel { try xml.empty("w:outlineLvl", ["w:val": String((level ?? 10) - 1)]) }
      if let sectionBreak { try writeSection(sectionBreak, breaks: true) }
      try xml.end()
    }
    var ids: [Int] = []
    for anchor in paragraph.anchors {
      try xml.empty("w:bookmarkStart", ["w:id": String(counters.bookmark), "w:name": anchor.name])
      ids.append(counters.bookmark)
      counters.bookmark += 1
    }
    if let mark { try writeMark(mark) }
    try writeText(
      item?.text ?? paragraph.text, references: paragraph.noteReferences, shift: item?.prefixLength ?? 0,
      headingLevel: paragraph.style == nil ? level : nil)
    if !textBox.isEmpty { try writeTextBox(textBox, width: width) }
    for id in ids { try xml.empty("w:bookmarkEnd", ["w:id": String(id)]) }
    try xml.end()
  }

  /// The text as runs, with each note reference at its offset (less `shift`, the label's length).
  ///
  /// References keep their order; those at one offset are written in the order given. A
  /// comment's range ends at the end of the text, followed by its reference mark.
  private func writeText(_ text: String, references: [NoteReference], shift: Int, headingLevel: Int?)
    throws(XMLWriteFailure)
  {
    let scalars = text.unicodeScalars
    let ordered = references.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
    var start = scalars.startIndex
    var position = 0
    var comments: [String] = []
    for (_, reference) in ordered {
      let offset = min(max(reference.offset - shift, 0), scalars.count)
      if offset > position {
        let end = scalars.index(start, offsetBy: offset - position)
        try writeRun(String(Substring(scalars[start..<end])), headingLevel: headingLevel)
        (start, position) = (end, offset)
      }
      switch reference.kind {
      case .footnote, .endnote:
        try xml.start("w:r")
        try writeRunStyle(reference.kind == .footnote ? .footnoteReference : .endnoteReference)
        try xml.empty(
          reference.kind == .footnote ? "w:footnoteReference" : "w:endnoteReference", ["w:id": reference.id])
        try xml.end()
      case .comment:
        try xml.empty("w:commentRangeStart", ["w:id": reference.id])
        comments.append(reference.id)
      }
    }
    if start < scalars.endIndex {
      try writeRun(String(Substring(scalars[start...])), headingLevel: headingLevel)
    }
    for id in comments {
      try xml.empty("w:commentRangeEnd", ["w:id": id])
      try xml.start("w:r")
      try writeRunStyle(.commentReference)
      try xml.empty("w:commentReference", ["w:id": id])
      try xml.end()
    }
  }

  private func writeMark(_ mark: DocxNoteMark) throws(XMLWriteFailure) {
    try xml.start("w:r")
    switch mark {
    case .footnote:
      try writeRunStyle(.footnoteReference)
      try xml.empty("w:footnoteRef")
    case .endnote:
      try writeRunStyle(.endnoteReference)
      try xml.empty("w:endnoteRef")
    case .comment:
      try writeRunStyle(.commentReference)
      try xml.empty("w:annotationRef")
    }
    try xml.end()
  }

  private func writeRunStyle(_ style: DocxStyleSheet.CharacterStyle) throws(XMLWriteFailure) {
    try xml.start("w:rPr")
    try xml.empty("w:rStyle", ["w:val": style.rawValue])
    try xml.end()
  }

  /// One run of text; `headingLevel` adds a heading's look as direct formatting.
  private func writeRun(_ text: String, headingLevel: Int?) throws(XMLWriteFailure) {
    try xml.start("w:r")
    if let headingLevel {
      let size = String(DocxStyleSheet.headingSize(headingLevel))
      try xml.start("w:rPr")
      try xml.empty("w:b")
      try xml.empty("w:bCs")
      try xml.empty("w:sz", ["w:val": size])
      try xml.empty("w:szCs", ["w:val": size])
      try xml.end()
    }
    var pending = Substring.UnicodeScalarView(text.unicodeScalars)
    while !pending.isEmpty {
      let end = pending.firstIndex { $0 == "\t" || $0 == "\n" } ?? pending.endIndex
      if end > pending.startIndex {
        try xml.start("w:t")
        try xml.attribute("xml:space", "preserve")
        try xml.text(String(Substring(pending[..<end])))
        try xml.end()
      }
      guard end < pending.endIndex else { break }
      try xml.empty(pending[end] == "\t" ? "w:tab" : "w:br")
      pending = pending[pending.index(after: end)...]
    }
    try xml.end()
  }
}
