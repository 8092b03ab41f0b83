@testable import TabConv

/// Small lookups that keep the tests' expectations readable.
extension Document {
  var tables: [Table] {
    blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
  }

  var paragraphs: [Paragraph] {
    blocks.compactMap { if case .paragraph(let paragraph) = $0 { paragraph } else { nil } }
  }

  /// Every text in the document: paragraphs and cells.
  var allTexts: [String] {
    var texts: [String] = []
    for block in blocks {
      switch block {
      case .paragraph(let paragraph): texts.append(paragraph.text)
      case .table(let table): texts += table.rows.flatMap { $0.cells.map(\.text) }
      }
    }
    return texts
  }

  /// Every anchor with the text of the paragraph or cell it stands on.
  var anchoredTexts: [(anchor: Anchor, text: String)] {
    var result: [(Anchor, String)] = []
    for block in blocks {
      switch block {
      case .paragraph(let paragraph): result += paragraph.anchors.map { ($0, paragraph.text) }
      case .table(let table):
        for row in table.rows { for cell in row.cells { result += cell.anchors.map { ($0, cell.text) } } }
      }
    }
    return result
  }
}

extension Row {
  /// The row's cells as (text, rowSpan, colSpan) for compact exact comparisons.
  var shape: [CellShape] { cells.map { CellShape($0.text, $0.rowSpan, $0.colSpan) } }
}

struct CellShape: Equatable, CustomStringConvertible {
  var text: String
  var rowSpan: Int
  var colSpan: Int
  init(_ text: String, _ rowSpan: Int = 1, _ colSpan: Int = 1) {
    self.text = text
    self.rowSpan = rowSpan
    self.colSpan = colSpan
  }
  var description: String { "\(text.debugDescription) \(rowSpan)×\(colSpan)" }
}
