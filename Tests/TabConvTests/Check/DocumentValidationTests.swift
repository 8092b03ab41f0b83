import Foundation
import Testing

@testable import TabConv

/// Hand-broken JSON files, one kind of problem each, and what `validate` says of them.
@Suite struct DocumentValidationTests {
  static let fixtures = Samples.packageRoot.appendingPathComponent("Tests/TabConvTests/Fixtures/json")

  @Test(arguments: [
    ("broken-unknown-member", [#"/blocks/0/rows/0/cells/0/colour: property "colour" is not allowed"#]),
    ("broken-missing-text", [#"/blocks/0/rows/0/cells/1: missing required property "text""#]),
    ("broken-wrong-type", [#"/blocks/0/rows/0/cells/0/colSpan: expected integer, found string "2""#]),
    (
      "broken-bad-span-source",
      [#"/blocks/0/rows/0/cells/0/spanSource: expected one of "declared", "inferred", found "guessed""#]
    ),
    ("broken-version", ["/version: expected the constant 1, found 2"]),
    ("broken-top-level", [#"/extra: property "extra" is not allowed"#]),
    (
      "broken-paragraph",
      [
        "/blocks/0/headingLevel: value 0 is below the minimum 1",
        #"/blocks/0/anchors/0: missing required property "name""#,
        #"/blocks/0/anchors/0/paragraph: property "paragraph" is not allowed"#,
      ]
    ),
    (
      "broken-span-past-grid",
      ["/blocks/0/rows/0/cells/1: cell starting at grid column 2 spans 2 columns, past the table's 2 (span tiling)"]
    ),
    (
      "broken-row-too-wide-under-rowspan",
      ["/blocks/0/rows/1/cells/1: cell starting at grid column 3 spans 1 column, past the table's 2 (span tiling)"]
    ),
    (
      "broken-span-past-last-row",
      ["/blocks/0/rows/0/cells/0: cell spans 2 rows, past the table's last row (span tiling)"]
    ),
    ("broken-uncovered", ["/blocks/0/rows/0: grid column 2 of this row is covered by no cell (span tiling)"]),
    ("broken-merged-without-source", ["/blocks/0/rows/0/cells/0: merged cell has no spanSource (span tiling)"]),
    (
      "broken-source-without-merge", ["/blocks/0/rows/0/cells/0: spanSource on a cell that spans nothing (span tiling)"]
    ),
    ("broken-bookmark-markup", ["/blocks/0/rows/0/cells/0/text: bookmark markup left in text (clean text)"]),
    ("broken-control-character", ["/blocks/0/rows/0/cells/0/text: control character U+0007 in text (clean text)"]),
  ])
  func `each kind of problem is caught at its JSON pointer`(_ name: String, _ expected: [String]) throws {
    let bytes = try Samples.bytes(Self.fixtures.appendingPathComponent("\(name).json"))
    #expect(try DocumentValidation.problems(in: bytes, file: name).map(\.description) == expected)
  }

  @Test func `every fixture in the folder is in the table above`() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path).filter {
      $0.hasPrefix("broken-")
    }
    #expect(names.count == 15)
  }

  @Test func `the JSON of both annexes is valid`() throws {
    for sample in [URLPath.market, URLPath.county] {
      let json = DocumentJSONWriter().write(try TikaTextSeedTests.load(sample).document)
      #expect(try DocumentValidation.problems(in: json, file: nil).isEmpty)
    }
  }

  @Test func `validate exits 1 listing problems, 0 for valid files, 65 for what is not JSON`() throws {
    let broken = Self.fixtures.appendingPathComponent("broken-paragraph.json").path
    let result = try CommandLineTool.run(["validate", broken])
    #expect(result.status == 1)
    #expect(result.stdoutText.split(separator: "\n").count == 3)
    let notJSON = try CommandLineTool.run(["validate", "-"], stdin: Array("{\"a\": ]".utf8))
    #expect(notJSON.status == 65)
    #expect(notJSON.stderr.hasPrefix("tabconv: -: line 1, column 7: "))
    let valid = try CommandLineTool.run(["validate", "-"], stdin: Array(#"{"version": 1, "blocks": []}"#.utf8))
    #expect(valid.status == 0)
    #expect(valid.stdoutText == "-: valid\n")
  }
}
