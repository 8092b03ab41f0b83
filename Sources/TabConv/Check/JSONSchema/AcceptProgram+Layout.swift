/// How `AcceptProgram.init` lays out each keyword of a compiled schema.
extension AcceptProgram {
  /// The operation of one keyword, its lists and values appended to the side arrays.
  private mutating func operation(for check: JSONSchema.Check) -> Operation {
    switch check {
    case .type(let types): return .type(TypeSet(types))
    case .enumeration(let values): return .enumeration(Self.append(values, to: &constants))
    case .constant(let value):
      constants.append(value)
      return .constant(constants.count - 1)
    case .properties(let table):
      return .properties(append(table))
    case .patternProperties(let schemas):
      let start = patternProperties.count
      for (pattern, node) in schemas {
        patterns.append(pattern)
        patternProperties.append((patterns.count - 1, node))
      }
      return .patternProperties(Slice(start: start, end: patternProperties.count))
    case .additionalProperties(let node, let named, let besides):
      return .additionalProperties(
        node: node, named: named.isEmpty ? nil : append(named), patterns: Self.append(besides, to: &patterns))
    case .required(let required): return .required(Self.append(required, to: &names))
    case .prefixItems(let nodes): return .prefixItems(Self.append(nodes, to: &nodeLists))
    case .items(let node, let start): return .items(node: node, from: start)
    case .minItems(let count): return .minItems(count)
    case .maxItems(let count): return .maxItems(count)
    case .uniqueItems: return .uniqueItems
    case .minLength(let length): return .minLength(length)
    case .maxLength(let length): return .maxLength(length)
    case .pattern(let pattern):
      patterns.append(pattern)
      return .pattern(patterns.count - 1)
    case .minimum(let number): return .minimum(number)
    case .maximum(let number): return .maximum(number)
    case .exclusiveMinimum(let number): return .exclusiveMinimum(number)
    case .exclusiveMaximum(let number): return .exclusiveMaximum(number)
    case .multipleOf(let number): return .multipleOf(number)
    case .allOf(let nodes): return .allOf(Self.append(nodes, to: &nodeLists))
    case .anyOf(let nodes): return .anyOf(Self.append(nodes, to: &nodeLists))
    case .oneOf(let nodes): return .oneOf(Self.append(nodes, to: &nodeLists))
    case .not(let node): return .not(node)
    case .reference(let node): return .reference(node)
    }
  }

  /// Appends the operations of one node's keywords.
  ///
  /// A node's `properties`, `patternProperties` and `additionalProperties` become one `members`
  /// operation, standing where the first of them stood, and the names of its `required` that its
  /// `properties` lists join it as bits; the rest of `required` keeps its own operation. The
  /// keywords of a node are a conjunction, so the verdict does not depend on their order. A node
  /// with one of these keywords twice (only a schema built in code can have it: the parser refuses
  /// duplicate keys) keeps an operation per keyword.
  mutating func layOut(_ keywords: [JSONSchema.Keyword]) {
    var properties: [PropertyTable] = []
    var patternSchemas: [[(pattern: SchemaPattern, node: Int)]] = []
    var additional: [Int] = []
    var required: [[String]] = []
    for keyword in keywords {
      switch keyword.check {
      case .properties(let table): properties.append(table)
      case .patternProperties(let schemas): patternSchemas.append(schemas)
      case .additionalProperties(let node, _, _): additional.append(node)
      case .required(let names): required.append(names)
      default: break
      }
    }
    guard properties.count + patternSchemas.count + additional.count > 0, properties.count <= 1,
      patternSchemas.count <= 1, additional.count <= 1, required.count <= 1
    else {
      for keyword in keywords { operations.append(operation(for: keyword.check)) }
      return
    }
    // Up to 64 required names that the table lists become bits; a large table is not scanned, so
    // its names have none.
    let requiredNames = required.first ?? []
    var bitNames: [String] = []
    if let table = properties.first, table.dictionary.isEmpty, requiredNames.count <= 64 {
      bitNames = requiredNames.filter { table.contains($0) }
    }
    let unlisted = requiredNames.filter { name in !bitNames.contains { JSONKey.sameCodePoints($0, name) } }
    // `additionalProperties` covers what the `properties` and `patternProperties` beside it do not
    // (`JSONSchemaCompiler.linkSiblings`), which is what the fused operation leaves to it.
    let start = patternProperties.count
    for (pattern, node) in patternSchemas.first ?? [] {
      patterns.append(pattern)
      patternProperties.append((patterns.count - 1, node))
    }
    let members = Operation.members(
      properties: properties.first.map { append($0, requiredBits: bitNames) },
      patternProperties: Slice(start: start, end: patternProperties.count), additional: additional.first,
      required: bitNames.isEmpty ? 0 : UInt64.max >> (64 - bitNames.count))
    var placed = false
    for keyword in keywords {
      switch keyword.check {
      case .properties, .patternProperties, .additionalProperties:
        if !placed { operations.append(members) }
        placed = true
      case .required:
        if !unlisted.isEmpty { operations.append(.required(Self.append(unlisted, to: &names))) }
      default:
        operations.append(operation(for: keyword.check))
      }
    }
  }

  /// Appends a `properties` table and returns where it went; the names `requiredBits` lists get
  /// bits 0, 1, … in that order.
  private mutating func append(_ table: PropertyTable, requiredBits: [String] = []) -> Table {
    let start = propertyEntries.count
    for entry in table.entries {
      let bit = requiredBits.firstIndex { JSONKey.sameCodePoints($0, entry.name) }.map { UInt64(1) << UInt64($0) }
      propertyEntries.append(
        PropertyEntry(name: entry.name, byteCount: entry.byteCount, node: entry.node, requiredBit: bit ?? 0))
    }
    let entries = Slice(start: start, end: propertyEntries.count)
    guard !table.dictionary.isEmpty else { return Table(entries: entries, dictionary: nil) }
    var indices: [JSONKey: Int] = [:]
    for index in entries.range { indices[JSONKey(propertyEntries[index].name)] = index }
    propertyDictionaries.append(indices)
    return Table(entries: entries, dictionary: propertyDictionaries.count - 1)
  }

  /// Appends `elements` to `array` and returns where they went.
  private static func append<Element>(_ elements: [Element], to array: inout [Element]) -> Slice {
    let start = array.count
    array += elements
    return Slice(start: start, end: array.count)
  }
}
