import FuzzSupport
import TabConv

// Fuzzes the .docx reader's XML layer: the input is put, in turn, as the main document part,
// the styles part, the main part's relationships and the package relationships of an
// otherwise valid package (stored, not deflated), which is then read whole.

private let contentTypes = Array(
  """
  <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
  <Default Extension="xml" ContentType="application/xml"/></Types>
  """.utf8)

private let packageRelationships = Array(
  """
  <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
  Target="word/document.xml"/></Relationships>
  """.utf8)

private let documentRelationships = Array(
  """
  <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
  Target="styles.xml"/></Relationships>
  """.utf8)

private let styles = Array(
  """
  <?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>
  """.utf8)

private let document = Array(
  """
  <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
  <w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Title</w:t></w:r></w:p>\
  <w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>
  """.utf8)

@_cdecl("FuzzDocxXML_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  FuzzDriver.run(argc, argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let parts: [(name: String, bytes: [UInt8])] = [
    ("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships),
    ("word/_rels/document.xml.rels", documentRelationships), ("word/styles.xml", styles),
    ("word/document.xml", document),
  ]
  for target in 1..<parts.count {
    var package = parts
    package[target].bytes = bytes
    FuzzOracle.load(StoredZip.archive(package), as: .docx)
  }
  return 0
}
