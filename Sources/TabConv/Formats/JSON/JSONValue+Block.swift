/// A block as the JSON value `DocumentJSONWriter` writes for it, built straight from the model.
///
/// The schema check validates this value against `#/$defs/block` of the published schema for
/// every block, so it must be exactly what the writer writes: the same members, in the same
/// order, left out under the same conditions. `DocumentJSONWriterValueTests` holds the two
/// together over every seed and corpus document (`JSONParser.parse(writer output)` equals it).
/// Building the value directly costs a fraction of writing the text and parsing it back.
extension JSONValue {
  /// The JSON value of a block.
  ///
  /// - Parameter block: A paragraph or table.
  init(_ block: Block) {
    switch block {
    case .paragraph(let paragraph):
      var members: [(key: String, value: JSONValue)] = [
        ("type", .string("paragraph")), ("text", .string(paragraph.text)),
      ]
      if let label = paragraph.listLabel { members.append(("listLabel", .string(label))) }
      if let level = paragraph.headingLevel { members.append(("headingLevel", Self.integer(level))) }
      if let style = paragraph.style { members.append(("style", .string(style))) }
      Self.append(paragraph.anchors, withParagraphIndex: false, to: &members)
      Self.append(paragraph.noteReferences, withParagraphIndex: false, to: &members)
      if paragraph.inTextBox { members.append(("textBox", .bool(true))) }
      self = .object(members)
    case .table(let table):
      var members: [(key: String, value: JSONValue)] = [
        ("type", .string("table")), ("columns", Self.integer(table.columns)),
      ]
      if table.inTextBox { members.append(("textBox", .bool(true))) }
      members.append(("rows", .array(table.rows.map(Self.row))))
      self = .object(members)
    }
  }

  private static func integer(_ value: Int) -> JSONValue {
    .number(.int(Int64(value)))
  }

  private static func row(_ row: Row) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [("cells", .array(row.cells.map(cell)))]
    if row.isHeader { members.append(("header", .bool(true))) }
    return .object(members)
  }

  private static func cell(_ cell: Cell) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [("text", .string(cell.text))]
    if cell.rowSpan != 1 { members.append(("rowSpan", integer(cell.rowSpan))) }
    if cell.colSpan != 1 { members.append(("colSpan", integer(cell.colSpan))) }
    if let spanSource = cell.spanSource { members.append(("spanSource", .string(spanSource.rawValue))) }
    append(cell.anchors, withParagraphIndex: true, to: &members)
    append(cell.noteReferences, withParagraphIndex: true, to: &members)
    if let blocks = cell.blocks { members.append(("blocks", .array(blocks.map { JSONValue($0) }))) }
    return .object(members)
  }

  private static func append(
    _ anchors: [Anchor], withParagraphIndex: Bool, to members: inout [(key: String, value: JSONValue)]
  ) {
    guard !anchors.isEmpty else { return }
    members.append(
      (
        "anchors",
        .array(
          anchors.map { anchor in
            var fields: [(key: String, value: JSONValue)] = [("name", .string(anchor.name))]
            if withParagraphIndex, anchor.paragraph != 0 { fields.append(("paragraph", integer(anchor.paragraph))) }
            return .object(fields)
          })
      ))
  }

  private static func append(
    _ references: [NoteReference], withParagraphIndex: Bool, to members: inout [(key: String, value: JSONValue)]
  ) {
    guard !references.isEmpty else { return }
    members.append(
      (
        "notes",
        .array(
          references.map { reference in
            var fields: [(key: String, value: JSONValue)] = [
              ("kind", .string(reference.kind.rawValue)), ("id", .string(reference.id)),
              ("offset", integer(reference.offset)),
            ]
            if withParagraphIndex, reference.paragraph != 0 {
              fields.append(("paragraph", integer(reference.paragraph)))
            }
            return .object(fields)
          })
      ))
  }
}
