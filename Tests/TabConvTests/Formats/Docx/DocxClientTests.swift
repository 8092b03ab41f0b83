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

  /// A small document with a list item, a footnote, a comment, a text box, a header and a footer.
  static let storyDocument = Document(
    blocks: [
      .paragraph(
        Paragraph(
          "一、部门职责", listLabel: "一、",
          noteReferences: [
            NoteReference(kind: .comment, id: "0", offset: 2), NoteReference(kind: .footnote, id: "1", offset: 4),
          ])),
      .paragraph(Paragraph("宿主")),
      .paragraph(Paragraph("框内文字", inTextBox: true)),
    ],
    notes: [
      Note(kind: .footnote, id: "1", blocks: [.paragraph(Paragraph("脚注"))]),
      Note(kind: .comment, id: "0", author: "张三", blocks: [.paragraph(Paragraph("批注"))]),
    ],
    pageFurniture: [
      PageFurniture(kind: .header, blocks: [.paragraph(Paragraph("页眉"))]),
      PageFurniture(kind: .footer, blocks: [.paragraph(Paragraph("页脚"))]),
    ])

  /// What survives another program's reading and saving: texts, labels, text-box marks, where
  /// each reference stands (its kind and offset; ids are renumbered), notes and furniture texts.
  static func storyView(_ document: Document) -> [String] {
    func texts(_ blocks: [Block]) -> String {
      blocks.map { block in
        guard case .paragraph(let paragraph) = block else { return "table" }
        let references = paragraph.noteReferences.map { "\($0.kind.rawValue)@\($0.offset)" }
        return ([paragraph.text, paragraph.listLabel ?? "-", paragraph.inTextBox ? "box" : "-"] + references)
          .joined(separator: " ")
      }.joined(separator: " | ")
    }
    return [texts(document.blocks)]
      + document.notes.map { "\($0.kind.rawValue) \($0.author ?? "-"): \(texts($0.blocks))" }
      + document.pageFurniture.map { "\($0.kind.rawValue) \($0.type.rawValue) \($0.section): \(texts($0.blocks))" }
  }

  @Test(
    .enabled(
      if: DocxClients.soffice != nil || DocxClients.required,
      "soffice not found; scripts/docx-clients-check.sh installs it"))
  func `LibreOffice keeps notes, headers, footers, list labels and text boxes when it saves the file again`() throws {
    let folder = try DocxClients.folder("soffice-stories")
    defer { DocxClients.cleanUp(folder) }
    let docx = try Self.written(Self.storyDocument, "stories.docx", in: folder)
    let resaved = folder.appendingPathComponent("resaved")
    try FileManager.default.createDirectory(at: resaved, withIntermediateDirectories: true)
    let converted = try DocxClients.convert(docx, to: "docx:MS Word 2007 XML", extension: "docx", in: resaved)
    let read = try DocxReader().read(path: converted.path)
    #expect(
      Self.storyView(read) == [
        "一、部门职责 一、 - comment@2 footnote@4 | 宿主 - - | 框内文字 - box", "footnote -: 脚注 - -",
        "comment 张三: 批注 - -", "header default 1: 页眉 - -", "footer default 1: 页脚 - -",
      ])
    #expect(Self.storyView(read) == Self.storyView(Self.storyDocument))
  }

  @Test(
    .enabled(
      if: DocxClients.pythonWithDocx != nil || DocxClients.required,
      "python3 with python-docx not found; scripts/docx-clients-check.sh installs it"))
  func `python-docx opens a file with notes, headers, footers, lists and text boxes`() throws {
    let python = try DocxClients.requireClient(DocxClients.pythonWithDocx, "python-docx")
    let folder = try DocxClients.folder("python-docx-stories")
    defer { DocxClients.cleanUp(folder) }
    let docx = try Self.written(Self.storyDocument, "stories.docx", in: folder)
    // python-docx gives a paragraph's run text: no list label, no text box content.
    let script = """
      import sys, docx
      d = docx.Document(sys.argv[1])
      s = d.sections[0]
      print([p.text for p in d.paragraphs], [p.text for p in s.header.paragraphs], [p.text for p in s.footer.paragraphs])
      """
    let result = try DocxClients.run(python, ["-c", script, docx.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdoutText == "['部门职责', '宿主'] ['页眉'] ['页脚']\n")
  }
}
