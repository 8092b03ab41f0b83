/// Turns a draft 2020-12 schema document into a `JSONSchema`, refusing what the validator does not support.
///
/// Every subschema is compiled, used or not, so an unsupported keyword anywhere is refused. `$ref`s
/// are resolved once all nodes exist (see `JSONSchemaCompiler+References.swift`).
struct JSONSchemaCompiler {
  /// The draft this validator implements, as `$schema` names it.
  static let dialect = "https://json-schema.org/draft/2020-12/schema"

  /// Keywords that only annotate: accepted, their values' types checked, nothing validated.
  static let annotationKeywords: Set<String> = [
    "$schema", "$id", "$comment", "title", "description", "default", "examples", "deprecated", "readOnly",
    "writeOnly",
  ]

  /// Keywords that validate or apply subschemas, and `$defs`.
  static let validationKeywords: Set<String> = [
    "type", "enum", "const", "properties", "required", "additionalProperties", "patternProperties", "items",
    "prefixItems", "minItems", "maxItems", "uniqueItems", "minLength", "maxLength", "minimum", "maximum",
    "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "pattern", "allOf", "anyOf", "oneOf", "not", "$ref",
    "$defs",
  ]

  /// A `$ref` met while compiling, resolved when every node exists.
  struct PendingReference {
    /// The node holding the keyword.
    var node: Int
    /// The keyword's index among the node's keywords.
    var keyword: Int
    /// The reference as written.
    var reference: String
    /// The JSON pointer of the `$ref` keyword.
    var pointer: String
  }

  /// The nodes so far.
  var nodes: [JSONSchema.Node] = []
  /// The node compiled from each JSON pointer of the schema document.
  var nodeAtPointer: [String: Int] = [:]
  /// The `$ref`s to resolve.
  var references: [PendingReference] = []
  /// The root's `$id`, without an empty fragment, if it has one.
  var rootID: String?

  /// Compiles a schema document.
  ///
  /// - Parameter document: The schema.
  /// - Returns: The compiled schema.
  /// - Throws: `JSONSchemaError` for an unsupported keyword or dialect, a malformed keyword, or a `$ref`
  ///   that cannot be resolved or that loops without descending into the instance.
  static func compile(_ document: JSONValue) throws -> JSONSchema {
    var compiler = JSONSchemaCompiler()
    // Checked first, so that a schema for another draft is refused as such, not for its keywords.
    if let dialect = document["$schema"] { try checkDialect(dialect, at: "/$schema") }
    let root = try compiler.compileSchema(document, at: "")
    try compiler.resolveReferences()
    let schema = JSONSchema(nodes: compiler.nodes, root: root)
    try compiler.refuseLoops(in: schema)
    return schema
  }

  /// Compiles the subschema `value` found at `pointer`.
  ///
  /// - Returns: Its node index.
  mutating func compileSchema(_ value: JSONValue, at pointer: String) throws -> Int {
    let index = nodes.count
    nodeAtPointer[pointer] = index
    switch value {
    case .bool(let accepts):
      nodes.append(JSONSchema.Node(pointer: pointer, body: .always(accepts)))
      return index
    case .object(let members):
      nodes.append(JSONSchema.Node(pointer: pointer, body: .keywords([])))
      var keywords: [JSONSchema.Keyword] = []
      for (name, value) in members {
        let keywordPointer = JSONPointer.appending(pointer, name)
        guard let check = try compileKeyword(name, value, at: keywordPointer, inRoot: pointer.isEmpty) else { continue }
        if case .string(let reference) = value, name == "$ref" {
          references.append(
            PendingReference(node: index, keyword: keywords.count, reference: reference, pointer: keywordPointer))
        }
        keywords.append(JSONSchema.Keyword(pointer: keywordPointer, check: check))
      }
      nodes[index].body = .keywords(Self.linkSiblings(keywords))
      return index
    default:
      throw Self.malformed("a schema must be an object or a boolean, found \(value.summary)", at: pointer)
    }
  }

  /// Gives `additionalProperties` the names and patterns beside it, and `items` the count of `prefixItems`.
  private static func linkSiblings(_ keywords: [JSONSchema.Keyword]) -> [JSONSchema.Keyword] {
    var named = PropertyTable()
    var patterns: [SchemaPattern] = []
    var prefixCount = 0
    for keyword in keywords {
      switch keyword.check {
      case .properties(let schemas): named = schemas
      case .patternProperties(let schemas): patterns = schemas.map(\.pattern)
      case .prefixItems(let schemas): prefixCount = schemas.count
      default: break
      }
    }
    return keywords.map { keyword in
      var keyword = keyword
      switch keyword.check {
      case .additionalProperties(let node, _, _):
        keyword.check = .additionalProperties(node: node, named: named, patterns: patterns)
      case .items(let node, _): keyword.check = .items(node: node, from: prefixCount)
      default: break
      }
      return keyword
    }
  }

  /// Compiles one keyword of an object schema.
  ///
  /// - Returns: What it checks, or nil for annotations and `$defs` (whose subschemas are compiled).
  private mutating func compileKeyword(_ name: String, _ value: JSONValue, at pointer: String, inRoot: Bool) throws
    -> JSONSchema.Check?
  {
    switch name {
    case "type": return .type(try Self.typeNames(value, at: pointer))
    case "enum":
      guard case .array(let values) = value else { throw Self.malformed("enum", "an array", value, at: pointer) }
      return .enumeration(values)
    case "const": return .constant(value)
    case "properties": return .properties(PropertyTable(try compileSchemaMap(value, name, at: pointer)))
    case "patternProperties":
      guard case .object(let members) = value else { throw Self.malformed(name, "an object", value, at: pointer) }
      var schemas: [(pattern: SchemaPattern, node: Int)] = []
      for (source, schema) in members {
        let memberPointer = JSONPointer.appending(pointer, source)
        schemas.append((try Self.pattern(source, at: memberPointer), try compileSchema(schema, at: memberPointer)))
      }
      return .patternProperties(schemas)
    case "additionalProperties":
      return .additionalProperties(node: try compileSchema(value, at: pointer), named: PropertyTable(), patterns: [])
    case "required": return .required(try Self.uniqueStrings(value, name, at: pointer))
    case "prefixItems": return .prefixItems(try compileSchemaArray(value, name, at: pointer))
    case "items":
      if case .array = value {
        throw Self.malformed(
          "items must be one schema in draft 2020-12; use prefixItems for a list of schemas", at: pointer)
      }
      return .items(node: try compileSchema(value, at: pointer), from: 0)
    case "minItems": return .minItems(try Self.count(value, name, at: pointer))
    case "maxItems": return .maxItems(try Self.count(value, name, at: pointer))
    case "uniqueItems":
      guard case .bool(let unique) = value else { throw Self.malformed(name, "a boolean", value, at: pointer) }
      return unique ? .uniqueItems : nil
    case "minLength": return .minLength(try Self.count(value, name, at: pointer))
    case "maxLength": return .maxLength(try Self.count(value, name, at: pointer))
    case "pattern":
      guard case .string(let source) = value else { throw Self.malformed(name, "a string", value, at: pointer) }
      return .pattern(try Self.pattern(source, at: pointer))
    case "minimum": return .minimum(try Self.number(value, name, at: pointer))
    case "maximum": return .maximum(try Self.number(value, name, at: pointer))
    case "exclusiveMinimum": return .exclusiveMinimum(try Self.number(value, name, at: pointer))
    case "exclusiveMaximum": return .exclusiveMaximum(try Self.number(value, name, at: pointer))
    case "multipleOf":
      let divisor = try Self.number(value, name, at: pointer)
      guard divisor > .int(0) else { throw Self.malformed(name, "a number above 0", value, at: pointer) }
      return .multipleOf(divisor)
    case "allOf": return .allOf(try compileSchemaArray(value, name, at: pointer))
    case "anyOf": return .anyOf(try compileSchemaArray(value, name, at: pointer))
    case "oneOf": return .oneOf(try compileSchemaArray(value, name, at: pointer))
    case "not": return .not(try compileSchema(value, at: pointer))
    case "$ref":
      guard case .string = value else { throw Self.malformed(name, "a string", value, at: pointer) }
      return .reference(-1)
    case "$defs":
      _ = try compileSchemaMap(value, name, at: pointer)
      return nil
    default:
      try checkAnnotation(name, value, at: pointer, inRoot: inRoot)
      return nil
    }
  }

  /// Compiles an object whose member values are schemas.
  private mutating func compileSchemaMap(_ value: JSONValue, _ name: String, at pointer: String) throws
    -> [JSONKey: Int]
  {
    guard case .object(let members) = value else { throw Self.malformed(name, "an object", value, at: pointer) }
    var nodes: [JSONKey: Int] = [:]
    for (key, schema) in members {
      nodes[JSONKey(key)] = try compileSchema(schema, at: JSONPointer.appending(pointer, key))
    }
    return nodes
  }

  /// Compiles a non-empty array of schemas.
  private mutating func compileSchemaArray(_ value: JSONValue, _ name: String, at pointer: String) throws -> [Int] {
    guard case .array(let schemas) = value, !schemas.isEmpty else {
      throw Self.malformed(name, "a non-empty array of schemas", value, at: pointer)
    }
    return try schemas.enumerated().map { try compileSchema($1, at: pointer + "/\($0)") }
  }
}
