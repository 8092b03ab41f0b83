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
    return "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>\(grid)</w:tblGrid>\(rows.joined())</w:tbl>"
  }

  static let gridSpan2 = "<w:gridSpan w:val=\"2\"/>"
  static let vMergeRestart = "<w:vMerge w:val=\"restart\"/>"
  static let vMergeContinue = "<w:vMerge/>"
}
