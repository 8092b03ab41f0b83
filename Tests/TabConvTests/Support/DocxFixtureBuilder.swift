import Foundation

/// Builds small .docx files in memory from XML strings, with libzip, for reader tests.
///
/// `DocxFixtureBuilder.document(body:)` wraps body XML in a `w:document` with the usual
/// namespaces and adds `[Content_Types].xml`, `_rels/.rels`, `word/_rels/document.xml.rels`
/// and a `word/styles.xml` with Heading 1–3.
enum DocxFixtureBuilder {
  static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let strictWordNamespace = "http://purl.oclc.org/ooxml/wordprocessingml/main"

  static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/word/document.xml" \
    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
    """

  static func packageRelationships(mainPart: String = "word/document.xml", strict: Bool = false) -> String {
    let base =
      strict
      ? "http://purl.oclc.org/ooxml/officeDocument/relationships"
      : "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" Type="\(base)/officeDocument" Target="\(mainPart)"/></Relationships>
      """
  }

  static func documentRelationships(strict: Bool = false) -> String {
    let base =
      strict
      ? "http://purl.oclc.org/ooxml/officeDocument/relationships"
      : "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" Type="\(base)/styles" Target="styles.xml"/></Relationships>
      """
  }

  static func styles(strict: Bool = false, extra: String = "") -> String {
    let namespace = strict ? strictWordNamespace : wordNamespace
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:styles xmlns:w="\(namespace)">\
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
      <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
      <w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>\
      <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>\
      <w:style w:type="paragraph" w:styleId="MyChapter"><w:name w:val="My Chapter"/><w:basedOn w:val="1"/></w:style>\
      <w:style w:type="paragraph" w:styleId="Outline3"><w:name w:val="Outline Three"/>\
      <w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>\
      <w:style w:type="character" w:styleId="Heading2Char"><w:name w:val="heading 2 char"/></w:style>\
      \(extra)</w:styles>
      """
  }

  /// A main document part around body XML; `w:` is bound to the transitional namespace, or Strict.
  static func documentXML(body: String, strict: Bool = false, prefix: String = "w") -> String {
    let namespace = strict ? strictWordNamespace : wordNamespace
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <\(prefix):document xmlns:\(prefix)="\(namespace)" \
      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
      xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
      xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
      xmlns:v="urn:schemas-microsoft-com:vml"><\(prefix):body>\(body)</\(prefix):body></\(prefix):document>
      """
  }

  /// A complete .docx whose body is `body`.
  static func document(body: String, strict: Bool = false) -> [UInt8] {
    zip([
      ("[Content_Types].xml", contentTypes),
      ("_rels/.rels", packageRelationships(strict: strict)),
      ("word/_rels/document.xml.rels", documentRelationships(strict: strict)),
      ("word/styles.xml", styles(strict: strict)),
      ("word/document.xml", documentXML(body: body, strict: strict)),
    ])
  }

  /// A zip of the given entries (name, text), deflated, in memory.
  static func zip(_ entries: [(String, String)]) -> [UInt8] {
    zipBytes(entries.map { ($0.0, Array($0.1.utf8)) })
  }

  /// A zip of the given entries (name, bytes), deflated, in memory (one zip writer for all tests:
  /// `HostileZip.archive`).
  static func zipBytes(_ entries: [(String, [UInt8])]) -> [UInt8] {
    HostileZip.archive(entries.map { HostileZip.Entry(name: $0.0, bytes: $0.1) })
  }
}
