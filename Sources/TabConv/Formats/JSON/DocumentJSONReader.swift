import Foundation

/// Reads tabconv's canonical JSON back into a document.
///
/// Coverage: everything `DocumentJSONWriter` writes. The reader is strict, as the schema is:
/// an unknown member, a wrong type or a missing member is an error naming its JSON pointer
/// (`in.json: /blocks/3/rows/0/cells/2: missing member "text"`). Beyond the schema, it refuses a
/// `listLabel` the paragraph's text does not start with, and a note reference whose offset lies
/// past the end of its paragraph.
///
/// - Complexity: memory grows with the input (the JSON is parsed whole).
public struct DocumentJSONReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// Reads a document from canonical JSON.
  ///
  /// - Parameters:
  ///   - bytes: The JSON text, UTF-8.
  ///   - file: The input's name for messages.
  /// - Returns: The document as the JSON describes it (its `source` is the JSON's own).
  /// - Throws: `JSONParseError` for malformed JSON, `DocumentJSONError` for JSON that is not a document.
  public func read(bytes: [UInt8], file: String?) throws -> Document {
    let value = try JSONParser.parse(bytes, file: file)
    return try read(value: value, file: file, inputSize: bytes.count)
  }

  /// Reads a document from a parsed JSON value.
  ///
  /// - Parameters:
  ///   - value: The parsed JSON.
  ///   - file: The input's name for messages.
  ///   - inputSize: The size of the JSON text, which bounds the tables it may declare
  ///     (`TableSizeLimit`); 0 allows only the floor.
  /// - Throws: `DocumentJSONError` naming the JSON pointer of the first problem;
  ///   `TableTooLargeError` for a table whose rows × columns pass the limit.
  public func read(value: JSONValue, file: String?, inputSize: Int = 0) throws -> Document {
    var decoder = Decoder(file: file, inputSize: inputSize)
    return try decoder.document(value)
  }

  /// Decodes one document; the notes and page furniture are in `DocumentJSONReader+Notes.swift`.
  struct Decoder {
    let file: String?
    var inputSize = 0

    func fail(_ kind: DocumentJSONError.Kind, at pointer: String) -> DocumentJSONError {
      DocumentJSONError(kind: kind, location: SourceLocation(file: file, pointer: pointer))
    }

    func members(_ value: JSONValue, at pointer: String, allowed: Set<String>) throws -> [String: JSONValue] {
      guard case .object(let members) = value else {
        throw fail(.wrongType(expected: "an object", found: value.typeDescription), at: pointer)
      }
      var result: [String: JSONValue] = [:]
      for (key, member) in members {
        guard allowed.contains(key) else { throw fail(.unknownMember(key), at: pointer + "/" + escape(key)) }
        result[key] = member
      }
      return result
    }

    func string(_ value: JSONValue?, _ name: String, at pointer: String) throws -> String? {
      guard let value else { return nil }
      guard case .string(let text) = value else {
        throw fail(.wrongType(expected: "a string", found: value.typeDescription), at: pointer + "/" + name)
      }
      return text
    }

    func integer(_ value: JSONValue?, _ name: String, at pointer: String, minimum: Int) throws -> Int? {
      guard let value else { return nil }
      guard case .number(let number) = value, let exact = number.exactInteger, exact >= minimum, exact <= Int32.max
      else {
        throw fail(
          .wrongType(expected: "an integer ≥ \(minimum)", found: value.typeDescription), at: pointer + "/" + name)
      }
      return Int(exact)
    }

    func array(_ value: JSONValue?, _ name: String, at pointer: String) throws -> [JSONValue]? {
      guard let value else { return nil }
      guard case .array(let items) = value else {
        throw fail(.wrongType(expected: "an array", found: value.typeDescription), at: pointer + "/" + name)
      }
      return items
    }

    func required<T>(_ value: T?, _ name: String, at pointer: String) throws -> T {
      guard let value else { throw fail(.missing(member: name), at: pointer) }
      return value
    }

    mutating func document(_ value: JSONValue) throws -> Document {
      let root = try members(
        value, at: "", allowed: ["version", "generator", "source", "blocks", "notes", "pageFurniture", "warnings"])
      let version = try required(integer(root["version"], "version", at: "", minimum: 0), "version", at: "")
      guard version == Document.modelVersion else {
        throw fail(.invalidValue(String(version), allowed: "version \(Document.modelVersion)"), at: "/version")
      }
      _ = try string(root["generator"], "generator", at: "")
      let source = try root["source"].map { try self.source($0, at: "/source") }
      let blockValues = try required(array(root["blocks"], "blocks", at: ""), "blocks", at: "")
      let blocks = try blockValues.enumerated().map { try block($1, at: "/blocks/\($0)") }
      let notes = try (array(root["notes"], "notes", at: "") ?? []).enumerated().map {
        try note($1, at: "/notes/\($0)")
      }
      let furniture = try (array(root["pageFurniture"], "pageFurniture", at: "") ?? []).enumerated().map {
        try pageFurniture($1, at: "/pageFurniture/\($0)")
      }
      let warningValues = try array(root["warnings"], "warnings", at: "") ?? []
      let warnings = try warningValues.enumerated().map { try warning($1, at: "/warnings/\($0)") }
      // A warning's place is in the original input, which `source` names, not in this JSON file.
      let placed = warnings.map { warning in
        var warning = warning
        warning.location.file = source?.file
        return warning
      }
      return Document(blocks: blocks, source: source, warnings: placed, notes: notes, pageFurniture: furniture)
    }

    func source(_ value: JSONValue, at pointer: String) throws -> Source {
      let object = try members(value, at: pointer, allowed: ["format", "file", "sha256", "tikaLayout"])
      let formatName = try required(string(object["format"], "format", at: pointer), "format", at: pointer)
      guard let format = Format(rawValue: formatName) else {
        throw fail(.invalidValue("\"\(formatName)\"", allowed: "a format name"), at: pointer + "/format")
      }
      var layout: TikaLayout?
      if let name = try string(object["tikaLayout"], "tikaLayout", at: pointer) {
        guard let known = TikaLayout(rawValue: name) else {
          throw fail(
            .invalidValue("\"\(name)\"", allowed: "cell-per-line or row-per-line"), at: pointer + "/tikaLayout")
        }
        layout = known
      }
      return Source(
        format: format, file: try string(object["file"], "file", at: pointer),
        sha256: try string(object["sha256"], "sha256", at: pointer), tikaLayout: layout)
    }

    func block(_ value: JSONValue, at pointer: String) throws -> Block {
      let type = try string(value["type"], "type", at: pointer)
      switch type {
      case "paragraph":
        let object = try members(
          value, at: pointer,
          allowed: ["type", "text", "listLabel", "headingLevel", "style", "anchors", "notes", "textBox"])
        var paragraph = Paragraph(try required(string(object["text"], "text", at: pointer), "text", at: pointer))
        paragraph.listLabel = try listLabel(object["listLabel"], text: paragraph.text, at: pointer)
        paragraph.noteReferences = try noteReferences(object["notes"], at: pointer, allowParagraph: false)
        try checkOffsets(paragraph.noteReferences, text: paragraph.text, at: pointer)
        paragraph.inTextBox = try textBox(object["textBox"], at: pointer)
        paragraph.headingLevel = try integer(object["headingLevel"], "headingLevel", at: pointer, minimum: 1)
        paragraph.style = try string(object["style"], "style", at: pointer)
        paragraph.anchors = try anchors(object["anchors"], at: pointer, allowParagraph: false)
        return .paragraph(paragraph)
      case "table":
        let object = try members(value, at: pointer, allowed: ["type", "columns", "textBox", "rows"])
        let columns = try required(
          integer(object["columns"], "columns", at: pointer, minimum: 0), "columns", at: pointer)
        let rowValues = try required(array(object["rows"], "rows", at: pointer), "rows", at: pointer)
        guard TableSizeLimit.allows(rows: rowValues.count, columns: columns, inputSize: inputSize) else {
          throw TableTooLargeError(
            rows: rowValues.count, columns: columns, inputSize: inputSize,
            location: SourceLocation(file: file, pointer: pointer))
        }
        let rows = try rowValues.enumerated().map { try row($1, at: pointer + "/rows/\($0)") }
        return .table(Table(columns: columns, rows: rows, inTextBox: try textBox(object["textBox"], at: pointer)))
      case nil:
        _ = try members(value, at: pointer, allowed: [])  // reports a non-object first
        throw fail(.missing(member: "type"), at: pointer)
      case let other?:
        throw fail(.invalidValue("\"\(other)\"", allowed: "\"paragraph\" or \"table\""), at: pointer + "/type")
      }
    }

    func row(_ value: JSONValue, at pointer: String) throws -> Row {
      let object = try members(value, at: pointer, allowed: ["cells", "header"])
      let cellValues = try required(array(object["cells"], "cells", at: pointer), "cells", at: pointer)
      var isHeader = false
      if let header = object["header"] {
        guard case .bool(let flag) = header else {
          throw fail(.wrongType(expected: "a boolean", found: header.typeDescription), at: pointer + "/header")
        }
        isHeader = flag
      }
      return Row(
        cells: try cellValues.enumerated().map { try cell($1, at: pointer + "/cells/\($0)") }, isHeader: isHeader)
    }

    func cell(_ value: JSONValue, at pointer: String) throws -> Cell {
      let object = try members(
        value, at: pointer, allowed: ["text", "rowSpan", "colSpan", "spanSource", "anchors", "notes", "blocks"])
      var cell = Cell(try required(string(object["text"], "text", at: pointer), "text", at: pointer))
      cell.rowSpan = try integer(object["rowSpan"], "rowSpan", at: pointer, minimum: 1) ?? 1
      cell.colSpan = try integer(object["colSpan"], "colSpan", at: pointer, minimum: 1) ?? 1
      if let name = try string(object["spanSource"], "spanSource", at: pointer) {
        guard let source = SpanSource(rawValue: name) else {
          throw fail(.invalidValue("\"\(name)\"", allowed: "\"declared\" or \"inferred\""), at: pointer + "/spanSource")
        }
        cell.spanSource = source
      }
      cell.anchors = try anchors(object["anchors"], at: pointer, allowParagraph: true)
      cell.noteReferences = try noteReferences(object["notes"], at: pointer, allowParagraph: true)
      if let blockValues = try array(object["blocks"], "blocks", at: pointer) {
        cell.blocks = try blockValues.enumerated().map { try block($1, at: pointer + "/blocks/\($0)") }
      }
      return cell
    }

    func anchors(_ value: JSONValue?, at pointer: String, allowParagraph: Bool) throws -> [Anchor] {
      let items = try array(value, "anchors", at: pointer) ?? []
      return try items.enumerated().map { index, item in
        let place = pointer + "/anchors/\(index)"
        let object = try members(item, at: place, allowed: allowParagraph ? ["name", "paragraph"] : ["name"])
        let name = try required(string(object["name"], "name", at: place), "name", at: place)
        let paragraph = try integer(object["paragraph"], "paragraph", at: place, minimum: 0) ?? 0
        return Anchor(name: name, paragraph: paragraph)
      }
    }

    func warning(_ value: JSONValue, at pointer: String) throws -> DocumentWarning {
      let object = try members(value, at: pointer, allowed: ["kind", "message", "place"])
      let kindName = try required(string(object["kind"], "kind", at: pointer), "kind", at: pointer)
      guard let kind = DocumentWarning.Kind(rawValue: kindName) else {
        throw fail(.invalidValue("\"\(kindName)\"", allowed: "a warning kind"), at: pointer + "/kind")
      }
      let message = try required(string(object["message"], "message", at: pointer), "message", at: pointer)
      let placePointer = pointer + "/place"
      let placeValue = try required(object["place"], "place", at: pointer)
      let place = try members(
        placeValue, at: placePointer, allowed: ["part", "pointer", "line", "column", "block", "row", "cell"])
      let location = SourceLocation(
        part: try string(place["part"], "part", at: placePointer),
        line: try integer(place["line"], "line", at: placePointer, minimum: 1),
        column: try integer(place["column"], "column", at: placePointer, minimum: 1),
        pointer: try string(place["pointer"], "pointer", at: placePointer),
        block: try integer(place["block"], "block", at: placePointer, minimum: 1),
        row: try integer(place["row"], "row", at: placePointer, minimum: 1),
        cell: try integer(place["cell"], "cell", at: placePointer, minimum: 1))
      return DocumentWarning(kind, message, at: location)
    }

    func escape(_ key: String) -> String {
      key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
  }
}

extension JSONValue {
  /// How the value reads in a message: `a string "3"`, `an array`, `null`.
  var typeDescription: String {
    switch self {
    case .null: "null"
    case .bool(let flag): "\(flag)"
    case .number(let number): "the number \(number.exactInteger.map(String.init) ?? String(number.doubleValue))"
    case .string(let text): "a string \"\(text.prefix(40))\""
    case .array: "an array"
    case .object: "an object"
    }
  }
}
