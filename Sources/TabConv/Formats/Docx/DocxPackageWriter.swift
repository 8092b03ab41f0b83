/// Assembles a .docx package (ECMA-376 Part 2, Open Packaging Conventions) around a document:
/// each part of `WordPart.writingOrder` written with libxml2's text writer, then zipped.
///
/// Parts: `[Content_Types].xml` (first in the zip; `Default`s for `.rels` and `.xml`, an
/// `Override` per Word part), `_rels/.rels` (the main document), `word/document.xml`
/// (`DocxBodyWriter`), `word/_rels/document.xml.rels` (styles and settings), `word/styles.xml`
/// (`DocxStyleSheet`) and `word/settings.xml`. No `docProps/`: the model's source information is
/// not written, and Word, LibreOffice, pandoc and python-docx open packages without it.
struct DocxPackageWriter {
  private let document: Document
  private let styles: DocxStyleSheet

  /// Prepares the package of a document.
  init(_ document: Document) {
    self.document = document
    styles = DocxStyleSheet(for: document)
  }

  /// The package's bytes.
  ///
  /// - Throws: `DocxWriteError` naming the part when libxml2 or libzip fail.
  func bytes() throws(DocxWriteError) -> [UInt8] {
    var zip = ZipWriter()
    for part in WordPart.writingOrder {
      do {
        zip.add(part.path, try xml(of: part))
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

  private func xml(of part: WordPart) throws(XMLWriteFailure) -> [UInt8] {
    let xml = try XMLTextWriter()
    switch part {
    case .contentTypes:
      try writeContentTypes(xml)
    case .packageRelationships:
      try writeRelationships([.document], xml)
    case .document:
      var body = DocxBodyWriter(xml: xml, styles: styles)
      try body.writeDocument(document)
    case .documentRelationships:
      try writeRelationships(WordPart.relatedToDocument, xml)
    case .styles:
      try styles.write(to: xml)
    case .settings:
      try writeSettings(xml)
    }
    return try xml.finish()
  }

  private func writeContentTypes(_ xml: XMLTextWriter) throws(XMLWriteFailure) {
    try xml.start("Types")
    try xml.attribute("xmlns", WordWritingNamespace.contentTypes)
    for fallback in [WordDefaultContentType.relationships, WordDefaultContentType.xml] {
      try xml.empty("Default", ["Extension": fallback.extension, "ContentType": fallback.type])
    }
    for part in WordPart.writingOrder {
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

  /// Settings: a 0.29-inch default tab stop (Chinese Word's 420 twips), no compression of
  /// punctuation, and Word 2013+ layout (compatibility mode 15) so Word does not open it in
  /// compatibility mode.
  private func writeSettings(_ xml: XMLTextWriter) throws(XMLWriteFailure) {
    try xml.start("w:settings")
    try xml.attribute("xmlns:w", WordNamespace.main.transitionalURI)
    try xml.empty("w:defaultTabStop", ["w:val": "420"])
    try xml.empty("w:characterSpacingControl", ["w:val": "doNotCompress"])
    try xml.start("w:compat")
    try xml.empty(
      "w:compatSetting",
      ["w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word", "w:val": "15"])
    try xml.end()
    try xml.end()
  }
}
