/// Applies a compiled schema to one instance and collects every violation.
///
/// Inside `anyOf`, `oneOf` and `not` only the answer counts, so the branches go through the accept
/// pass (`AcceptProgram.accepts`), which records nothing and stops at its first failure. Violations come
/// out in the instance's document order; those at the same place keep the order in which the
/// schema's keywords found them.
struct JSONSchemaEvaluator {
  /// A step from a value to one of its parts.
  private enum Step {
    /// An object member, with its position among the members.
    case member(String, position: Int)
    /// An array item.
    case index(Int)
  }

  /// The schema being applied.
  private let schema: JSONSchema
  /// The steps from the instance's root to the value being checked.
  private var path: [Step] = []
  /// The violations so far, with the positions of their place for sorting.
  private var found: [(order: [Int], violation: SchemaViolation)] = []

  private init(schema: JSONSchema) {
    self.schema = schema
  }

  /// Every violation of `schema` by `instance`, in document order.
  static func violations(of instance: JSONValue, against schema: JSONSchema) -> [SchemaViolation] {
    var evaluator = JSONSchemaEvaluator(schema: schema)
    _ = evaluator.apply(schema.root, to: instance)
    let numbered = evaluator.found.enumerated()
    return numbered.sorted { lhs, rhs in
      lhs.element.order == rhs.element.order
        ? lhs.offset < rhs.offset : lhs.element.order.lexicographicallyPrecedes(rhs.element.order)
    }.map(\.element.violation)
  }

  /// Applies the schema node `index` to `value`, the value at the end of `path`.
  ///
  /// - Returns: Whether it is valid.
  private mutating func apply(_ index: Int, to value: JSONValue) -> Bool {
    let node = schema.nodes[index]
    switch node.body {
    case .always(let accepts):
      if !accepts { report(ViolationMessage.falseSchema, keyword: node.pointer) }
      return accepts
    case .keywords(let keywords):
      var valid = true
      for keyword in keywords where !check(keyword.check, value, keyword: keyword.pointer) {
        valid = false
      }
      return valid
    }
  }

  /// Applies node `index` to a part of the current value, reporting `rejected` if the node is `false`.
  private mutating func apply(_ index: Int, to value: JSONValue, at step: Step, rejected: @autoclosure () -> String)
    -> Bool
  {
    path.append(step)
    defer { path.removeLast() }
    if case .always(false) = schema.nodes[index].body {
      report(rejected(), keyword: schema.nodes[index].pointer)
      return false
    }
    return apply(index, to: value)
  }

  /// Whether node `index` accepts `value`, recording nothing.
  private func accepts(_ index: Int, _ value: JSONValue) -> Bool {
    schema.program.accepts(value, at: index)
  }

  /// When no branch of `anyOf`/`oneOf` matches, reports the violations of the one branch that comes
  /// closest (strictly fewest violations), as a person would read it: a paragraph with a bad
  /// `headingLevel` is reported as that, not as "matches neither paragraph nor table".
  ///
  /// - Returns: Always false when it reported; false without reporting when no branch is closest.
  private mutating func reportClosestBranch(_ nodes: [Int], _ value: JSONValue) -> Bool {
    var counts: [(node: Int, found: [(order: [Int], violation: SchemaViolation)])] = []
    for node in nodes {
      let before = found
      found = []
      _ = apply(node, to: value)
      counts.append((node, found))
      found = before
    }
    let sorted = counts.sorted { $0.found.count < $1.found.count }
    guard let best = sorted.first, !best.found.isEmpty, sorted.count == 1 || sorted[1].found.count > best.found.count
    else { return false }
    found += best.found
    return true
  }

  /// Checks one keyword against `value`.
  private mutating func check(_ check: JSONSchema.Check, _ value: JSONValue, keyword: String) -> Bool {
    func fail(_ message: @autoclosure () -> String) -> Bool {
      report(message(), keyword: keyword)
      return false
    }
    switch (check, value) {
    case (.type(let types), _):
      return types.contains { $0.matches(value) } || fail(ViolationMessage.type(types, found: value))
    case (.enumeration(let values), _):
      return values.contains(value) || fail(ViolationMessage.enumeration(values, found: value))
    case (.constant(let constant), _):
      return constant == value || fail(ViolationMessage.constant(constant, found: value))
    case (.reference(let node), _):
      return apply(node, to: value)
    case (.allOf(let nodes), _):
      var valid = true
      for node in nodes where !apply(node, to: value) {
        valid = false
      }
      return valid
    case (.anyOf(let nodes), _):
      return nodes.contains { accepts($0, value) }
        || reportClosestBranch(nodes, value) || fail(ViolationMessage.noneMatched(nodes.count, keyword: "anyOf"))
    case (.oneOf(let nodes), _):
      var matched: [Int] = []
      for (position, node) in nodes.enumerated() where accepts(node, value) {
        matched.append(position)
      }
      if matched.count == 1 { return true }
      if matched.isEmpty, reportClosestBranch(nodes, value) { return false }
      return fail(
        matched.isEmpty
          ? ViolationMessage.noneMatched(nodes.count, keyword: "oneOf") : ViolationMessage.severalMatched(matched))
    case (.not(let node), _):
      return !accepts(node, value) || fail(ViolationMessage.notMatched)
    case (_, .object(let members)):
      return checkObject(check, members, keyword: keyword)
    case (_, .array(let items)):
      return checkArray(check, items, keyword: keyword)
    case (.minLength(let minimum), .string(let string)):
      let length = string.unicodeScalars.count
      return length >= minimum || fail(ViolationMessage.tooShort(length, minimum: minimum))
    case (.maxLength(let maximum), .string(let string)):
      let length = string.unicodeScalars.count
      return length <= maximum || fail(ViolationMessage.tooLong(length, maximum: maximum))
    case (.pattern(let pattern), .string(let string)):
      return pattern.matches(string) || fail(ViolationMessage.patternMismatch(string, pattern: pattern.source))
    case (.minimum(let minimum), .number(let number)):
      return !(number < minimum) || fail(ViolationMessage.belowMinimum(number, minimum))
    case (.maximum(let maximum), .number(let number)):
      return !(maximum < number) || fail(ViolationMessage.aboveMaximum(number, maximum))
    case (.exclusiveMinimum(let minimum), .number(let number)):
      return minimum < number || fail(ViolationMessage.notAboveExclusiveMinimum(number, minimum))
    case (.exclusiveMaximum(let maximum), .number(let number)):
      return number < maximum || fail(ViolationMessage.notBelowExclusiveMaximum(number, maximum))
    case (.multipleOf(let divisor), .number(let number)):
      return number.isMultiple(of: divisor) || fail(ViolationMessage.notMultiple(number, of: divisor))
    default:
      // The keyword is about another type of value.
      return true
    }
  }

  /// Checks an object keyword against an object's members.
  private mutating func checkObject(
    _ check: JSONSchema.Check, _ members: [(key: String, value: JSONValue)], keyword: String
  ) -> Bool {
    var valid = true
    switch check {
    case .properties(let schemas):
      for (position, member) in members.enumerated() {
        guard let node = schemas.node(named: member.key) else { continue }
        if !apply(node, toMember: member, at: position) {
          valid = false
        }
      }
    case .patternProperties(let schemas):
      for (position, member) in members.enumerated() {
        for (pattern, node) in schemas where pattern.matches(member.key) {
          if !apply(node, toMember: member, at: position) {
            valid = false
          }
        }
      }
    case .additionalProperties(let node, let named, let patterns):
      for (position, member) in members.enumerated() {
        if named.contains(member.key) || patterns.contains(where: { $0.matches(member.key) }) { continue }
        if !apply(node, toMember: member, at: position) {
          valid = false
        }
      }
    case .required(let names):
      // Small objects are scanned; larger ones get a set of their names.
      let present: Set<JSONKey> = members.count > 8 ? Set(members.map { JSONKey($0.key) }) : []
      func isPresent(_ name: String) -> Bool {
        members.count > 8
          ? present.contains(JSONKey(name)) : members.contains { $0.key.utf8.elementsEqual(name.utf8) }
      }
      for name in names where !isPresent(name) {
        report(ViolationMessage.missingProperty(name), keyword: keyword)
        valid = false
      }
    default:
      break
    }
    return valid
  }

  /// Applies node `index` to an object member, reporting `property "x" is not allowed` if the node is `false`.
  private mutating func apply(_ index: Int, toMember member: (key: String, value: JSONValue), at position: Int) -> Bool
  {
    apply(
      index, to: member.value, at: .member(member.key, position: position),
      rejected: ViolationMessage.propertyNotAllowed(member.key))
  }

  /// Checks an array keyword against an array's items.
  private mutating func checkArray(_ check: JSONSchema.Check, _ items: [JSONValue], keyword: String) -> Bool {
    var valid = true
    switch check {
    case .prefixItems(let nodes):
      for (index, (node, item)) in zip(nodes, items).enumerated()
      where !apply(
        node, to: item, at: .index(index), rejected: ViolationMessage.itemNotAllowed(index, allowedCount: index))
      {
        valid = false
      }
    case .items(let node, let start):
      for index in items.indices.dropFirst(start)
      where !apply(
        node, to: items[index], at: .index(index), rejected: ViolationMessage.itemNotAllowed(index, allowedCount: start)
      ) {
        valid = false
      }
    case .minItems(let minimum) where items.count < minimum:
      report(ViolationMessage.tooFewItems(items.count, minimum: minimum), keyword: keyword)
      return false
    case .maxItems(let maximum) where items.count > maximum:
      report(ViolationMessage.tooManyItems(items.count, maximum: maximum), keyword: keyword)
      return false
    case .uniqueItems:
      var earlierByHash: [Int: [Int]] = [:]
      for (index, item) in items.enumerated() {
        let hash = item.jsonHash
        if let earlier = earlierByHash[hash, default: []].first(where: { items[$0] == item }) {
          path.append(.index(index))
          report(ViolationMessage.duplicateItem(index, of: earlier), keyword: keyword)
          path.removeLast()
          valid = false
        } else {
          earlierByHash[hash, default: []].append(index)
        }
      }
    default:
      break
    }
    return valid
  }

  /// Records a violation at the current place.
  private mutating func report(_ message: @autoclosure () -> String, keyword: String) {
    var pointer = ""
    var order: [Int] = []
    order.reserveCapacity(path.count)
    for step in path {
      switch step {
      case .member(let name, let position):
        pointer += "/" + JSONPointer.escape(name)
        order.append(position)
      case .index(let index):
        pointer += "/\(index)"
        order.append(index)
      }
    }
    found.append((order, SchemaViolation(instancePointer: pointer, schemaPointer: keyword, message: message())))
  }
}
