import Foundation
import Testing

@testable import TabConv

/// Written files opened by the programs people use: LibreOffice, python-docx and pandoc.
///
/// Skipped when a program is missing (see `DocxClients`); `scripts/docx-clients-check.sh`
/// installs them and runs this suite with missing programs counted as failures.
@Suite(.serialized) struct DocxClientTests {

  /// A document's tables in the format of `scripts/docx-client-view.py`.
  static func view(_ document: Document, foldingWhitespace: Bool) -> String {
    let tables = document.flatTables
    var lines = ["tables \(tables.count)"]
    for flat in tables {
      let table = flat.table
      let grid = table.grid
      lines.append("table \(flat.number): \(table.rows.count)×\(table.columns)")
      for (rowIndex, row) in table.rows.enumerated() {
        for (index, cell) in row.cells.enumerated() {
          let column = grid.startColumns[CellAddress(row: rowIndex, index: index)] ?? -1
          let text =
            foldingWhitespace
            ? cell.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") : cell.text
          lines.append("r\(rowIndex + 1) c\(column + 1) \(cell.rowSpan)×\(cell.colSpan) \(text.jsonQuoted())")
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Writes a document into a folder as `name`.
  static func written(_ document: Document, _ name: String, in folder: URL) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try Data(try DocxWriter().write(document)).write(to: url)
    return url
  }

  @Test(
    .enabled(
      if: DocxClients.soffice != nil || DocxClients.required,
      "soffice not found; scripts/docx-clients-check.sh installs it"))
  func `LibreOffice opens a small written file and gives its text`() throws {
    let folder = try DocxClients.folder("soffice-text")
    defer { DocxClients.cleanUp(folder) }
    let document = Document(blocks: [
      .paragraph(Paragraph("附表1 绩效目标", anchors: [Anchor(name: "_Toc1")], headingLevel: 1, style: "heading 1")),
      .table(
        Table(
          columns: 3,
          rows: [
            Row(cells: [Cell("标题跨三列", colSpan: 3, spanSource: .declared)], isHeader: true),
            Row(cells: [Cell("产出指标", rowSpan: 2, spanSource: .declared), Cell("数量"), Cell("≥4000户")]),
            Row(cells: [Cell("质量\n第二段", anchors: [Anchor(name: "_GoBack", paragraph: 1)]), Cell("100%")]),
          ])),
      .paragraph(Paragraph("说明\t制表\n换行")),
    ])
    let docx = try Self.written(document, "small.docx", in: folder)
    let text = try DocxClients.convert(docx, to: "txt:Text (encoded):UTF8", extension: "txt", in: folder)
    let lines = String(decoding: try Data(contentsOf: text), as: UTF8.self)
      .replacingOccurrences(of: "\u{FEFF}", with: "").replacingOccurrences(of: "\r\n", with: "\n")
      .split(separator: "\n", omittingEmptySubsequences: false)
    // One line per cell paragraph; the position a vertical merge covers (a w:vMerge continue
    // cell, row 3 column 1) is exported as an empty cell, hence the empty line after "≥4000户".
    #expect(
      lines == [
        "附表1 绩效目标", "标题跨三列", "产出指标", "数量", "≥4000户", "", "质量", "第二段", "100%", "说明\t制表", "换行", "",
      ])
  }

  @Test(
    .enabled(
      if: DocxClients.pythonWithDocx != nil || DocxClients.required,
      "python3 with python-docx not found; scripts/docx-clients-check.sh installs it"),
    arguments: [URLPath.market, URLPath.county])
  func `python-docx sees the seed's tables, sizes, merges and texts`(_ sample: URLPath) throws {
    let python = try DocxClients.requireClient(DocxClients.pythonWithDocx, "python-docx")
    let folder = try DocxClients.folder("python-docx")
    defer { DocxClients.cleanUp(folder) }
    let document = try DocxWriterSeedTests.seed(sample)
    let docx = try Self.written(document, sample.url.deletingPathExtension().lastPathComponent + ".docx", in: folder)
    let result = try DocxClients.run(python, [DocxClients.viewScript, "python-docx", docx.path])
    #expect(result.status == 0, "\(result.stderr)")
    let expected = Self.view(document, foldingWhitespace: false)
    #expect(result.stdoutText == expected)
  }

  @Test(
    .enabled(
      if: DocxClients.pandoc != nil || DocxClients.required,
      "pandoc not found; scripts/docx-clients-check.sh installs it"),
    arguments: [URLPath.market, URLPath.county])
  func `pandoc sees the seed's tables, merges and texts`(_ sample: URLPath) throws {
    _ = try DocxClients.requireClient(DocxClients.pandoc, "pandoc")
    let python = try DocxClients.requireClient(DocxClients.pythonWithDocx ?? "/usr/bin/python3", "python3")
    let folder = try DocxClients.folder("pandoc")
    defer { DocxClients.cleanUp(folder) }
    let document = try DocxWriterSeedTests.seed(sample)
    let docx = try Self.written(document, sample.url.deletingPathExtension().lastPathComponent + ".docx", in: folder)
    let result = try DocxClients.run(python, [DocxClients.viewScript, "pandoc", docx.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdoutText == Self.view(document, foldingWhitespace: true))
  }
}
