import Foundation
import Testing

@testable import TabConv

/// XML made to hurt, in every part tabconv parses: each is refused with one line naming the
/// file, the part and the line, exit status 65, in bounded time and memory, and no local file is
/// ever read.
@Suite struct HostileXMLTests {
  static let word = DocxFixtureBuilder.wordNamespace

  /// A package whose `part` is `xml` and whose other parts are valid.
  static func docx(_ xml: [UInt8], as part: String = "word/document.xml") -> [UInt8] {
    var parts: [(String, [UInt8])] = [
      ("[Content_Types].xml", Array(DocxFixtureBuilder.contentTypes.utf8)),
      ("_rels/.rels", Array(DocxFixtureBuilder.packageRelationships().utf8)),
      ("word/_rels/document.xml.rels", Array(DocxFixtureBuilder.documentRelationships().utf8)),
      ("word/styles.xml", Array(DocxFixtureBuilder.styles().utf8)),
      ("word/document.xml", Array(DocxFixtureBuilder.documentXML(body: DocxXML.p("hello")).utf8)),
    ]
    if let index = parts.firstIndex(where: { $0.0 == part }) { parts[index].1 = xml }
    return HostileZip.archive(parts.map { HostileZip.Entry(name: $0.0, bytes: $0.1) })
  }

  static func document(doctype: String, text: String) -> [UInt8] {
    Array(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      \(doctype)
      <w:document xmlns:w="\(word)"><w:body><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:body></w:document>
      """.utf8)
  }

  @Test(arguments: ["word/document.xml", "word/styles.xml", "_rels/.rels", "word/_rels/document.xml.rels"])
  func `an external entity naming a local file is refused and the file never read`(part: String) throws {
    let folder = try CommandLineTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let secret = "tabconv-secret-\(UUID().uuidString)"
    let secretFile = folder.appendingPathComponent("secret.txt")
    try Data(secret.utf8).write(to: secretFile)
    for target in ["file://\(secretFile.path)", "/etc/passwd"] {
      let xml = Self.document(doctype: "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"\(target)\">]>", text: "&x;")
      let outcome = try HostileInput.expectRefused(
        Self.docx(xml, as: part), name: "xxe.docx",
        message: "xxe.docx: \(part):2: DOCTYPE declarations are not allowed in a .docx part", status: 65)
      #expect(!outcome.stderr.contains(secret))
      #expect(!outcome.stderr.contains("root:"))
    }
  }

  @Test func `an external DTD is refused before it is loaded`() throws {
    let xml = Self.document(doctype: "<!DOCTYPE w:document SYSTEM \"file:///etc/passwd\">", text: "x")
    try HostileInput.expectRefused(
      Self.docx(xml), name: "dtd.docx",
      message: "dtd.docx: word/document.xml:2: DOCTYPE declarations are not allowed in a .docx part", status: 65)
  }

  @Test func `billion laughs is refused at its DOCTYPE`() throws {
    var entities = "<!ENTITY lol0 \"lol\">"
    for level in 1...9 {
      entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
    }
    let xml = Self.document(doctype: "<!DOCTYPE w:document [\(entities)]>", text: "&lol9;")
    try HostileInput.expectRefused(
      Self.docx(xml), name: "laughs.docx",
      message: "laughs.docx: word/document.xml:2: DOCTYPE declarations are not allowed in a .docx part", status: 65)
  }

  /// Tables nested `depth` deep, every one closed.
  static func nested(_ depth: Int) -> [UInt8] {
    let body =
      String(repeating: "<w:tbl><w:tr><w:tc>", count: depth) + "<w:p/>"
      + String(repeating: "</w:tc></w:tr></w:tbl>", count: depth)
    return Array(DocxFixtureBuilder.documentXML(body: body).utf8)
  }

  @Test func `100,000 levels of nesting are refused at the 65th table, not by a stack overflow`() throws {
    // 33,333 tables of three elements each: 100,000 levels of XML.
    try HostileInput.expectRefused(
      Self.docx(Self.nested(100_000 / 3)), name: "deep.docx",
      message: "deep.docx: word/document.xml:2:1581: tables nested more than 64 deep (a table in a cell of a table …);"
        + " tabconv reads at most 64",
      status: 65)
  }

  @Test func `100,000 open elements that never close fail as malformed XML`() throws {
    let xml = Array(DocxFixtureBuilder.documentXML(body: String(repeating: "<w:sdt>", count: 100_000)).utf8)
    let outcome = try HostileInput.runBinary(Self.docx(xml), name: "open.docx")
    #expect(outcome.status == 65)
    #expect(outcome.stderr.hasPrefix("tabconv: open.docx: word/document.xml:2:"))
    #expect(outcome.stderr.hasSuffix(": malformed XML: Opening and ending tag mismatch: sdt line 2 and body\n"))
  }

  @Test func `64 nested tables read, and their JSON reads back`() throws {
    let outcome = try HostileInput.runBinary(Self.docx(Self.nested(64)), name: "nested.docx")
    #expect(outcome.status == 0)
    let document = try DocumentJSONReader().read(bytes: outcome.stdout, file: nil)
    #expect(document.allTables.count == 64)
  }

  @Test func `invalid UTF-8 in XML`() throws {
    let xml = Self.document(doctype: "", text: "a\u{FFFF}b").map { $0 == 0xEF ? 0xC3 : $0 }
    try HostileInput.expectRefused(
      Self.docx(xml), name: "utf8.docx",
      message: "utf8.docx: word/document.xml:3:109: malformed XML: Input is not proper UTF-8, indicate encoding !"
        + " Bytes: 0xBF 0x62 0x3C 0x2F",
      status: 65)
  }

  @Test func `a NUL byte in XML`() throws {
    let xml = Self.document(doctype: "", text: "a_b").map { $0 == UInt8(ascii: "_") ? 0 : $0 }
    try HostileInput.expectRefused(
      Self.docx(xml), name: "nul.docx",
      message: "nul.docx: word/document.xml:3:108: malformed XML: Char 0x0 out of allowed range", status: 65)
  }

  @Test func `mixed line ends in XML read as one text`() throws {
    let xml = Array(DocxFixtureBuilder.documentXML(body: DocxXML.p("a\r\nb\rc\nd")).utf8)
    let document = try DocxReader().read(bytes: Self.docx(xml), displayName: "mixed.docx")
    guard case .paragraph(let paragraph) = document.blocks.first else {
      Issue.record("no paragraph")
      return
    }
    #expect(paragraph.text == "a\nb\nc\nd")
  }
}
