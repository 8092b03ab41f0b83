/// A compiled schema laid out for the accept pass (`AcceptProgram.accepts`): the same nodes, each
/// keyword an `Operation` whose lists, values and tables are moved into arrays of their own and
/// referred to by index.
///
/// The accept pass runs on every block of every conversion. Walking `JSONSchema.Keyword`s copies
/// each keyword's pointer string and payload (reference counting on every step); an `Operation`
/// holds only integers and numbers, so reading one costs a load. The program is derived from the
/// compiled schema alone, so it checks whatever the schema text says; its layout
/// (`AcceptProgram+Layout.swift`) and shortcuts (`AcceptProgram+Shortcuts.swift`) only make the
/// same verdict cheaper to reach.
struct AcceptProgram: Sendable {
  /// What a node does: accept or refuse everything, accept the values of some kinds only, or run
  /// `operations[start..<end]` in order.
  enum NodeCode: Sendable {
    case always(Bool)
    /// Accepts exactly the values whose kind is in the set (which never holds `integer`): a node
    /// such as `{"type": "string"}`, checked without a view of the value (`JSONView.memberKind`).
    case kinds(TypeSet)
    case operations(start: Int, end: Int)
  }

  /// A range of one of the side arrays.
  struct Slice: Sendable {
    var start: Int
    var end: Int

    var range: Range<Int> { start..<end }
  }

  /// A `properties` table: its names in `propertyEntries[entries]`, or, when it is too large to
  /// scan, in `propertyDictionaries[dictionary]`.
  struct Table: Sendable {
    var entries: Slice
    var dictionary: Int?
  }

  /// A name of a `properties` table, with its schema.
  struct PropertyEntry: Sendable {
    var name: String
    var byteCount: Int
    var node: Int
    /// The name's bit in its `members` operation's `required` mask, 0 when `required` does not list it.
    var requiredBit: UInt64
  }

  /// What one keyword (or a node's member keywords together) checks.
  ///
  /// Node values are indices into `nodes`.
  enum Operation: Sendable {
    case type(TypeSet)
    /// Equal to one of `constants[slice]`.
    case enumeration(Slice)
    /// Equal to `constants[index]`.
    case constant(Int)
    /// Members named in the table against their schemas.
    case properties(Table)
    /// Members whose names match `patternProperties[slice]`'s patterns, against their schemas.
    case patternProperties(Slice)
    /// Members neither in the table (nil: none) nor matching `patterns[slice]`, against `node`.
    case additionalProperties(node: Int, named: Table?, patterns: Slice)
    /// A node's `properties`, `patternProperties` and `additionalProperties` (each optional) in
    /// one pass over the members: each member against the schema its name has in the table, those
    /// of the patterns it matches, or, matched by neither, the `additional` schema; and the names
    /// `required` lists that the table lists too, as bits (`PropertyEntry.requiredBit`), all of
    /// which the members must set.
    case members(properties: Table?, patternProperties: Slice, additional: Int?, required: UInt64)
    /// Members named `names[slice]` present.
    case required(Slice)
    /// Items against `nodeLists[slice]`, one schema each.
    case prefixItems(Slice)
    case items(node: Int, from: Int)
    case minItems(Int)
    case maxItems(Int)
    case uniqueItems
    case minLength(Int)
    case maxLength(Int)
    /// Matching `patterns[index]`.
    case pattern(Int)
    case minimum(JSONNumber)
    case maximum(JSONNumber)
    case exclusiveMinimum(JSONNumber)
    case exclusiveMaximum(JSONNumber)
    case multipleOf(JSONNumber)
    /// Each of `nodeLists[slice]`.
    case allOf(Slice)
    case anyOf(Slice)
    case oneOf(Slice)
    case not(Int)
    case reference(Int)
  }

  /// A set of JSON Schema type names.
  struct TypeSet: OptionSet, Sendable {
    let rawValue: UInt8
    static let null = TypeSet(rawValue: 1 << 0)
    static let boolean = TypeSet(rawValue: 1 << 1)
    static let object = TypeSet(rawValue: 1 << 2)
    static let array = TypeSet(rawValue: 1 << 3)
    static let number = TypeSet(rawValue: 1 << 4)
    static let string = TypeSet(rawValue: 1 << 5)
    static let integer = TypeSet(rawValue: 1 << 6)

    init(rawValue: UInt8) {
      self.rawValue = rawValue
    }

    /// The set of the names `type` lists.
    init(_ names: [JSONSchema.TypeName]) {
      var set: TypeSet = []
      for name in names {
        switch name {
        case .null: set.insert(.null)
        case .boolean: set.insert(.boolean)
        case .object: set.insert(.object)
        case .array: set.insert(.array)
        case .number: set.insert(.number)
        case .string: set.insert(.string)
        case .integer: set.insert(.integer)
        }
      }
      self = set
    }

    /// Whether a value of `kind` has one of the types, leaving `integer` aside.
    func contains(kind: JSONKind) -> Bool {
      switch kind {
      case .null: contains(.null)
      case .bool: contains(.boolean)
      case .object: contains(.object)
      case .array: contains(.array)
      case .number: contains(.number)
      case .string: contains(.string)
      }
    }
  }

  /// Each node's code, by node index.
  var nodes: [NodeCode] = []
  /// Every node's operations, node after node.
  var operations: [Operation] = []
  /// The values of `enum` and `const`.
  var constants: [JSONValue] = []
  /// The names of `properties` tables, table after table.
  var propertyEntries: [PropertyEntry] = []
  /// The `properties` tables too large to scan: each name's index in `propertyEntries`.
  var propertyDictionaries: [[JSONKey: Int]] = []
  /// The names of `required`.
  var names: [String] = []
  /// The regular expressions of `pattern`, `patternProperties` and those beside `additionalProperties`.
  var patterns: [SchemaPattern] = []
  /// The patterns (indices into `patterns`) and schemas of `patternProperties`.
  var patternProperties: [(pattern: Int, node: Int)] = []
  /// The node lists of `allOf`, `anyOf`, `oneOf` and `prefixItems`.
  var nodeLists: [Int] = []

  /// Lays out a compiled schema's nodes.
  ///
  /// - Parameter nodes: The compiled nodes; their indices are kept.
  init(_ nodes: [JSONSchema.Node]) {
    for node in nodes {
      switch node.body {
      case .always(let accepts):
        self.nodes.append(.always(accepts))
      case .keywords(let keywords):
        let start = operations.count
        layOut(keywords)
        self.nodes.append(.operations(start: start, end: operations.count))
      }
    }
    takeShortcuts()
  }
}
