import Foundation
import Testing

@testable import TabConv

/// Big inputs read in bounded time and memory (a single 50 MB cell in each format), and inputs
/// that ask for far more table than they hold are refused (`TableSizeLimit`).
@Suite(.serialized) struct HostileSizeTests {
  /// 50 MB of mixed ASCII and CJK text, no line breaks.
  static let bigCell: String = {
    let unit = "预算 budget 2023 绩效目标 "
    return String(repeating: unit, count: (50 << 20) / unit.utf8.count)
  }()

  static func expectOneBigCell(
    _ outcome: HostileInput.Outcome, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    #expect(outcome.status == 0, "\(outcome.stderr)", sourceLocation: sourceLocation)
    guard outcome.status == 0 else { return }
    let document = try DocumentJSONReader().read(bytes: outcome.stdout, file: nil)
    let texts = document.allTables.first?.rows.first?.cells.map(\.text.utf8.count)
    #expect(texts?.first == bigCell.utf8.count, sourceLocation: sourceLocation)
  }

  @Test func `a 50 MB cell in Tika text`() throws {
    let bytes = Array(("\t" + Self.bigCell + "\n\tB\n\n\n").utf8)
    try Self.expectOneBigCell(HostileInput.runBinary(bytes, name: "big.txt"))
  }

  @Test func `a 50 MB cell in CSV`() throws {
    let bytes = Array(("\"" + Self.bigCell + "\",B\n").utf8)
    try Self.expectOneBigCell(HostileInput.runBinary(bytes, name: "big.csv"))
  }

  @Test func `a 50 MB cell in a docx`() throws {
    let xml = DocxFixtureBuilder.documentXML(
      body: "<w:tbl><w:tr><w:tc>\(DocxXML.p(Self.bigCell))</w:tc><w:tc>\(DocxXML.p("B"))</w:tc></w:tr></w:tbl>")
    let bytes = HostileZip.docx(document: Array(xml.utf8), storedDocument: true)
    try Self.expectOneBigCell(HostileInput.runBinary(bytes, name: "big.docx"))
  }

  @Test func `a wide CSV row over many short rows is refused before padding them`() throws {
    let bytes = Array((String(repeating: ",", count: 99_999) + "\n" + String(repeating: "a\n", count: 100_000)).utf8)
    try HostileInput.expectRefused(
      bytes, name: "pad.csv",
      message:
        "pad.csv: line 1: table of 100001 rows × 100000 columns (10000100000 grid positions) is more than tabconv"
        + " builds from a 300000-byte input (at most 1200000: 4 per byte, at least 1048576)",
      status: 65)
  }

  @Test func `a wide Tika row over many short rows is refused before inferring spans`() throws {
    let bytes = Array(
      ("\t" + String(repeating: "x\n\t", count: 50_000) + "x\n\n" + String(repeating: "\ta\n\n", count: 50_000) + "\n")
        .utf8)
    try HostileInput.expectRefused(
      bytes, name: "pad.txt",
      message: "pad.txt: line 1: table of 50001 rows × 50001 columns (2500100001 grid positions) is more than tabconv"
        + " builds from a \(bytes.count)-byte input (at most \(bytes.count * 4): 4 per byte, at least 1048576)",
      status: 65)
  }

  @Test func `a wide Tika row late in the file is refused after the blocks before it streamed`() throws {
    let before = String(repeating: "paragraph\n\tcell\n\n\n", count: 1_000) + "between\n"
    let bytes = Array(
      (before + "\t" + String(repeating: "x\n\t", count: 50_000) + "x\n\n"
        + String(repeating: "\ta\n\n", count: 50_000) + "\n").utf8)
    try HostileInput.expectRefused(
      bytes, name: "late.txt",
      message: "late.txt: line 4002: table of 50001 rows × 50001 columns (2500100001 grid positions) is more than"
        + " tabconv builds from a \(bytes.count)-byte input (at most \(bytes.count * 4): 4 per byte, at least 1048576)",
      status: 65)
  }

  @Test func `a JSON table declaring two billion columns is refused`() throws {
    let json =
      #"{"version": 1, "blocks": [{"type": "table", "columns": 2000000000, "rows": [{"cells": [{"text": "a", "colSpan": 2000000000, "spanSource": "declared"}]}]}]}"#
    try HostileInput.expectRefused(
      Array(json.utf8), name: "wide.json",
      message: "wide.json: /blocks/0: table of 1 rows × 2000000000 columns (2000000000 grid positions) is more than"
        + " tabconv builds from a \(json.utf8.count)-byte input (at most 1048576: 4 per byte, at least 1048576)",
      status: 65)
  }

  @Test func `a docx grid of 100,000 columns over 100,000 rows is refused`() throws {
    let grid = "<w:tblGrid>" + String(repeating: "<w:gridCol/>", count: 100_000) + "</w:tblGrid>"
    let rows = String(repeating: "<w:tr><w:tc><w:p/></w:tc></w:tr>", count: 100_000)
    let xml = DocxFixtureBuilder.documentXML(body: "<w:tbl>\(grid)\(rows)</w:tbl>")
    let bytes = HostileZip.docx(document: Array(xml.utf8))
    try HostileInput.expectRefused(
      bytes, name: "grid.docx",
      message: "grid.docx: word/document.xml:2:365: table of 100000 rows × 100000 columns (10000000000 grid positions)"
        + " is more than tabconv builds from a \(bytes.count)-byte input (at most 1048576: 4 per byte, at least 1048576)",
      status: 65)
  }
}
