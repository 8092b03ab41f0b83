import Foundation
import Testing

@testable import TabConv

@Suite struct HTMLWriterTests {
  @Test func `tables keep rowspan and colspan, anchors become ids, text is escaped`() {
    let document = Document(blocks: [
      .paragraph(Paragraph("一、总体 <目标>", anchors: [Anchor(name: "_Toc1")], headingLevel: 1)),
      .table(
        Table(
          columns: 2,
          rows: [
            Row(cells: [Cell("项目", colSpan: 2, spanSource: .declared)], isHeader: true),
            Row(cells: [
              Cell("a", rowSpan: 2, spanSource: .inferred),
              Cell("x&y\nz", anchors: [Anchor(name: "_GoBack"), Anchor(name: "b")]),
            ]),
            Row(cells: [Cell("w")]),
          ])),
    ])
    let html = String(decoding: HTMLWriter(title: "t").write(document), as: UTF8.self)
    let body = html.components(separatedBy: "<body>\n")[1]
    #expect(
      body == """
        <h1 id="_Toc1">一、总体 &lt;目标&gt;</h1>
        <table>
        <tr><th colspan="2">项目</th></tr>
        <tr><td rowspan="2" class="inferred">a</td><td id="_GoBack"><a id="b"></a>x&amp;y<br>z</td></tr>
        <tr><td>w</td></tr>
        </table>
        </body>
        </html>

        """)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>t</title>"))
  }
}
