/// A compiled JSON Schema: every subschema as a node, with `$ref`s resolved to node indices.
///
/// Nodes refer to each other by index, so recursive schemas need no reference cycles in memory.
/// Build one with `JSONSchemaCompiler`; check instances with `JSONSchemaEvaluator` (every violation)
/// or `AcceptProgram.accepts` (the verdict alone).
struct JSONSchema: Sendable {
  /// Every subschema, in the order the compiler met them.
  let nodes: [Node]
  /// The index of the root schema in `nodes`.
  let root: Int
  /// The same nodes laid out for the accept pass.
  let program: AcceptProgram

  /// A schema of compiled nodes.
  ///
  /// - Parameters:
  ///   - nodes: Every subschema, `$ref`s resolved.
  ///   - root: The index of the root schema in `nodes`.
  init(nodes: [Node], root: Int) {
    self.init(nodes: nodes, root: root, program: AcceptProgram(nodes))
  }

  /// The same schema with another root: a subschema, its `$ref`s still resolved in the whole.
  ///
  /// - Parameter root: The index of the new root in `nodes`.
  func rooted(at root: Int) -> JSONSchema {
    JSONSchema(nodes: nodes, root: root, program: program)
  }

  private init(nodes: [Node], root: Int, program: AcceptProgram) {
    self.nodes = nodes
    self.root = root
    self.program = program
  }

  /// One subschema.
  struct Node: Sendable {
    /// Where it is in the schema document, as a JSON pointer.
    var pointer: String
    /// What it checks.
    var body: Body
  }

  /// What a subschema checks.
  enum Body: Sendable {
    /// A boolean schema: `true` accepts everything, `false` nothing.
    case always(Bool)
    /// An object schema's assertions and applicators, in the order the schema lists them.
    case keywords([Keyword])
  }

  /// One keyword of an object schema, with where it is in the schema document.
  struct Keyword: Sendable {
    /// The keyword's JSON pointer, such as `/properties/text/type`.
    var pointer: String
    /// What it checks.
    var check: Check
  }

  /// What one keyword checks.
  ///
  /// Node values are indices into `nodes`.
  enum Check: Sendable {
    case type([TypeName])
    case enumeration([JSONValue])
    case constant(JSONValue)
    /// Member names and their schemas, found code point by code point.
    case properties(PropertyTable)
    case patternProperties([(pattern: SchemaPattern, node: Int)])
    /// The schema for members that neither `properties` nor `patternProperties` (beside it) name.
    case additionalProperties(node: Int, named: PropertyTable, patterns: [SchemaPattern])
    case required([String])
    case prefixItems([Int])
    /// The schema for items past the `prefixItems` beside it.
    case items(node: Int, from: Int)
    case minItems(Int)
    case maxItems(Int)
    case uniqueItems
    case minLength(Int)
    case maxLength(Int)
    case pattern(SchemaPattern)
    case minimum(JSONNumber)
    case maximum(JSONNumber)
    case exclusiveMinimum(JSONNumber)
    case exclusiveMaximum(JSONNumber)
    case multipleOf(JSONNumber)
    case allOf([Int])
    case anyOf([Int])
    case oneOf([Int])
    case not(Int)
    /// A `$ref`, resolved to the node it names.
    case reference(Int)
  }

  /// The seven JSON Schema type names.
  enum TypeName: String, Sendable, CaseIterable {
    case null, boolean, object, array, number, string, integer

    /// Whether `value` has this type; `integer` accepts numbers with no fractional part, such as `1.0`.
    func matches<Instance: JSONView>(_ value: Instance) -> Bool {
      switch (self, value.kind) {
      case (.null, .null), (.boolean, .bool), (.object, .object), (.array, .array), (.number, .number),
        (.string, .string):
        return true
      case (.integer, .number): return value.numberValue?.isInteger ?? false
      default: return false
      }
    }
  }
}
