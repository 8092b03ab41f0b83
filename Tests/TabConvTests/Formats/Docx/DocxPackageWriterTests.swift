import Testing

@testable import TabConv

/// The written package is a valid Open Packaging Conventions zip: parts in order, well-formed,
/// every relationship resolving, every part with a content type.
@Suite struct DocxPackageWriterTests {
  static let contentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types"
  static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

  static func package() throws -> DocxWrittenPackage {
    try #require(DocxWrittenPackage(try DocxWriter().write(DocxWriterTests.annex)))
  }

  @Test func `the zip holds the six parts, [Content_Types].xml first`() throws {
    #expect(
      try Self.package().entries.map(\.name) == [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
        "word/styles.xml", "word/settings.xml",
      ])
  }

  @Test func `every part is well-formed XML declaring UTF-8`() throws {
    for entry in try Self.package().entries {
      let handler = RecordingXMLHandler(namespace: "", elements: [], attributes: [])
      #expect(throws: Never.self, "\(entry.name)") { try handler.parse(entry.bytes) }
      #expect(
        String(decoding: entry.bytes.prefix(55), as: UTF8.self)
          == "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>", "\(entry.name)")
    }
  }

  @Test func `every part but the content types has a content type`() throws {
    let package = try Self.package()
    let handler = RecordingXMLHandler(
      namespace: Self.contentTypesNamespace, elements: ["Default", "Override"],
      attributes: ["Extension", "PartName", "ContentType"])
    try handler.parse(try #require(package["[Content_Types].xml"]))
    let defaults = Set(handler.elements.filter { $0.name == "Default" }.compactMap { $0.attributes["Extension"] })
    let overrides = Set(handler.elements.filter { $0.name == "Override" }.compactMap { $0.attributes["PartName"] })
    #expect(defaults == ["rels", "xml"])
    #expect(overrides == ["/word/document.xml", "/word/styles.xml", "/word/settings.xml"])
    for entry in package.entries where entry.name != "[Content_Types].xml" {
      let covered = overrides.contains("/" + entry.name) || defaults.contains { entry.name.hasSuffix("." + $0) }
      #expect(covered, "\(entry.name)")
    }
  }

  @Test(arguments: [("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word/")])
  func `every relationship targets a part of the zip`(_ part: String, _ base: String) throws {
    let package = try Self.package()
    let handler = RecordingXMLHandler(
      namespace: Self.relationshipsNamespace, elements: ["Relationship"], attributes: ["Id", "Type", "Target"])
    try handler.parse(try #require(package[part]))
    #expect(!handler.elements.isEmpty)
    #expect(Set(handler.elements.compactMap { $0.attributes["Id"] }).count == handler.elements.count)
    for relationship in handler.elements {
      let target = base + (relationship.attributes["Target"] ?? "?")
      #expect(package[target] != nil, "\(part): \(target)")
    }
  }

  @Test func `bookmark ids are unique and every start has its end`() throws {
    let handler = RecordingXMLHandler(
      namespace: WordNamespace.main.transitionalURI, elements: ["bookmarkStart", "bookmarkEnd"],
      attributes: ["w:id", "w:name"])
    try handler.parse(try #require(try Self.package()["word/document.xml"]))
    let starts = handler.elements.filter { $0.name == "bookmarkStart" }
    let ends = handler.elements.filter { $0.name == "bookmarkEnd" }
    #expect(starts.map { $0.attributes["w:id"] ?? "" } == ["0", "1"])
    #expect(starts.map { $0.attributes["w:name"] ?? "" } == ["_Toc139912345", "_GoBack"])
    #expect(ends.map { $0.attributes["w:id"] ?? "" } == ["0", "1"])
  }

  @Test func `the merged label columns are a restart and two continues`() throws {
    let handler = RecordingXMLHandler(
      namespace: WordNamespace.main.transitionalURI, elements: ["tr", "gridSpan", "vMerge", "tblHeader"],
      attributes: ["w:val"])
    try handler.parse(try #require(try Self.package()["word/document.xml"]))
    let marks = handler.elements.map { element -> String in
      switch element.name {
      case "tr": "|"
      case "vMerge": "v:" + (element.attributes["w:val"] ?? "continue")
      default: element.name + ":" + (element.attributes["w:val"] ?? "")
      }
    }
    #expect(
      marks.joined(separator: " ")
        == [
          "| tblHeader: gridSpan:4", "| tblHeader:", "| v:restart v:restart", "| v:continue v:continue",
          "| v:continue v:continue", "| gridSpan:3 | gridSpan:2 |",
        ].joined(separator: " "))
  }

  @Test func `East Asian text defaults to SimSun and zh-CN`() throws {
    let handler = RecordingXMLHandler(
      namespace: WordNamespace.main.transitionalURI, elements: ["rFonts", "lang"],
      attributes: ["w:ascii", "w:eastAsia", "w:hAnsi"])
    try handler.parse(try #require(try Self.package()["word/styles.xml"]))
    #expect(
      handler.elements.first { $0.name == "rFonts" }?.attributes == [
        "w:ascii": "Calibri", "w:eastAsia": "SimSun", "w:hAnsi": "Calibri",
      ])
    #expect(handler.elements.first { $0.name == "lang" }?.attributes["w:eastAsia"] == "zh-CN")
  }
}
