/// The pieces of `DocxDocumentBuilder` that do not touch its open state: what a section refers
/// to, and how finished blocks become a cell or a text box's blocks.
extension DocxDocumentBuilder {
  /// A header or footer reference of a section, waiting to be read from its part.
  struct PageFurnitureReference: Equatable {
    var kind: PageFurniture.Kind
    var type: PageFurniture.PageType
    var section: Int
    var relationshipId: String
  }

  /// A cell's text, anchors and blocks from its content.
  static func cell(from blocks: [Block]) -> Cell {
    var texts: [String] = []
    var anchors: [Anchor] = []
    var references: [NoteReference] = []
    var plain: [Block] = []
    var hasTable = false
    for block in blocks {
      switch block {
      case .paragraph(var paragraph):
        anchors += paragraph.anchors.map { Anchor(name: $0.name, paragraph: texts.count) }
        references += paragraph.noteReferences.map { reference in
          var moved = reference
          moved.paragraph = texts.count
          return moved
        }
        texts.append(paragraph.text)
        paragraph.anchors = []
        paragraph.noteReferences = []
        plain.append(.paragraph(paragraph))
      case .table:
        hasTable = true
        plain.append(block)
      }
    }
    return Cell(
      texts.joined(separator: "\n"), anchors: anchors, blocks: hasTable ? plain : nil, noteReferences: references)
  }

  /// The block marked as standing in a text box.
  static func markedInTextBox(_ block: Block) -> Block {
    switch block {
    case .paragraph(var paragraph):
      paragraph.inTextBox = true
      return .paragraph(paragraph)
    case .table(var table):
      table.inTextBox = true
      return .table(table)
    }
  }
}
