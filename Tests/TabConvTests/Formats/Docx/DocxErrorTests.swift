import Testing

@testable import TabConv

/// Bad input fails with a one-line `DocxError` naming the file and the place; it never crashes.
@Suite struct DocxErrorTests {
  typealias Builder = DocxFixtureBuilder

  static func message(_ bytes: [UInt8], options: DocxReadOptions = .init()) -> String? {
    DocxTestReading.error(reading: bytes, options: options)?.description
  }

  static func withDocument(_ xml: String) -> [UInt8] {
    Builder.zip([("_rels/.rels", Builder.packageRelationships()), ("word/document.xml", xml)])
  }

  @Test func `bytes that are not a zip`() {
    #expect(Self.message(Array("plain text, not a zip".utf8)) == "fixture.docx: not a zip archive")
    #expect(Self.message([]) == "fixture.docx: not a zip archive")
    #expect(Self.message([0x50, 0x4B, 0x03, 0x04, 0, 0]) == "fixture.docx: not a zip archive")
    #expect(DocxTestReading.error(reading: [])?.category == .badInput)
  }

  @Test func `an OLE2 compound file is explained`() {
    let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
    #expect(
      Self.message(ole)
        == "fixture.docx: not a .docx but an OLE2 compound file: an encrypted (password-protected) Office file"
        + " or a legacy Word 97–2003 .doc; remove the password in Word, or convert it with"
        + " `soffice --headless --convert-to docx FILE`")
  }

  @Test func `a zip without a main document part`() {
    #expect(
      Self.message(Builder.zip([("hello.txt", "hi")]))
        == "fixture.docx: _rels/.rels: no main document part: _rels/.rels names no officeDocument relationship")
    #expect(
      Self.message(Builder.zip([("_rels/.rels", Builder.packageRelationships(mainPart: "word/missing.xml"))]))
        == "fixture.docx: _rels/.rels: no main document part: _rels/.rels names word/missing.xml,"
        + " which the archive does not hold")
  }

  @Test func `malformed XML names the part, line, column and libxml2's message`() {
    let xml = Builder.documentXML(body: "<w:p><w:r><w:t>x</w:r></w:p>")
    #expect(
      Self.message(Self.withDocument(xml))
        == "fixture.docx: word/document.xml:2:381: malformed XML: Opening and ending tag mismatch: t line 2 and r")
  }

  @Test func `malformed relationships name their part`() {
    let bytes = Builder.zip([("_rels/.rels", "<Relationships>")])
    #expect(
      Self.message(bytes)
        == "fixture.docx: _rels/.rels:1:16: malformed XML: Extra content at the end of the document")
  }

  @Test func `an undefined entity`() {
    let xml = Builder.documentXML(body: "<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>")
    #expect(Self.message(Self.withDocument(xml)) == "fixture.docx: word/document.xml:2:380: undefined entity 'nbsp'")
  }

  @Test func `a DOCTYPE is refused before its entities are read`() {
    let xml =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [\n<!ENTITY a \"aaaaaaaaaa\">\n<!ENTITY b \"&a;&a;&a;&a;\">\n]>\n"
      + "<w:document xmlns:w=\"\(Builder.wordNamespace)\"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    #expect(
      Self.message(Self.withDocument(xml))
        == "fixture.docx: word/document.xml:2: DOCTYPE declarations are not allowed in a .docx part")
  }

  @Test func `a part larger than the limit`() {
    let body = String(repeating: DocxXML.p("0123456789"), count: 100)
    let options = DocxReadOptions(maxPartSize: 4000)
    #expect(
      Self.message(Builder.document(body: body), options: options)
        == "fixture.docx: word/document.xml: zip entry declares 6836 bytes, more than the limit of 4000")
  }

  @Test func `a part that inflates too far is a zip bomb`() throws {
    let body = String(repeating: DocxXML.p("0000000000"), count: 40_000)
    let options = DocxReadOptions(maxCompressionRatio: 50, compressionRatioCheckStart: 1 << 20)
    let error = try #require(DocxTestReading.error(reading: Builder.document(body: body), options: options))
    guard case .compressionRatioTooHigh(let ratio, 50) = error.code else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(ratio > 50)
    #expect(
      error.description
        == "fixture.docx: word/document.xml: zip entry inflates \(ratio) times its compressed size,"
        + " more than the limit of 50 (a zip bomb?)")
  }

  @Test func `a file that cannot be opened`() {
    #expect(throws: DocxError(.cannotOpen("no such file or directory"), at: SourceLocation(file: "missing.docx"))) {
      try DocxReader().read(path: "/nonexistent/missing.docx", displayName: "missing.docx")
    }
    let error = DocxError(.cannotOpen("no such file or directory"), at: SourceLocation(file: "missing.docx"))
    #expect(error.category == .cannotOpenInput)
    #expect(error.description == "missing.docx: cannot open the file: no such file or directory")
  }

  @Test func `truncated zips and corrupt bytes fail cleanly`() {
    let good = Builder.document(body: DocxXML.p("text"))
    for cut in stride(from: 30, to: good.count, by: 97) {
      var bytes = good
      bytes.removeLast(good.count - cut)
      #expect(DocxTestReading.error(reading: bytes) != nil || cut == good.count)
    }
    for offset in stride(from: 40, to: good.count, by: 53) {
      var bytes = good
      bytes[offset] ^= 0xFF
      _ = DocxTestReading.error(reading: bytes)  // any outcome but a crash
    }
  }
}
