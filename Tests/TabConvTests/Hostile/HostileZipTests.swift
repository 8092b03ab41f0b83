import Foundation
import Testing

@testable import TabConv

/// Zip archives made to hurt: each is refused with one line naming the file and the part, exit
/// status 65, in bounded time and memory, with nothing written and the input unchanged.
@Suite struct HostileZipTests {
  static let paragraph = Array(DocxFixtureBuilder.documentXML(body: DocxXML.p("hello")).utf8)

  /// A main document part of `size` bytes that deflates about 1,000 to 1: one long run of `a`.
  static func bomb(size: Int) -> [UInt8] {
    let open = Array(
      #"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>"#
        .utf8)
    return open + [UInt8](repeating: UInt8(ascii: "a"), count: size)
  }

  @Test func `a zip bomb (high ratio) is stopped after 16 MiB`() throws {
    let zip = HostileZip.docx(document: Self.bomb(size: 200 << 20))
    #expect(zip.count < 400 << 10)
    let outcome = try HostileInput.expectRefused(
      zip, name: "bomb.docx",
      message:
        "bomb.docx: word/document.xml: zip entry inflates 1029 times its compressed size, more than the limit of 200 (a zip bomb?)",
      status: 65)
    #expect(outcome.peakMemory < 200 << 20 * Int(HostileInput.scale))
  }

  @Test func `a huge declared size is refused before inflating anything`() throws {
    let zip = HostileZip.declaring(
      size: 0xF000_0000, for: "word/document.xml", in: HostileZip.docx(document: Self.paragraph))
    try HostileInput.expectRefused(
      zip, name: "declared.docx",
      message:
        "declared.docx: word/document.xml: zip entry declares 4026531840 bytes, more than the limit of 1073741824",
      status: 65)
  }

  @Test(arguments: ["../../evil.xml", "/etc/evil.xml", "word/../../evil.xml", #"..\evil.xml"#])
  func `an entry name that climbs out of the archive is refused`(name: String) throws {
    let zip = HostileZip.docx(
      document: Self.paragraph, extra: [HostileZip.Entry(name: name, bytes: Array("<x/>".utf8))])
    let outcome = try HostileInput.expectRefused(
      zip, name: "climb.docx",
      message: "climb.docx: zip entry name \(name.jsonQuoted()) climbs out of the archive ('..' or a leading '/');"
        + " no .docx part name does (ECMA-376 Part 2 §9.1.1.1)",
      status: 65)
    // Nothing was written anywhere near the folder.
    let parent = outcome.folder.deletingLastPathComponent()
    #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("evil.xml").path))
  }

  @Test func `a relationship that climbs out of the archive never reaches the file system`() throws {
    let rels = """
      <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
      Target="../../../../../../etc/passwd"/></Relationships>
      """
    let zip = HostileZip.archive([HostileZip.Entry(name: "_rels/.rels", bytes: Array(rels.utf8))])
    try HostileInput.expectRefused(
      zip, name: "rels.docx",
      message:
        "rels.docx: _rels/.rels: no main document part: _rels/.rels names etc/passwd, which the archive does not hold",
      status: 65)
  }

  @Test func `a zip nested as the main part is malformed XML, and nested zips are never opened`() throws {
    let inner = HostileZip.docx(document: Self.bomb(size: 64 << 20))
    try HostileInput.expectRefused(
      HostileZip.docx(document: inner), name: "nested.docx",
      message: "nested.docx: word/document.xml:1:1: malformed XML: Document is empty",
      status: 65)
    // A bomb embedded as an object is never inflated: the document reads at once.
    let embedded = HostileZip.docx(
      document: Self.paragraph, extra: [HostileZip.Entry(name: "word/embeddings/bomb.docx", bytes: inner)])
    let outcome = try HostileInput.runBinary(embedded, name: "embedded.docx")
    #expect(outcome.status == 0)
    #expect(outcome.seconds < 5)
  }

  @Test func `a truncated zip`() throws {
    let zip = HostileZip.docx(document: Self.paragraph)
    try HostileInput.expectRefused(
      Array(zip.prefix(zip.count - 30)), name: "cut.docx",
      message: "cut.docx: not a zip archive", status: 65)
  }

  @Test func `a bad CRC fails even when the XML reads`() throws {
    var zip = HostileZip.docx(document: Self.paragraph, storedDocument: true)
    let offset = try #require(zip.firstRange(of: Array("hello".utf8)))
    zip[offset] = UInt8(ascii: "j")
    try HostileInput.expectRefused(
      zip, name: "crc.docx", message: "crc.docx: word/document.xml: cannot read the zip archive: CRC error", status: 65)
  }

  @Test func `a zip-encrypted docx names the password`() throws {
    let zip = HostileZip.archive([
      HostileZip.Entry(name: "_rels/.rels", bytes: Array(DocxFixtureBuilder.packageRelationships().utf8)),
      HostileZip.Entry(name: "word/document.xml", bytes: Self.paragraph, password: "secret"),
    ])
    try HostileInput.expectRefused(
      zip, name: "locked.docx",
      message:
        "locked.docx: word/document.xml: zip entry is encrypted (password-protected); remove the password and save the file again",
      status: 65)
  }

  static let oleMessage =
    "not a .docx but an OLE2 compound file: an encrypted (password-protected) Office file"
    + " or a legacy Word 97–2003 .doc; remove the password in Word, or convert it with"
    + " `soffice --headless --convert-to docx FILE`"

  /// The first sector of an OLE2 compound file, as Word writes for .doc and for encrypted .docx.
  static let ole: [UInt8] =
    [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 16)
    + [0x3E, 0x00, 0x03, 0x00, 0xFE, 0xFF, 0x09, 0x00] + [UInt8](repeating: 0xFF, count: 4064)

  @Test func `a password-protected docx (an OLE2 file) is explained`() throws {
    try HostileInput.expectRefused(
      Self.ole, name: "protected.docx", message: "protected.docx: " + Self.oleMessage, status: 65)
  }

  @Test func `a legacy .doc is explained`() throws {
    try HostileInput.expectRefused(Self.ole, name: "legacy.doc", message: "legacy.doc: " + Self.oleMessage, status: 65)
  }
}
