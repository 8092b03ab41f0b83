import Testing

@testable import TabConv

/// Each byte the parser's word-at-a-time scan must stop at, tried at every offset of a word.
///
/// The parser looks at eight bytes at a time and stops at the first that may matter (the
/// delimiter or quote, a C0 control, DEL, C2). Each kind of byte is placed at every offset of
/// a word, after ASCII and after CJK text, unquoted and quoted.
@Suite struct CSVByteScanTests {
  let comma = CSVReadOptions(delimiter: ",")

  /// Prefixes that put the byte looked at on every offset of a word, in ASCII and in CJK text.
  static let prefixes: [String] =
    (0..<17).map { String(repeating: "x", count: $0) }
    + (0..<7).map { String(repeating: "中", count: $0) + "yz" }

  @Test(arguments: prefixes)
  func `delimiters and line ends split fields at any offset`(prefix: String) throws {
    #expect(
      try ReadCSV.rows("\(prefix),\(prefix)b\r\n\(prefix)\t1,2\n\"\(prefix)\",\"\(prefix)\"\"q\"\n", options: comma)
        == [
          [prefix, prefix + "b"], [prefix + "\t1", "2"], [prefix, prefix + "\"q"],
        ])
  }

  @Test(arguments: prefixes)
  func `tab and no-break space are text at any offset, quoted or not`(prefix: String) throws {
    let text = "\(prefix)\tz\u{A0}w\u{A0}"
    #expect(try ReadCSV.rows("\(text),\"\(text)\"\n", options: comma) == [[text, text]])
  }

  @Test(arguments: prefixes)
  func `controls, DEL and C1 controls are found at any offset`(prefix: String) {
    // `a,b` or `a,"` comes first.
    let place = "1:\(prefix.unicodeScalars.count + 4): "
    for (control, name) in [("\u{1}", "U+0001"), ("\u{7F}", "U+007F"), ("\u{85}", "U+0085")] {
      let message = "control character \(name) in a field; CSV text may only hold tab and line breaks"
      #expect(ReadCSV.failure("a,b\(prefix)\(control)c\n", options: comma) == place + message)
      #expect(ReadCSV.failure("a,\"\(prefix)\(control)c\"\n", options: comma) == place + message)
    }
  }

  @Test(arguments: prefixes)
  func `an unterminated quote is placed where it opens, however long the field`(prefix: String) {
    #expect(
      ReadCSV.failure("\(prefix),\"\(prefix)\(prefix)\n\(prefix)", options: comma)
        == "1:\(prefix.unicodeScalars.count + 2): the quoted field that opens here never closes; "
        + "a \" inside a quoted field is written twice (\"\")")
  }
}
