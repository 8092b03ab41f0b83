import Foundation
import Testing

@testable import TabConv

/// The schema check reads each block through `BlockJSONView` and decides as the validator decides
/// on the block's JSON value, whatever the schema says: the published one, or an edited copy.
@Suite struct SchemaCheckViewTests {
  /// The published schema as a value, to edit.
  static func publishedSchema() throws -> JSONValue {
    try JSONParser.parse(Array(PublishedSchema.documentSchemaText.utf8))
  }

  /// `root` with the member at `path` set to `value`, or removed when `value` is nil; objects on
  /// the way are created when missing.
  static func setting(_ value: JSONValue?, at path: ArraySlice<String>, in root: JSONValue) -> JSONValue {
    guard let name = path.first else { return value ?? .null }
    guard case .object(var members) = root else { return root }
    if let index = members.firstIndex(where: { $0.key == name }) {
      if path.count == 1, value == nil {
        members.remove(at: index)
      } else {
        members[index].value = setting(value, at: path.dropFirst(), in: members[index].value)
      }
    } else if let value {
      members.append((name, setting(value, at: path.dropFirst(), in: .object([]))))
    }
    return .object(members)
  }

  /// One edit of the schema: a JSON pointer's tokens and the new value (nil removes the member).
  typealias Edit = (path: [String], value: JSONValue?)

  /// The published schema with `edits` made, compiled.
  static func schema(editing edits: [Edit]) throws -> JSONSchemaValidator {
    var schema = try publishedSchema()
    for edit in edits { schema = setting(edit.value, at: edit.path[...], in: schema) }
    return try JSONSchemaValidator(schema: schema)
  }

  /// A schema stricter than the published one, which some corpus blocks break and others keep.
  static let strictEdits: [Edit] = [
    (["$defs", "cell", "properties", "text", "maxLength"], .number(.int(8))),
    (["$defs", "paragraph", "properties", "text", "maxLength"], .number(.int(40))),
    (["$defs", "row", "properties", "cells", "maxItems"], .number(.int(4))),
    (["$defs", "table", "properties", "columns", "maximum"], .number(.int(4))),
    (["$defs", "paragraphAnchor", "properties", "name", "pattern"], .string("^_Toc")),
    (["$defs", "cell", "properties", "spanSource", "enum"], .array([.string("declared")])),
    (["$defs", "paragraph", "required"], .array([.string("type"), .string("text"), .string("style")])),
  ]

  @Test func `every corpus block gets the same verdict through the view as through its JSON value`() throws {
    let published = try #require(try SchemaCheck.validator.get().subschema(at: "/$defs/block"))
    let strict = try #require(try Self.schema(editing: Self.strictEdits).subschema(at: "/$defs/block"))
    var rejected = 0
    for entry in CorpusBlocks.all {
      let value = JSONValue(entry.block)
      let view = BlockJSONView(entry.block)
      #expect(published.isValid(view), "\(entry.place)")
      #expect(published.isValid(value) && published.validate(value).isEmpty, "\(entry.place)")
      let verdict = strict.isValid(view)
      #expect(strict.isValid(value) == verdict, "\(entry.place)")
      #expect(strict.validate(value).isEmpty == verdict, "\(entry.place)")
      if !verdict { rejected += 1 }
    }
    // Both verdicts are well represented, so the comparison is not one-sided.
    #expect(CorpusBlocks.all.count > 5000)
    #expect(rejected > 1000 && CorpusBlocks.all.count - rejected > 1000)
  }

  /// An edit of the published schema, a block, and the findings the check must give, as
  /// `pointer: message`; the published schema accepts the block unless `published` says otherwise.
  struct EditCase: CustomTestStringConvertible {
    var name: String
    var edits: [Edit]
    var block: Block
    var findings: [String]
    var published: [String] = []
    var testDescription: String { name }
  }

  static func table(_ cells: [Cell], columns: Int = 2) -> Block {
    .table(Table(columns: columns, rows: [Row(cells: cells)]))
  }

  static let editCases: [EditCase] = [
    EditCase(
      name: "maxLength on cell text counts characters",
      edits: [(["$defs", "cell", "properties", "text", "maxLength"], .number(.int(5)))],
      block: table([Cell("表格一二三"), Cell("表格一二三四")]),
      findings: ["/blocks/0/rows/0/cells/1/text: string has 6 characters, more than the maximum length 5"]),
    EditCase(
      name: "minimum 2 on rowSpan", edits: [(["$defs", "cell", "properties", "rowSpan", "minimum"], .number(.int(2)))],
      block: table([Cell("a", rowSpan: 2, spanSource: .declared), Cell("b", rowSpan: 0)]),
      findings: ["/blocks/0/rows/0/cells/1/rowSpan: value 0 is below the minimum 2"],
      published: ["/blocks/0/rows/0/cells/1/rowSpan: value 0 is below the minimum 1"]),
    EditCase(
      name: "maximum 3 on rowSpan", edits: [(["$defs", "cell", "properties", "rowSpan", "maximum"], .number(.int(3)))],
      block: table([Cell("a", rowSpan: 3, spanSource: .declared), Cell("b", rowSpan: 4, spanSource: .declared)]),
      findings: ["/blocks/0/rows/0/cells/1/rowSpan: value 4 is above the maximum 3"]),
    EditCase(
      name: "an enum without inferred for spanSource",
      edits: [(["$defs", "cell", "properties", "spanSource", "enum"], .array([.string("declared")]))],
      block: table([Cell("a", colSpan: 2, spanSource: .inferred)]),
      findings: [#"/blocks/0/rows/0/cells/0/spanSource: expected "declared", found "inferred""#]),
    EditCase(
      name: "maxItems on a cell's anchors",
      edits: [(["$defs", "cell", "properties", "anchors", "maxItems"], .number(.int(1)))],
      block: table([
        Cell("a", anchors: [Anchor(name: "x")]),
        Cell("b", anchors: [Anchor(name: "y"), Anchor(name: "z", paragraph: 1)]),
      ]),
      findings: ["/blocks/0/rows/0/cells/1/anchors: array has 2 items, more than the maximum 1"]),
    EditCase(
      name: "a paragraph must have a style",
      edits: [(["$defs", "paragraph", "required"], .array([.string("type"), .string("text"), .string("style")]))],
      block: .paragraph(Paragraph("no style")),
      findings: [#"/blocks/0: missing required property "style""#]),
    EditCase(
      name: "listLabel is no longer a paragraph property",
      edits: [(["$defs", "paragraph", "properties", "listLabel"], nil)],
      block: .paragraph(Paragraph("1. item", listLabel: "1.")),
      findings: [#"/blocks/0/listLabel: property "listLabel" is not allowed"#]),
    EditCase(
      name: "headingLevel must be a string",
      edits: [(["$defs", "paragraph", "properties", "headingLevel"], .object([("type", .string("string"))]))],
      block: .paragraph(Paragraph("Title", headingLevel: 2)),
      findings: ["/blocks/0/headingLevel: expected string, found integer 2"]),
    EditCase(
      name: "maxLength on paragraph text reaches a paragraph nested in a cell",
      edits: [(["$defs", "paragraph", "properties", "text", "maxLength"], .number(.int(3)))],
      block: table(
        [Cell("long", blocks: [.paragraph(Paragraph("long")), .table(Table(columns: 0, rows: []))])], columns: 1),
      findings: ["/blocks/0/rows/0/cells/0/blocks/0/text: string has 4 characters, more than the maximum length 3"]),
    EditCase(
      name: "maximum on a cell note's offset",
      edits: [(["$defs", "cellNoteReference", "properties", "offset", "maximum"], .number(.int(5)))],
      block: table(
        [Cell("a", noteReferences: [NoteReference(kind: .footnote, id: "1", offset: 9, paragraph: 1)])], columns: 1),
      findings: ["/blocks/0/rows/0/cells/0/notes/0/offset: value 9 is above the maximum 5"]),
    EditCase(
      name: "multipleOf on a cell anchor's paragraph",
      edits: [(["$defs", "cellAnchor", "properties", "paragraph", "multipleOf"], .number(.int(2)))],
      block: table(
        [Cell("a", anchors: [Anchor(name: "even", paragraph: 2), Anchor(name: "odd", paragraph: 3)])], columns: 1),
      findings: ["/blocks/0/rows/0/cells/0/anchors/1/paragraph: value 3 is not a multiple of 2"]),
    EditCase(
      name: "patternProperties on cells reach both spans",
      edits: [
        (["$defs", "cell", "patternProperties"], .object([("Span$", .object([("maximum", .number(.int(2)))]))]))
      ],
      block: table([Cell("a", rowSpan: 3, colSpan: 3, spanSource: .declared)], columns: 3),
      findings: [
        "/blocks/0/rows/0/cells/0/rowSpan: value 3 is above the maximum 2",
        "/blocks/0/rows/0/cells/0/colSpan: value 3 is above the maximum 2",
      ]),
    EditCase(
      name: "cells must now be paragraphs",
      edits: [(["$defs", "row", "properties", "cells", "items"], .object([("$ref", .string("#/$defs/paragraph"))]))],
      block: table([Cell("a")], columns: 1),
      findings: [#"/blocks/0/rows/0/cells/0: missing required property "type""#]),
    EditCase(
      name: "a text box table is refused by a false schema",
      edits: [(["$defs", "table", "properties", "textBox"], .bool(false))],
      block: .table(Table(columns: 1, rows: [Row(cells: [Cell("a")], isHeader: true)], inTextBox: true)),
      findings: [#"/blocks/0/textBox: property "textBox" is not allowed"#]),
  ]

  @Test(arguments: editCases)
  func `the check follows an edited schema and decides through the view as through the value`(_ edit: EditCase)
    throws
  {
    let edited = try Self.schema(editing: edit.edits)
    let block = try #require(edited.subschema(at: "/$defs/block"))
    let verdict = block.isValid(BlockJSONView(edit.block))
    #expect(verdict == edit.findings.isEmpty)
    #expect(block.isValid(JSONValue(edit.block)) == verdict)
    #expect(block.validate(JSONValue(edit.block)).isEmpty == verdict)
    #expect(Self.findings(SchemaCheck(schema: edited), edit.block) == edit.findings)
    #expect(Self.findings(SchemaCheck(), edit.block) == edit.published)
  }

  /// The schema check's findings for one block, as `pointer: message`.
  static func findings(_ check: SchemaCheck, _ block: Block) -> [String] {
    check.findings(inBodyBlock: block, at: 0).map { "\($0.location.pointer ?? "-"): \($0.message)" }
  }

  @Test func `invalid model content gets the messages of its JSON value`() throws {
    let validator = try #require(try SchemaCheck.validator.get().subschema(at: "/$defs/block"))
    let cases: [(Block, [String])] = [
      (.paragraph(Paragraph("x", headingLevel: 12)), ["/blocks/0/headingLevel: value 12 is above the maximum 9"]),
      (.paragraph(Paragraph("x", headingLevel: 0)), ["/blocks/0/headingLevel: value 0 is below the minimum 1"]),
      (.table(Table(columns: -1, rows: [])), ["/blocks/0/columns: value -1 is below the minimum 0"]),
      (
        Self.table([Cell("a", rowSpan: 0, colSpan: -2)]),
        [
          "/blocks/0/rows/0/cells/0/rowSpan: value 0 is below the minimum 1",
          "/blocks/0/rows/0/cells/0/colSpan: value -2 is below the minimum 1",
        ]
      ),
      (
        Self.table([Cell("a", anchors: [Anchor(name: "b", paragraph: -1)])]),
        ["/blocks/0/rows/0/cells/0/anchors/0/paragraph: value -1 is below the minimum 0"]
      ),
      (
        .paragraph(Paragraph("x", noteReferences: [NoteReference(kind: .comment, id: "1", offset: -3)])),
        ["/blocks/0/notes/0/offset: value -3 is below the minimum 0"]
      ),
      (
        Self.table([Cell("a", blocks: [.paragraph(Paragraph("n", headingLevel: 10))])]),
        ["/blocks/0/rows/0/cells/0/blocks/0/headingLevel: value 10 is above the maximum 9"]
      ),
    ]
    for (block, expected) in cases {
      #expect(Self.findings(SchemaCheck(), block) == expected)
      // What the check gave before it read blocks through views: every violation of the value.
      let before = validator.validate(JSONValue(block)).map { "/blocks/0\($0.instancePointer): \($0.message)" }
      #expect(before == expected)
      #expect(!validator.isValid(BlockJSONView(block)))
    }
  }
}
