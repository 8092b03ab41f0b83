/// A block of the model seen as the JSON value `DocumentJSONWriter` writes for it, with nothing built.
///
/// The schema check validates every block through this view: it presents exactly what
/// `JSONValue(_ block:)` builds (the same members, in the same order, left out under the same
/// conditions; `BlockJSONViewTests` holds the two together over every seed and corpus document),
/// but reads the model in place: checking a block allocates one box for the block and nothing
/// for its rows and cells. Each part is the model value it stands for, or an array and an index
/// into it, so going down to a cell copies one array reference, not the cell's strings and arrays.
struct BlockJSONView: JSONView {
  /// What a view stands for.
  private enum Part {
    /// Boxed, so that the other parts, which a check creates for every cell, stay small to copy.
    indirect case block(Block)
    case blocks([Block])
    case rows([Row])
    case row([Row], Int)
    case cells([Cell])
    case cell([Cell], Int)
    /// Anchors; in a cell they name their paragraph.
    case anchors([Anchor], inCell: Bool)
    case anchor([Anchor], Int, inCell: Bool)
    /// Note references; in a cell they name their paragraph.
    case notes([NoteReference], inCell: Bool)
    case note([NoteReference], Int, inCell: Bool)
    case string(String)
    case integer(Int)
    case bool(Bool)
  }

  /// A member an object may have, numbered so that each kind of object's members, in the order
  /// the writer writes them, come in increasing numbers: a set of them, as bits, lists them in order.
  private enum Member: Int {
    case type, columns, text, rowSpan, colSpan, spanSource, listLabel, headingLevel, style, anchors, notes, textBox
    case rows, blocks, cells, header, name, kind, id, offset, paragraph

    /// The kind of value the writer writes for it.
    var kind: JSONKind {
      switch self {
      case .type, .text, .listLabel, .style, .spanSource, .name, .kind, .id: .string
      case .columns, .headingLevel, .rowSpan, .colSpan, .offset, .paragraph: .number
      case .anchors, .notes, .rows, .blocks, .cells: .array
      case .textBox, .header: .bool
      }
    }

    /// The name the writer gives it.
    var name: String {
      switch self {
      case .type: "type"
      case .columns: "columns"
      case .text: "text"
      case .rowSpan: "rowSpan"
      case .colSpan: "colSpan"
      case .spanSource: "spanSource"
      case .listLabel: "listLabel"
      case .headingLevel: "headingLevel"
      case .style: "style"
      case .anchors: "anchors"
      case .notes: "notes"
      case .textBox: "textBox"
      case .rows: "rows"
      case .blocks: "blocks"
      case .cells: "cells"
      case .header: "header"
      case .name: "name"
      case .kind: "kind"
      case .id: "id"
      case .offset: "offset"
      case .paragraph: "paragraph"
      }
    }
  }

  /// A set of members, one bit each.
  private struct Members {
    var bits: UInt32 = 0

    mutating func insert(_ member: Member, if condition: Bool = true) {
      if condition { bits |= 1 << UInt32(member.rawValue) }
    }

    var count: Int { bits.nonzeroBitCount }

    /// The member at `position` in order.
    func member(at position: Int) -> Member? {
      var rest = bits
      for _ in 0..<position where rest != 0 { rest &= rest - 1 }
      return rest == 0 ? nil : Member(rawValue: rest.trailingZeroBitCount)
    }

    /// The member named `name`, compared code point by code point.
    func member(named name: String) -> Member? {
      var rest = bits
      while rest != 0 {
        if let member = Member(rawValue: rest.trailingZeroBitCount), JSONKey.sameCodePoints(member.name, name) {
          return member
        }
        rest &= rest - 1
      }
      return nil
    }
  }

  private let part: Part
  /// The members of an object part, worked out once: the accept pass asks for them by position.
  private let members: Members

  /// A view of a block.
  ///
  /// - Parameter block: A paragraph or table.
  init(_ block: Block) {
    self.init(.block(block))
  }

  private init(_ part: Part) {
    self.part = part
    members = Self.members(of: part)
  }

  var kind: JSONKind {
    switch part {
    case .block, .row, .cell, .anchor, .note: .object
    case .blocks, .rows, .cells, .anchors, .notes: .array
    case .string: .string
    case .integer: .number
    case .bool: .bool
    }
  }

  var boolValue: Bool? {
    guard case .bool(let value) = part else { return nil }
    return value
  }

  var numberValue: JSONNumber? {
    guard case .integer(let value) = part else { return nil }
    return .int(Int64(value))
  }

  var stringValue: String? {
    guard case .string(let value) = part else { return nil }
    return value
  }

  var count: Int {
    switch part {
    case .blocks(let blocks): blocks.count
    case .rows(let rows): rows.count
    case .cells(let cells): cells.count
    case .anchors(let anchors, _): anchors.count
    case .notes(let notes, _): notes.count
    case .block, .row, .cell, .anchor, .note: members.count
    case .string, .integer, .bool: 0
    }
  }

  func item(at index: Int) -> BlockJSONView {
    switch part {
    case .blocks(let blocks): BlockJSONView(.block(blocks[index]))
    case .rows(let rows): BlockJSONView(.row(rows, index))
    case .cells(let cells): BlockJSONView(.cell(cells, index))
    case .anchors(let anchors, let inCell): BlockJSONView(.anchor(anchors, index, inCell: inCell))
    case .notes(let notes, let inCell): BlockJSONView(.note(notes, index, inCell: inCell))
    default: preconditionFailure("item(at:) of a \(kind)")
    }
  }

  func memberName(at position: Int) -> String {
    member(at: position).name
  }

  func memberValue(at position: Int) -> BlockJSONView {
    value(of: member(at: position))
  }

  func memberKind(at position: Int) -> JSONKind {
    member(at: position).kind
  }

  func hasMember(named name: String) -> Bool {
    members.member(named: name) != nil
  }

  func member(named name: String) -> BlockJSONView? {
    members.member(named: name).map(value(of:))
  }

  private func member(at position: Int) -> Member {
    guard let member = members.member(at: position) else { preconditionFailure("member \(position) of \(count)") }
    return member
  }

  /// The members the writer writes for this part.
  ///
  /// The conditions are `JSONValue(_ block:)`'s: a member at its default (no label, span 1, no
  /// anchors, not in a text box, paragraph 0 outside a cell's first paragraph) is left out.
  private static func members(of part: Part) -> Members {
    var members = Members()
    switch part {
    case .block(.paragraph(let paragraph)):
      members.insert(.type)
      members.insert(.text)
      members.insert(.listLabel, if: paragraph.listLabel != nil)
      members.insert(.headingLevel, if: paragraph.headingLevel != nil)
      members.insert(.style, if: paragraph.style != nil)
      members.insert(.anchors, if: !paragraph.anchors.isEmpty)
      members.insert(.notes, if: !paragraph.noteReferences.isEmpty)
      members.insert(.textBox, if: paragraph.inTextBox)
    case .block(.table(let table)):
      members.insert(.type)
      members.insert(.columns)
      members.insert(.textBox, if: table.inTextBox)
      members.insert(.rows)
    case .row(let rows, let index):
      members.insert(.cells)
      members.insert(.header, if: rows[index].isHeader)
    case .cell(let cells, let index):
      members.insert(.text)
      members.insert(.rowSpan, if: cells[index].rowSpan != 1)
      members.insert(.colSpan, if: cells[index].colSpan != 1)
      members.insert(.spanSource, if: cells[index].spanSource != nil)
      members.insert(.anchors, if: !cells[index].anchors.isEmpty)
      members.insert(.notes, if: !cells[index].noteReferences.isEmpty)
      members.insert(.blocks, if: cells[index].blocks != nil)
    case .anchor(let anchors, let index, let inCell):
      members.insert(.name)
      members.insert(.paragraph, if: inCell && anchors[index].paragraph != 0)
    case .note(let notes, let index, let inCell):
      members.insert(.kind)
      members.insert(.id)
      members.insert(.offset)
      members.insert(.paragraph, if: inCell && notes[index].paragraph != 0)
    case .blocks, .rows, .cells, .anchors, .notes, .string, .integer, .bool:
      break
    }
    return members
  }

  /// The value of one of `members`.
  private func value(of member: Member) -> BlockJSONView {
    switch (part, member) {
    case (.block(.paragraph(let paragraph)), _):
      switch member {
      case .type: return BlockJSONView(.string("paragraph"))
      case .text: return BlockJSONView(.string(paragraph.text))
      case .listLabel: return BlockJSONView(.string(paragraph.listLabel ?? ""))
      case .headingLevel: return BlockJSONView(.integer(paragraph.headingLevel ?? 0))
      case .style: return BlockJSONView(.string(paragraph.style ?? ""))
      case .anchors: return BlockJSONView(.anchors(paragraph.anchors, inCell: false))
      case .notes: return BlockJSONView(.notes(paragraph.noteReferences, inCell: false))
      case .textBox: return BlockJSONView(.bool(true))
      default: break
      }
    case (.block(.table(let table)), _):
      switch member {
      case .type: return BlockJSONView(.string("table"))
      case .columns: return BlockJSONView(.integer(table.columns))
      case .textBox: return BlockJSONView(.bool(true))
      case .rows: return BlockJSONView(.rows(table.rows))
      default: break
      }
    case (.row(let rows, let index), .cells): return BlockJSONView(.cells(rows[index].cells))
    case (.row, .header): return BlockJSONView(.bool(true))
    case (.cell(let cells, let index), _):
      switch member {
      case .text: return BlockJSONView(.string(cells[index].text))
      case .rowSpan: return BlockJSONView(.integer(cells[index].rowSpan))
      case .colSpan: return BlockJSONView(.integer(cells[index].colSpan))
      case .spanSource: return BlockJSONView(.string(cells[index].spanSource?.rawValue ?? ""))
      case .anchors: return BlockJSONView(.anchors(cells[index].anchors, inCell: true))
      case .notes: return BlockJSONView(.notes(cells[index].noteReferences, inCell: true))
      case .blocks: return BlockJSONView(.blocks(cells[index].blocks ?? []))
      default: break
      }
    case (.anchor(let anchors, let index, _), .name): return BlockJSONView(.string(anchors[index].name))
    case (.anchor(let anchors, let index, _), .paragraph): return BlockJSONView(.integer(anchors[index].paragraph))
    case (.note(let notes, let index, _), _):
      switch member {
      case .kind: return BlockJSONView(.string(notes[index].kind.rawValue))
      case .id: return BlockJSONView(.string(notes[index].id))
      case .offset: return BlockJSONView(.integer(notes[index].offset))
      case .paragraph: return BlockJSONView(.integer(notes[index].paragraph))
      default: break
      }
    default: break
    }
    preconditionFailure("no member \(member.name) in a \(kind)")
  }
}
