import Foundation
import Testing

@testable import TabConv

/// `BlockJSONView` presents exactly what `DocumentJSONWriter` writes for a block, parsed back:
/// the same members, in the same order, with the same kinds and values, nested blocks included.
@Suite struct BlockJSONViewTests {
  /// A paragraph with every member the writer can write, and paragraph indices on its anchors and
  /// notes that a paragraph (unlike a cell) leaves out.
  static let fullParagraph = Block.paragraph(
    Paragraph(
      "一、部门职责", anchors: [Anchor(name: "_Toc1"), Anchor(name: "x", paragraph: 3)], headingLevel: 2,
      style: "Heading 2", listLabel: "一、",
      noteReferences: [NoteReference(kind: .footnote, id: "1", offset: 2, paragraph: 1)], inTextBox: true))

  /// A table in a text box with a header row, every cell member, and a nested table.
  static let fullTable = Block.table(
    Table(
      columns: 3,
      rows: [
        Row(
          cells: [
            Cell(
              "a\nb", rowSpan: 2, colSpan: 2, spanSource: .declared,
              anchors: [Anchor(name: "c", paragraph: 1), Anchor(name: "_GoBack")],
              blocks: [
                .paragraph(Paragraph("a")),
                .table(Table(columns: 1, rows: [Row(cells: [Cell("n", anchors: [Anchor(name: "in")])])])),
              ],
              noteReferences: [
                NoteReference(kind: .comment, id: "7", offset: 0, paragraph: 2),
                NoteReference(kind: .endnote, id: "e", offset: 1),
              ]),
            Cell(""),
          ], isHeader: true),
        Row(cells: [Cell("c", spanSource: .inferred)]),
        Row(cells: [Cell("odd spans", rowSpan: 0, colSpan: -1)]),
        Row(cells: []),
      ], inTextBox: true))

  /// Blocks made by hand to reach what the corpus may not: every member, empty rows and tables.
  static let handMade: [Block] = [
    fullParagraph, fullTable, .paragraph(Paragraph("")), .table(Table(columns: 0, rows: [])),
    .paragraph(Paragraph("plain", headingLevel: 1)),
  ]

  /// What the writer writes for a block, parsed back.
  static func written(_ block: Block) throws -> JSONValue {
    let document = try JSONParser.parse(DocumentJSONWriter(pretty: false).write(Document(blocks: [block])))
    guard case .array(let blocks)? = document["blocks"], blocks.count == 1 else { return .null }
    return blocks[0]
  }

  @Test func `the view of every corpus and hand-made block is what the writer writes, member order included`() throws {
    let blocks = CorpusBlocks.all.map { ($0.place, $0.block) } + Self.handMade.map { ("hand-made", $0) }
    #expect(blocks.count > 1000)
    for (place, block) in blocks {
      let expected = try Self.written(block)
      let view = BlockJSONView(block)
      #expect(Self.sameTree(JSONValue(materializing: view), expected), "\(place)")
      #expect(Self.problems(of: view, against: expected, at: "") == [], "\(place)")
    }
  }

  @Test func `a full paragraph and table present their members in the writer's order`() {
    #expect(
      Self.memberNames(JSONValue(materializing: BlockJSONView(Self.fullParagraph))) == [
        "type", "text", "listLabel", "headingLevel", "style", "anchors", "name", "name", "notes", "kind", "id",
        "offset", "textBox",
      ])
    #expect(
      Self.memberNames(JSONValue(materializing: BlockJSONView(Self.fullTable))) == [
        "type", "columns", "textBox", "rows",
        "cells", "text", "rowSpan", "colSpan", "spanSource", "anchors", "name", "paragraph", "name",
        "notes", "kind", "id", "offset", "paragraph", "kind", "id", "offset",
        "blocks", "type", "text", "type", "columns", "rows", "cells", "text", "anchors", "name",
        "text", "header",
        "cells", "text", "spanSource",
        "cells", "text", "rowSpan", "colSpan",
        "cells",
      ])
  }

  /// Every object's member names, depth first.
  static func memberNames(_ value: JSONValue) -> [String] {
    switch value {
    case .object(let members): members.flatMap { [$0.key] + memberNames($0.value) }
    case .array(let items): items.flatMap(memberNames)
    default: []
    }
  }

  /// Whether two values are the same tree: the same kinds, the same members in the same order,
  /// numbers of the same form (an integer is not `1.0`), strings code point by code point.
  static func sameTree(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.number(.int(let a)), .number(.int(let b))): return a == b
    case (.number(.double(let a)), .number(.double(let b))): return a.bitPattern == b.bitPattern
    case (.string(let a), .string(let b)): return a.utf8.elementsEqual(b.utf8)
    case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy(sameTree)
    case (.object(let a), .object(let b)):
      return a.count == b.count
        && zip(a, b).allSatisfy { $0.key.utf8.elementsEqual($1.key.utf8) && sameTree($0.value, $1.value) }
    default: return false
    }
  }

  /// Where the view's answers differ from the value's: kind, scalars, counts, each item, each
  /// member by position and by name, and names it does not have.
  static func problems(of view: BlockJSONView, against value: JSONValue, at place: String) -> [String] {
    var problems: [String] = []
    func note(_ what: String) { problems.append("\(place.isEmpty ? "/" : place): \(what)") }
    if view.kind != value.kind { note("kind \(view.kind), expected \(value.kind)") }
    if view.boolValue != value.boolValue { note("bool \(String(describing: view.boolValue))") }
    if view.numberValue != value.numberValue { note("number \(String(describing: view.numberValue))") }
    if view.stringValue.map({ Array($0.utf8) }) != value.stringValue.map({ Array($0.utf8) }) {
      note("string \(String(describing: view.stringValue))")
    }
    if view.count != value.count { note("count \(view.count), expected \(value.count)") }
    guard view.count == value.count else { return problems }
    switch value {
    case .array(let items):
      for (index, item) in items.enumerated() {
        problems += Self.problems(of: view.item(at: index), against: item, at: "\(place)/\(index)")
      }
    case .object(let members):
      for (position, member) in members.enumerated() {
        let memberPlace = "\(place)/\(member.key)"
        if view.memberName(at: position) != member.key {
          note("member \(position) is \(view.memberName(at: position))")
        }
        if view.memberKind(at: position) != member.value.kind {
          note("member \(member.key) has kind \(view.memberKind(at: position))")
        }
        if !view.hasMember(named: member.key) { note("no member named \(member.key)") }
        if let named = view.member(named: member.key) {
          if !sameTree(JSONValue(materializing: named), member.value) { note("member named \(member.key) differs") }
        } else {
          note("member(named: \(member.key)) is nil")
        }
        problems += Self.problems(of: view.memberValue(at: position), against: member.value, at: memberPlace)
      }
      for absent in ["", "Text", "text ", "blocks2", "paragraphs", "\u{212A}ind"] where value[absent] == nil {
        if view.hasMember(named: absent) || view.member(named: absent) != nil { note("has a member named \(absent)") }
      }
    default:
      break
    }
    return problems
  }
}
