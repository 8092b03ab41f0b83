/// Small builders of WordprocessingML snippets for reader tests, so each test shows only its point.
enum DocxXML {
  /// A run with preserved text.
  static func run(_ text: String) -> String {
    "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
  }

  /// A paragraph of one run, optionally styled; `inner` is appended raw inside the paragraph.
  static func p(_ text: String = "", style: String? = nil, inner: String = "") -> String {
    let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
    return "<w:p>\(properties)\(text.isEmpty ? "" : run(text))\(inner)</w:p>"
  }

  /// A cell; `properties` go inside `w:tcPr`, `content` is raw (defaults to one paragraph of `text`).
  static func tc(_ text: String = "", _ properties: String = "", content: String? = nil) -> String {
    "<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>\(properties)</w:tcPr>\(content ?? p(text))</w:tc>"
  }

  /// A row of cells; `properties` go inside `w:trPr`.
  static func tr(_ cells: String..., properties: String = "") -> String {
    "<w:tr>\(properties.isEmpty ? "" : "<w:trPr>\(properties)</w:trPr>")\(cells.joined())</w:tr>"
  }

  /// A table with a grid of `columns` columns.
  static func tbl(columns: Int, _ rows: String...) -> String {
    let grid = String(repeating: "<w:gridCol w:w=\"1000\"/>", count: columns)
    return
      "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>\(grid)</w:tblGrid>\(rows.joined())</w:tbl>"
  }

  static let gridSpan2 = "<w:gridSpan w:val=\"2\"/>"
  static let vMergeRestart = "<w:vMerge w:val=\"restart\"/>"
  static let vMergeContinue = "<w:vMerge/>"

  /// A paragraph with list numbering `numId`/`ilvl` and text.
  static func li(_ text: String, numId: Int, level: Int = 0) -> String {
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numId)\"/></w:numPr></w:pPr>\(run(text))</w:p>"
  }

  /// A footnote reference run.
  static func footnoteReference(_ id: Int) -> String {
    "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"\(id)\"/></w:r>"
  }

  /// A footnote, endnote or comment element of a notes part (`kind`: footnote, endnote, comment).
  static func note(_ kind: String, id: Int, author: String? = nil, _ paragraphs: String...) -> String {
    let authorAttribute = author.map { " w:author=\"\($0)\"" } ?? ""
    return "<w:\(kind) w:id=\"\(id)\"\(authorAttribute)>\(paragraphs.joined())</w:\(kind)>"
  }

  /// The body's last section properties, referring to header and footer parts by (type, relationship id).
  static func sectPr(headers: [(String, String)] = [], footers: [(String, String)] = []) -> String {
    let references =
      headers.map { "<w:headerReference w:type=\"\($0.0)\" r:id=\"\($0.1)\"/>" }
      + footers.map { "<w:footerReference w:type=\"\($0.0)\" r:id=\"\($0.1)\"/>" }
    return "<w:sectPr>\(references.joined())<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:titlePg/></w:sectPr>"
  }

  /// A DrawingML text box in a run (inside mc:AlternateContent, as Word writes it), holding `content`.
  static func textBox(_ content: String) -> String {
    "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>"
      + content + "</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice></mc:AlternateContent></w:r>"
  }
}
