/// Assembles a .docx package (ECMA-376 Part 2, Open Packaging Conventions) around a document:
/// each part `DocxPackagePlan` lists written with libxml2's text writer, then zipped.
///
/// Parts: `[Content_Types].xml` (first in the zip; `Default`s for `.rels` and `.xml`, an
/// `Override` per Word part), `_rels/.rels` (the main document), `word/document.xml`
/// (`DocxBodyWriter`), `word/_rels/document.xml.rels`, `word/styles.xml` (`DocxStyleSheet`),
/// `word/settings.xml`, and when the document needs them `word/numbering.xml`
/// (`DocxNumberingWriter`), the notes parts (`DocxNotesWriter`) and headers and footers. No
/// `docProps/`: the model's source information is not written, and Word, LibreOffice, pandoc and
/// python-docx open packages without it.
struct DocxPackageWriter {
  private let document: Document
  private let styles: DocxStyleSheet
  private let numbering: DocxNumberingWriter
  private let plan: DocxPackagePlan

  /// Prepares the package of a document.
  init(_ document: Document) {
    self.document = document
    styles = DocxStyleSheet(for: document)
    numbering = DocxNumberingWriter(for: document)
    plan = DocxPackagePlan(document, numbering: numbering)
  }

  /// The package's bytes.
  ///
  /// - Throws: `DocxWriteError` naming the part when libxml2 or libzip fail.
  func bytes() throws(DocxWriteError) -> [UInt8] {
    var zip = ZipWriter()
    var counters = DocxBodyWriter.Counters()
    for part in plan.parts {
      do {
        zip.add(part.path, try xml(of: part, counters: &counters))
      } catch {
        throw DocxWriteError(.xml(call: error.call), at: SourceLocation(part: part.path))
      }
    }
    do {
      return try zip.bytes()
    } catch {
      throw DocxWriteError(.zip(call: error.call, message: error.message), at: SourceLocation(part: error.entry))
    }
  }

  /// One part's XML; story parts (the body, notes, headers and footers) carry the unique ids
  /// they use on to the next through `counters`.
  private func xml(of part: WordPart, counters: inout DocxBodyWriter.Counters) throws(XMLWriteFailure) -> [UInt8] {
    let xml = try XMLTextWriter()
    var body = DocxBodyWriter(xml: xml, styles: styles, numbering: numbering, counters: counters)
    switch part {
    case .contentTypes:
      try writeContentTypes(xml)
    case .packageRelationships:
      try writeRelationships([.document], xml)
    case .document:
      try body.writeDocument(document, sections: plan.sections)
    case .documentRelationships:
      try writeRelationships(plan.relatedToDocument, xml)
    case .styles:
      try styles.write(to: xml)
    case .settings:
      try writeSettings(xml)
    case .numbering:
      try numbering.write(to: xml)
    case .footnotes:
      try DocxNotesWriter(.footnote, of: document).write(with: &body)
    case .endnotes:
      try DocxNotesWriter(.endnote, of: document).write(with: &body)
    case .comments:
      try DocxNotesWriter(.comment, of: document).write(with: &body)
    case .header:
      try body.writeFurniture(.header, blocks: plan.furnitureBlocks[part] ?? [])
    case .footer:
      try body.writeFurniture(.footer, blocks: plan.furnitureBlocks[part] ?? [])
    }
    counters = body.counters
    return try xml.finish()
  }

  private func writeContentTypes(_ xml: XMLTextWriter) throws(XMLWriteFailure) {
    try xml.start("Types")
    try xml.attribute("xmlns", WordWritingNamespace.contentTypes)
    for fallback in [WordDefaultContentType.relationships, WordDefaultContentType.xml] {
      try xml.empty("Default", ["Extension": fallback.extension, "ContentType": fallback.type])
    }
    for part in plan.parts {
      guard let type = part.overrideContentType else { continue }
      try xml.empty("Override", ["PartName": "/" + part.path, "ContentType": type])
    }
    try xml.end()
  }

  /// A relationships part with one relationship per target part, ids `rId1`, `rId2`, … in order.
  private func writeRelationships(_ targets: [WordPart], _ xml: XMLTextWriter) throws(XMLWriteFailure) {
    try xml.start("Relationships")
    try xml.attribute("xmlns", WordNamespace.packageRelationships.transitionalURI)
    for (index, part) in targets.enumerated() {
      guard let relationship = part.relationship else { continue }
      try xml.empty(
        "Relationship", ["Id": "rId\(index + 1)", "Type": relationship.type, "Target": relationship.target])
    }
    try xml.end()
  }

  /// Writes `word/settings.xml`.
  ///
  /// A 0.29-inch default tab stop (Chinese Word's 420 twips), different odd and even
  /// headers when the document has even-page ones, no compression of punctuation, the separator
  /// notes of the footnotes and endnotes parts, and Word 2013+ layout (compatibility mode 15) so
  /// Word does not open it in compatibility mode. Elements in the order of `CT_Settings`
  /// (ECMA-376 Part 1, §17.15.1.78).
  private func writeSettings(_ xml: XMLTextWriter) throws(XMLWriteFailure) {
    try xml.start("w:settings")
    try xml.attribute("xmlns:w", WordNamespace.main.transitionalURI)
    try xml.empty("w:defaultTabStop", ["w:val": "420"])
    if plan.hasEvenPageFurniture { try xml.empty("w:evenAndOddHeaders") }
    try xml.empty("w:characterSpacingControl", ["w:val": "doNotCompress"])
    for (kind, properties, element) in [
      (Note.Kind.footnote, "w:footnotePr", "w:footnote"), (.endnote, "w:endnotePr", "w:endnote"),
    ] {
      let notes = DocxNotesWriter(kind, of: document)
      guard !notes.notes.isEmpty, notes.hasSeparators else { continue }
      try xml.start(properties)
      for id in DocxNotesWriter.separatorIds { try xml.empty(element, ["w:id": id]) }
      try xml.end()
    }
    try xml.start("w:compat")
    try xml.empty(
      "w:compatSetting",
      ["w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word", "w:val": "15"])
    try xml.end()
    try xml.end()
  }
}
