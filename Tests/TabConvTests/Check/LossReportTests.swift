import Foundation
import Testing

@testable import TabConv

@Suite struct LossReportTests {
  static let document = Document(blocks: [
    .paragraph(Paragraph("一、总体目标", anchors: [Anchor(name: "_Toc1")], headingLevel: 1)),
    .paragraph(Paragraph(" ")),
    .table(
      Table(
        columns: 2,
        rows: [
          Row(cells: [Cell("标题", colSpan: 2, spanSource: .declared)], isHeader: true),
          Row(cells: [
            Cell(
              "a", anchors: [Anchor(name: "_GoBack")],
              blocks: [
                .paragraph(Paragraph("a")), .table(Table(columns: 1, rows: [Row(cells: [Cell("n")])])),
              ]), Cell("b", rowSpan: 1, colSpan: 1),
          ]),
        ])),
  ])

  @Test func `csv loses paragraphs, anchors, merges, nested placement and header marks`() {
    let report = LossReport.compute(for: Self.document, writing: .csv, merged: .fill)
    #expect(
      report.summary
        == "1 paragraph, 2 anchors, 1 merged cell (as repeated text), 1 nested table (as tables of their own), 1 heading level or style, 1 header-row mark"
    )
    #expect(
      report.items.first { $0.kind == .anchors }?.places == [
        SourceLocation(block: 1), SourceLocation(block: 3, row: 2, cell: 1),
      ])
  }

  @Test func `json loses nothing, html nothing but nothing, docx the inferred marks`() {
    #expect(LossReport.compute(for: Self.document, writing: .json).isEmpty)
    #expect(LossReport.compute(for: Self.document, writing: .html).isEmpty)
    #expect(LossReport.compute(for: Self.document, writing: .docx).isEmpty)
  }

  @Test func `tika keeps the spans it inferred itself, not declared ones`() throws {
    let fromTika = try TikaTextSeedTests.load(.market).document
    #expect(LossReport.compute(for: fromTika, writing: .tika).isEmpty)
    #expect(LossReport.compute(for: fromTika, writing: .docx).summary == "153 inferred spans (as declared)")
    #expect(
      LossReport.compute(for: Self.document, writing: .tika).summary
        == "1 merged cell (as plain cells), 1 heading level or style, 1 header-row mark")
  }

  @Test func `the JSON report lists kinds, counts and places`() {
    let report = LossReport.compute(for: Self.document, writing: .tsv, merged: .blank)
    let json = String(decoding: LossReportJSONWriter().write(report, input: "a.json"), as: UTF8.self)
    #expect(
      json == """
        {"input": "a.json", "target": "tsv", "lost": [
          {"kind": "paragraphs", "count": 1, "places": [{"block": 1}]},
          {"kind": "anchors", "count": 2, "places": [{"block": 1}, {"block": 3, "row": 2, "cell": 1}]},
          {"kind": "merged-cells", "count": 1, "places": [{"block": 3, "row": 1, "cell": 1}]},
          {"kind": "nested-tables", "count": 1, "places": [{"block": 3}]},
          {"kind": "styles", "count": 1, "places": [{"block": 1}]},
          {"kind": "header-rows", "count": 1, "places": [{"block": 3, "row": 1}]}
        ]}

        """)
  }

  /// Two notes and three headers or footers over two sections.
  static let stories = Document(
    blocks: [.paragraph(Paragraph("正文", noteReferences: [NoteReference(kind: .footnote, id: "1", offset: 2)]))],
    notes: [
      Note(kind: .footnote, id: "1", blocks: [.paragraph(Paragraph("脚注"))]),
      Note(kind: .comment, id: "0", author: "张三", blocks: [.paragraph(Paragraph("批注"))]),
    ],
    pageFurniture: [
      PageFurniture(kind: .header, section: 1, blocks: [.paragraph(Paragraph("封面页眉"))]),
      PageFurniture(kind: .header, section: 2, blocks: [.paragraph(Paragraph("页眉"))]),
      PageFurniture(kind: .footer, section: 2, blocks: [.paragraph(Paragraph("页脚"))]),
    ])

  @Test(arguments: [
    (Format.csv, "1 paragraph, 2 footnotes, endnotes or comments, 3 headers or footers"),
    (.tsv, "1 paragraph, 2 footnotes, endnotes or comments, 3 headers or footers"),
    (.html, "2 footnotes, endnotes or comments, 3 headers or footers"),
    (.tika, "1 header or footer"), (.docx, ""), (.json, ""),
  ])
  func `notes and headers or footers are lost where the format cannot hold them`(_ target: Format, _ summary: String) {
    #expect(LossReport.compute(for: Self.stories, writing: target).summary == summary)
  }

  @Test func `lost notes and headers or footers are placed by JSON pointer`() {
    let report = LossReport.compute(for: Self.stories, writing: .tika)
    #expect(report.items.map(\.kind) == [.pageFurniture])
    #expect(report.items.first?.places == [SourceLocation(pointer: "/pageFurniture/0")])
    let json = String(
      decoding: LossReportJSONWriter().write(LossReport.compute(for: Self.stories, writing: .csv), input: nil),
      as: UTF8.self)
    #expect(
      json == """
        {"target": "csv", "lost": [
          {"kind": "paragraphs", "count": 1, "places": [{"block": 1}]},
          {"kind": "notes", "count": 2, "places": [{"pointer": "/notes/0"}, {"pointer": "/notes/1"}]},
          {"kind": "page-furniture", "count": 3, "places": [{"pointer": "/pageFurniture/0"}, {"pointer": "/pageFurniture/1"}, {"pointer": "/pageFurniture/2"}]}
        ]}

        """)
  }

  @Test func `--strict refuses a lossy conversion with nothing written, and --report writes the report`() throws {
    let folder = try CommandLineTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("out.csv").path
    let report = folder.appendingPathComponent("loss.json").path
    let sample = Samples.countyBureauTargets.path
    let refused = try CommandLineTool.run([sample, "--to", "csv", "-o", output, "--strict", "-q"])
    #expect(refused.status == 1)
    #expect(
      refused.stderr
        == "tabconv: \(sample): csv cannot hold 42 paragraphs, 17 anchors, 118 merged cells (as repeated text); nothing written (--strict)\n"
    )
    #expect(!FileManager.default.fileExists(atPath: output))
    let lenient = try CommandLineTool.run([sample, "--to", "csv", "-o", output, "--report", report, "-q"])
    #expect(lenient.status == 0)
    #expect(lenient.stderr == "")
    #expect(
      String(decoding: try Samples.bytes(URL(fileURLWithPath: report)), as: UTF8.self).hasPrefix(
        #"{"input": "\#(sample)", "target": "csv", "lost": ["#))
    let kept = try CommandLineTool.run([sample, "--to", "json", "--strict", "-q"])
    #expect(kept.status == 0)
  }
}
