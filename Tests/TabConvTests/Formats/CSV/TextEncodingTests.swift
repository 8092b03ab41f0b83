import Testing

@testable import TabConv

@Suite struct TextEncodingTests {
  @Test(arguments: [
    ("utf-8", TextEncoding.utf8), ("UTF8", .utf8), ("utf_16LE", .utf16le), ("UTF-16BE", .utf16be),
    ("GB18030", .gb18030), ("gbk", .gbk), ("cp936", .gbk), ("GB2312", .gbk), ("Big5", .big5), ("cp950", .big5),
    ("Shift_JIS", .shiftJIS), ("sjis", .shiftJIS), ("CP932", .shiftJIS), ("windows-31j", .shiftJIS),
    ("latin-1", .latin1), ("latin1", .latin1), ("ISO-8859-1", .latin1), ("iso_8859_1", .latin1),
  ])
  func `names and common aliases find their encoding`(name: String, encoding: TextEncoding) {
    #expect(TextEncoding(name: name) == encoding)
  }

  @Test func `every raw value is a name it accepts`() {
    for encoding in TextEncoding.allCases {
      #expect(TextEncoding(name: encoding.rawValue) == encoding)
    }
  }

  @Test func `unknown names give nil`() {
    #expect(TextEncoding(name: "ebcdic") == nil)
    #expect(TextEncoding(name: "") == nil)
  }

  @Test func `only UTF-8 and UTF-16 have a byte-order mark`() {
    #expect(TextEncoding.allCases.filter { $0.byteOrderMark != nil } == [.utf8, .utf16le, .utf16be])
  }

  @Test func `Shift_JIS keeps backslash and tilde as ASCII`() throws {
    let decoded = try TextDecoder.decode(Array("a\\b~c".utf8)[...], as: .shiftJIS)
    #expect(String(decoding: decoded, as: UTF8.self) == "a\\b~c")
  }
}
