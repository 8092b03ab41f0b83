/// The parts a fixture may hold beside its main document.
///
/// Numbering, notes, comments, headers and footers: each is the inner XML of its root element; the builder adds the root, the
/// namespaces, the relationship from `word/document.xml` and the content type.
///
/// Headers are `word/header1.xml`, … with relationship ids `rIdH1`, …; footers `word/footer1.xml`,
/// … with `rIdF1`, …. Footnotes and endnotes get Word's separator notes (ids -1 and 0) first.
struct DocxFixtureParts {
  /// More `w:style` elements for `styles.xml`.
  var styles = ""
  var numbering: String?
  var footnotes: String?
  var endnotes: String?
  var comments: String?
  var headers: [String] = []
  var footers: [String] = []

  static let separators = """
    <w:NOTE w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:NOTE>\
    <w:NOTE w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:NOTE>
    """

  /// The parts as (relationship id, type, part name, XML) for the builder.
  func entries(namespace: String) -> [(id: String, type: String, name: String, xml: String)] {
    func part(_ root: String, _ inner: String) -> String {
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:\(root) xmlns:w="\(namespace)" \
      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
      xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
      xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">\(inner)</w:\(root)>
      """
    }
    var result: [(String, String, String, String)] = []
    if let numbering { result.append(("rIdN", "numbering", "numbering.xml", part("numbering", numbering))) }
    if let footnotes {
      let inner = Self.separators.replacingOccurrences(of: "NOTE", with: "footnote") + footnotes
      result.append(("rIdFN", "footnotes", "footnotes.xml", part("footnotes", inner)))
    }
    if let endnotes {
      let inner = Self.separators.replacingOccurrences(of: "NOTE", with: "endnote") + endnotes
      result.append(("rIdEN", "endnotes", "endnotes.xml", part("endnotes", inner)))
    }
    if let comments { result.append(("rIdC", "comments", "comments.xml", part("comments", comments))) }
    for (index, header) in headers.enumerated() {
      result.append(("rIdH\(index + 1)", "header", "header\(index + 1).xml", part("hdr", header)))
    }
    for (index, footer) in footers.enumerated() {
      result.append(("rIdF\(index + 1)", "footer", "footer\(index + 1).xml", part("ftr", footer)))
    }
    return result
  }
}

extension DocxFixtureBuilder {
  /// A complete .docx whose body is `body`, with the given extra parts.
  static func document(body: String, parts: DocxFixtureParts) -> [UInt8] {
    let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let extras = parts.entries(namespace: wordNamespace)
    let relationships = extras.map {
      "<Relationship Id=\"\($0.id)\" Type=\"\(base)/\($0.type)\" Target=\"\($0.name)\"/>"
    }
    let documentRelationships = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" Type="\(base)/styles" Target="styles.xml"/>\(relationships.joined())</Relationships>
      """
    return zip(
      [
        ("[Content_Types].xml", contentTypes),
        ("_rels/.rels", packageRelationships()),
        ("word/_rels/document.xml.rels", documentRelationships),
        ("word/styles.xml", styles(extra: parts.styles)),
        ("word/document.xml", documentXML(body: body)),
      ] + extras.map { ("word/\($0.name)", $0.xml) })
  }
}
