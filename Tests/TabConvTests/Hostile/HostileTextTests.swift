import Foundation
import Testing

@testable import TabConv

/// Text inputs made to hurt (Tika text, CSV, JSON): bad bytes and controls are refused with their
/// line and column, odd line ends are read or refused by rule, and deep or huge inputs stay
/// within bounded time and memory.
@Suite struct HostileTextTests {
  @Test func `invalid UTF-8 in CSV named as UTF-8`() throws {
    try HostileInput.expectRefused(
      Array("a,b\nc,d".utf8) + [0xC3] + Array("(\n".utf8), name: "bad.csv",
      message:
        "bad.csv: line 2, column 4: byte 0xC3 is not valid UTF-8; use --encoding latin-1 if that is the input's encoding",
      status: 65, extraArguments: ["--encoding", "utf-8"], options: ReadOptions(csv: CSVReadOptions(encoding: .utf8)))
  }

  @Test func `a NUL byte in CSV`() throws {
    try HostileInput.expectRefused(
      Array("a,b\nc,d\u{0}e\n".utf8), name: "nul.csv",
      message: "nul.csv: line 2, column 4: control character U+0000 in a field; CSV text may only hold tab and line"
        + " breaks (NUL bytes often mean UTF-16 without a byte-order mark: try --encoding utf-16le)",
      status: 65)
  }

  @Test func `a NUL byte in Tika text`() throws {
    try HostileInput.expectRefused(
      Array("title\n\tA\u{0}\n\tB\n\n\n".utf8), name: "nul.txt",
      message:
        "nul.txt: line 2, column 3: control character U+0000 is not in Tika text (Tika replaces them with U+FFFD)",
      status: 65)
  }

  @Test func `mixed line ends in CSV read as records`() throws {
    let outcome = try HostileInput.runBinary(Array("a,b\r\nc,d\ne,f\rg,h".utf8), name: "mixed.csv")
    #expect(outcome.status == 0)
    let document = try DocumentJSONReader().read(bytes: outcome.stdout, file: nil)
    #expect(
      document.allTables.first?.rows.map { $0.cells.map(\.text) } == [
        ["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"],
      ])
  }

  @Test func `mixed CRLF and LF in Tika text are read as LF, with a warning`() throws {
    let document = try TikaTextReader().read(bytes: Array("title\r\n\tA\n\tB\r\n\n\n".utf8), file: "mixed.txt")
    #expect(
      document.warnings.map(\.message) == ["line ends are mixed: 2 of 5 were CRLF and were read as LF (Tika writes LF)"]
    )
    #expect(document.allTables.first?.rows.map { $0.cells.map(\.text) } == [["A", "B"]])
  }

  @Test func `a lone carriage return in Tika text is refused with its place`() throws {
    try HostileInput.expectRefused(
      Array("title\n\tA\rB\n\n\n".utf8), name: "cr.txt",
      message: "cr.txt: line 2, column 3: carriage return (U+000D) without a line feed; Tika text ends lines with LF"
        + " (convert with tr '\\r' '\\n')",
      status: 65)
  }

  @Test func `stray bookmark markup late in Tika text is refused and nothing is written`() throws {
    let before = String(repeating: "paragraph\n\tcell\n\n\n", count: 1_000)
    try HostileInput.expectRefused(
      Array((before + "end [bookmark: z] here\n").utf8), name: "late.txt",
      message: "late.txt: line 4001, column 5: '[bookmark: ' that is not a closed [bookmark: NAME] marker at the"
        + " start of a paragraph or cell line, where Tika writes them",
      status: 65)
  }

  @Test func `100,000 levels of JSON nesting stop at 512`() throws {
    let json = Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
    try HostileInput.expectRefused(
      json, name: "deep.json", message: "deep.json: line 1, column 513: nesting deeper than 512 levels", status: 65)
  }

  @Test func `a file name with a line break stays one line in messages`() throws {
    try HostileInput.expectRefused(
      [0xFF], name: "bad\nname.txt",
      message:
        "bad\\nname.txt: line 1, column 1: invalid UTF-8 (byte 0xFF); Tika text is UTF-8, convert it first (iconv -f GB18030 -t UTF-8)",
      status: 65)
  }

  @Test func `a JSON member name with a line break stays one line (fuzz finding)`() throws {
    let url = Samples.packageRoot.appendingPathComponent(
      "Tests/TabConvTests/Fixtures/hostile/FuzzJSON/newline-in-member-name.json")
    try HostileInput.expectRefused(
      Samples.bytes(url), name: "member.json",
      message:
        "member.json: /blocks/0/rows/0/cells/0/rowSpa\\n: unknown member \"rowSpa\\n\" (the model is strict; see `tabconv schema`)",
      status: 65)
  }
}
