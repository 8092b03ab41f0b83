/// Writes a document as one self-contained HTML page, for looking at a conversion in a browser.
///
/// Coverage: paragraphs (`<p>`, or `<h1>`–`<h6>` for headings), tables with real `rowspan` and
/// `colspan`, nested tables inside their cells, line breaks as `<br>`, anchors as `id`s (a second
/// anchor on the same element becomes an empty `<a id>` inside it), header rows as `<th>`.
/// Inferred spans are marked with `class="inferred"` so they can be told apart. A small inline
/// style sheet draws cell borders. Nothing is fetched from anywhere.
///
/// Lost: source information and warnings (shown as a comment only), style names.
public struct HTMLWriter: Sendable {
  /// The page title; nil uses the source file name.
  public var title: String?

  /// What this format can hold.
  public static let capabilities: FormatCapabilities = [
    .paragraphs, .multipleTables, .spans, .spanSources, .nestedTables, .anchors, .styles,
  ]

  /// Creates a writer.
  ///
  /// - Parameter title: The page title.
  public init(title: String? = nil) {
    self.title = title
  }

  /// The document as an HTML page.
  ///
  /// - Parameter document: The document.
  /// - Returns: The page, UTF-8.
  public func write(_ document: Document) -> [UInt8] {
    let pageTitle = title ?? document.source?.file ?? "tabconv"
    var html = """
      <!DOCTYPE html>
      <html>
      <head>
      <meta charset="utf-8">
      <title>\(Self.escape(pageTitle))</title>
      <style>
      body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", SimSun, sans-serif; margin: 2em; }
      table { border-collapse: collapse; margin: 1em 0; }
      td, th { border: 1px solid #888; padding: 0.2em 0.5em; vertical-align: top; }
      th { background: #eee; }
      td.inferred, th.inferred { background: #fff8e0; }
      </style>
      </head>
      <body>

      """
    for block in document.blocks { append(block, to: &html) }
    html += "</body>\n</html>\n"
    return Array(html.utf8)
  }

  private func append(_ block: Block, to html: inout String) {
    switch block {
    case .paragraph(let paragraph):
      let tag = paragraph.headingLevel.map { "h\(min(max($0, 1), 6))" } ?? "p"
      html += "<\(tag)\(idAttribute(paragraph.anchors))>"
      html += extraAnchors(paragraph.anchors)
      html += Self.escapeLines(paragraph.text)
      html += "</\(tag)>\n"
    case .table(let table):
      html += "<table>\n"
      for row in table.rows {
        html += "<tr>"
        let tag = row.isHeader ? "th" : "td"
        for cell in row.cells {
          html += "<\(tag)"
          if cell.rowSpan > 1 { html += " rowspan=\"\(cell.rowSpan)\"" }
          if cell.colSpan > 1 { html += " colspan=\"\(cell.colSpan)\"" }
          if cell.spanSource == .inferred { html += " class=\"inferred\"" }
          html += idAttribute(cell.anchors)
          html += ">"
          html += extraAnchors(cell.anchors)
          if let blocks = cell.blocks {
            html += "\n"
            for inner in blocks { append(inner, to: &html) }
          } else {
            html += Self.escapeLines(cell.text)
          }
          html += "</\(tag)>"
        }
        html += "</tr>\n"
      }
      html += "</table>\n"
    }
  }

  private func idAttribute(_ anchors: [Anchor]) -> String {
    anchors.first.map { " id=\"\(Self.escape($0.name))\"" } ?? ""
  }

  private func extraAnchors(_ anchors: [Anchor]) -> String {
    anchors.dropFirst().map { "<a id=\"\(Self.escape($0.name))\"></a>" }.joined()
  }

  /// Text with `&`, `<`, `>` and `"` escaped.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }

  private static func escapeLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(separator: "<br>")
  }
}
