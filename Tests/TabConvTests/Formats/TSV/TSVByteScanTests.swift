import Testing

@testable import TabConv

/// Line ends, escapes and control characters in TSV, each at every offset of the reader's
/// eight-byte words, after ASCII and after CJK text.
@Suite struct TSVByteScanTests {
  static let prefixes: [String] =
    (0..<17).map { String(repeating: "x", count: $0) }
    + (0..<7).map { String(repeating: "中", count: $0) + "yz" }

  func read(_ text: String) throws -> (rows: [[String]], warnings: [String]) {
    let document = try TSVReader().read(bytes: Array(text.utf8), file: "t.tsv")
    let rows = document.blocks.compactMap { block in
      if case .table(let table) = block { table.rows.map { $0.cells.map(\.text) } } else { nil }
    }
    return (rows.first ?? [], document.warnings.map(\.message))
  }

  func failure(_ text: String) -> (CSVError.Kind, TabConv.SourceLocation)? {
    do {
      _ = try TSVReader().read(bytes: Array(text.utf8), file: "t.tsv")
      return nil
    } catch let error as CSVError {
      return (error.kind, error.location)
    } catch {
      return nil
    }
  }

  @Test(arguments: prefixes)
  func `tabs, escapes and no-break spaces at any offset`(prefix: String) throws {
    let read = try read("\(prefix)\t\(prefix)\u{A0}\\t\\n\\\\\t\(prefix)\\q\n\(prefix)\n")
    #expect(read.rows == [[prefix, prefix + "\u{A0}\t\n\\", prefix + "\\q"], [prefix, "", ""]])
  }

  @Test(arguments: prefixes)
  func `control characters are found at any offset, by line and cell`(prefix: String) {
    let controls: [(String, Unicode.Scalar)] = [
      ("\u{1}", "\u{1}"), ("\u{7F}", "\u{7F}"), ("\u{85}", "\u{85}"), ("\r", "\r"),
    ]
    for (control, scalar) in controls {
      let found = failure("a\tb\n\(prefix)\t\(prefix)\(control)z\n")
      #expect(found?.0 == .controlCharacter(scalar))
      #expect(found?.1 == TabConv.SourceLocation(file: "t.tsv", line: 2, cell: 2))
    }
  }

  @Test func `a CR before LF or at the very end ends the line; anywhere else it is refused`() throws {
    #expect(
      try read("a\tb\r\nc\r") == (
        [["a", "b"], ["c", ""]],
        [
          "CRLF line ends were read as LF",
          "1 rows with fewer than 2 fields were padded with empty cells, the first on this line",
        ]
      ))
    #expect(try read("\r") == ([[""]], ["CRLF line ends were read as LF"]))
    #expect(failure("a\r\r\n")?.1 == TabConv.SourceLocation(file: "t.tsv", line: 1, cell: 1))
  }

  @Test func `empty lines are rows of one empty field; a last LF starts no row`() throws {
    #expect(try read("\n").rows == [[""]])
    #expect(try read("a\n\nb").rows == [["a"], [""], ["b"]])
    #expect(try read("").rows == [])
    #expect(try read("a\\\tb\n").rows == [["a\\", "b"]])
  }
}
