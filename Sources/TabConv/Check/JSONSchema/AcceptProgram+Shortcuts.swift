/// Two shortcuts `AcceptProgram.init` takes after laying out the nodes; neither changes a verdict.
///
/// - A node that does nothing but refer to another (`{"$ref": "#/$defs/cell"}`, annotations aside)
///   is passed over: every keyword that names it names the node it refers to instead. The published
///   schema's `items` and most of its `properties` are such nodes.
/// - A node that checks nothing but the kind of value (`{"type": "string"}`, or no keyword at all)
///   becomes `NodeCode.kinds` (or `always(true)`), so that an object's member is checked through
///   `JSONView.memberKind` without a view of its value.
extension AcceptProgram {
  mutating func takeShortcuts() {
    let target = nodes.indices.map(referenceTarget(of:))
    func skip(_ node: Int) -> Int { target[node] }
    for index in operations.indices {
      switch operations[index] {
      case .reference(let node): operations[index] = .reference(skip(node))
      case .not(let node): operations[index] = .not(skip(node))
      case .items(let node, let start): operations[index] = .items(node: skip(node), from: start)
      case .additionalProperties(let node, let named, let patterns):
        operations[index] = .additionalProperties(node: skip(node), named: named, patterns: patterns)
      case .members(let properties, let patternProperties, let additional, let required):
        operations[index] = .members(
          properties: properties, patternProperties: patternProperties, additional: additional.map(skip),
          required: required)
      default: break
      }
    }
    nodeLists = nodeLists.map(skip)
    for index in propertyEntries.indices { propertyEntries[index].node = skip(propertyEntries[index].node) }
    patternProperties = patternProperties.map { ($0.pattern, skip($0.node)) }
    for index in nodes.indices {
      if let kinds = kindsChecked(by: nodes[index]) { nodes[index] = kinds }
    }
  }

  /// The node that `node` stands for: the end of its chain of nodes that only refer to another.
  private func referenceTarget(of node: Int) -> Int {
    var current = node
    // The compiler refuses reference loops; the bound keeps a hand-made program from spinning.
    for _ in 0..<nodes.count {
      guard case .operations(let start, let end) = nodes[current], end - start == 1,
        case .reference(let next) = operations[start]
      else { return current }
      current = next
    }
    return node
  }

  /// `kinds` (or `always(true)`) for a node whose only keywords are `type`, nil for any other.
  private func kindsChecked(by code: NodeCode) -> NodeCode? {
    guard case .operations(let start, let end) = code else { return nil }
    guard start < end else { return .always(true) }
    var types: TypeSet = [.null, .boolean, .object, .array, .number, .string, .integer]
    for operation in operations[start..<end] {
      guard case .type(let set) = operation else { return nil }
      types.formIntersection(set)
    }
    // `integer` is `number` when `number` is there too; alone it needs the value.
    if types.contains(.number) { types.remove(.integer) }
    return types.contains(.integer) ? nil : .kinds(types)
  }
}
