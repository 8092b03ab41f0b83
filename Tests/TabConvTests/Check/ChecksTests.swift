import Testing

@testable import TabConv

/// Each check catches what it is for, with the place of the problem.
@Suite struct ChecksTests {
  @Test func `the schema check names the JSON pointer of each violation`() {
    var document = Document(blocks: [.paragraph(Paragraph("x", headingLevel: 12))])
    document.source = Source(format: .tika, sha256: "not-a-hash")
    #expect(
      SchemaCheck().findings(in: document).map { "\($0.location.pointer ?? ""): \($0.message)" } == [
        "/source/sha256: string \"not-a-hash\" does not match the pattern \"^[0-9a-f]{64}$\"",
        "/blocks/0/headingLevel: value 12 is above the maximum 9",
      ])
  }

  @Test func `span tiling finds overlaps, gaps and spans past the grid`() {
    let table = Table(
      columns: 2,
      rows: [
        Row(cells: [Cell("a", rowSpan: 2, spanSource: .declared), Cell("b", colSpan: 2, spanSource: .declared)]),
        Row(cells: []),
      ])
    let findings = SpanTilingCheck().findings(in: Document(blocks: [.table(table)]))
    #expect(
      findings.map { "\($0.location.placeDescription): \($0.message)" } == [
        "block 1, row 1, cell 2: cell starting at grid column 2 spans 2 columns, past the table's 2",
        "block 1, row 2: grid column 2 of this row is covered by no cell",
      ])
  }

  @Test func `a merged cell must say where its span came from`() {
    let table = Table(columns: 2, rows: [Row(cells: [Cell("a", colSpan: 2)])])
    #expect(
      SpanTilingCheck().findings(in: Document(blocks: [.table(table)])).map(\.message) == [
        "merged cell has no spanSource"
      ])
  }

  @Test func `clean text refuses control characters and leftover bookmark markup`() {
    let document = Document(blocks: [
      .paragraph(Paragraph("a\u{0B}b")),
      .table(Table(columns: 1, rows: [Row(cells: [Cell("x [bookmark: _GoBack]")])])),
    ])
    #expect(
      TextCheck().findings(in: document).map { "\($0.location.placeDescription): \($0.message)" } == [
        "block 1: control character U+000B in text",
        "block 2, row 1, cell 1: bookmark markup left in text",
      ])
  }

  @Test func `enforce collects every finding before refusing`() {
    let document = Document(blocks: [
      .paragraph(Paragraph("a\u{0B}b")), .table(Table(columns: 2, rows: [Row(cells: [Cell("a")])])),
    ])
    #expect {
      try Checks.enforce(on: document, file: "in.json")
    } throws: { error in
      (error as? CheckFailure)?.findings.count == 2
        && "\(error)"
          == "in.json: block 2, row 1: grid column 2 of this row is covered by no cell (span tiling); 1 more problems"
    }
  }
}
