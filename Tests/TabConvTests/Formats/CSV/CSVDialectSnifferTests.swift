import Testing

@testable import TabConv

@Suite struct CSVDialectSnifferTests {
  func sniff(_ text: String) -> Character {
    Character(Unicode.Scalar(CSVDialectSniffer.sniffDelimiter(in: Array(text.utf8), quote: UInt8(ascii: "\""))))
  }

  @Test(arguments: [
    ("a,b,c\n1,2,3\n", Character(",")), ("a\tb\tc\n1\t2\t3\n", "\t"), ("a;b;c\n1;2;3\n", ";"), ("a|b|c\n1|2|3\n", "|"),
  ])
  func `each candidate is found when it splits every record alike`(text: String, delimiter: Character) {
    #expect(sniff(text) == delimiter)
  }

  @Test func `delimiters inside quotes do not count`() {
    #expect(sniff("a;b\n\"1,2,3\";4\n\"5,6\";7\n") == ";")
  }

  @Test func `the most consistent count wins over the most fields`() {
    #expect(sniff("a;b,c,d\n1;2\n3;4,5\n6;7\n") == ";")
  }

  @Test func `a quote closed before something else than the candidate rules the candidate out`() {
    #expect(sniff("\"a\",\"b|c\"\n\"d\",\"e|f\"\n") == ",")
  }

  @Test func `a single column, and ties, give the comma`() {
    #expect(sniff("Industry\nSales\nOther") == ",")
    #expect(sniff("a;b,c\n") == ",")
    #expect(sniff("") == ",")
  }

  @Test func `a candidate must fit at least half of the records`() {
    #expect(sniff("one\ntwo\nthree|four\nfive\n") == ",")
  }

  @Test func `empty lines are not counted`() {
    #expect(sniff("a;b\n\n\n\n1;2\n") == ";")
  }
}
