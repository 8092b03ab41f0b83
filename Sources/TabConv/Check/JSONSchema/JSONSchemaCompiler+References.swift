import Foundation

extension JSONSchemaCompiler {
  /// Points every pending `$ref` at its node.
  mutating func resolveReferences() throws {
    for pending in references {
      let target = try resolve(pending.reference, at: pending.pointer)
      guard case .keywords(var keywords) = nodes[pending.node].body else { continue }
      keywords[pending.keyword].check = .reference(target)
      nodes[pending.node].body = .keywords(keywords)
    }
  }

  /// The node a `$ref` names.
  ///
  /// Supported: `#`, JSON-pointer fragments such as `#/$defs/name` (percent-encoded as URI fragments are,
  /// with `~0` and `~1` escapes), and the same preceded by the root's `$id`. Anything else, such as
  /// another document or an `$anchor` name, cannot be resolved.
  private func resolve(_ reference: String, at pointer: String) throws -> Int {
    let quoted = reference.jsonQuoted(limit: 80)
    let hash = reference.firstIndex(of: "#")
    let base = hash.map { String(reference[..<$0]) } ?? reference
    let fragment = hash.map { String(reference[reference.index(after: $0)...]) } ?? ""
    guard base.isEmpty || base == rootID else {
      throw JSONSchemaError(
        .unresolvableReference(reference),
        "cannot resolve $ref \(quoted): only references inside this schema, such as \"#/$defs/name\", are supported",
        at: pointer)
    }
    guard let decoded = fragment.removingPercentEncoding else {
      throw Self.malformed("$ref \(quoted) has an invalid percent-encoding", at: pointer)
    }
    guard decoded.isEmpty || decoded.hasPrefix("/") else {
      throw JSONSchemaError(
        .unresolvableReference(reference),
        "cannot resolve $ref \(quoted): anchors are not supported, only JSON pointers such as \"#/$defs/name\"",
        at: pointer)
    }
    guard let tokens = JSONPointer.tokens(of: decoded) else {
      throw Self.malformed("$ref \(quoted) has an invalid JSON pointer: '~' must be followed by 0 or 1", at: pointer)
    }
    let target = tokens.reduce("") { JSONPointer.appending($0, $1) }
    guard let node = nodeAtPointer[target] else {
      throw JSONSchemaError(
        .unresolvableReference(reference), "cannot resolve $ref \(quoted): there is no subschema at that place",
        at: pointer)
    }
    return node
  }

  /// Refuses `$ref`s (and `allOf`, `anyOf`, `oneOf`, `not`) that lead back to a schema already being
  /// applied to the same value: validating would never end.
  func refuseLoops(in schema: JSONSchema) throws {
    enum Mark { case unvisited, inProgress, done }
    var marks = [Mark](repeating: .unvisited, count: schema.nodes.count)

    func visit(_ node: Int) throws {
      marks[node] = .inProgress
      if case .keywords(let keywords) = schema.nodes[node].body {
        for keyword in keywords {
          for next in Self.samePlaceTargets(of: keyword.check) {
            switch marks[next] {
            case .inProgress:
              let target = schema.nodes[next].pointer
              throw Self.malformed(
                "this leads back to the schema at \(target.isEmpty ? "the root" : target) without moving into "
                  + "the value, so validation would never end",
                at: keyword.pointer)
            case .unvisited: try visit(next)
            case .done: break
            }
          }
        }
      }
      marks[node] = .done
    }

    for node in schema.nodes.indices where marks[node] == .unvisited {
      try visit(node)
    }
  }

  /// The nodes a keyword applies to the same value it is applied to.
  private static func samePlaceTargets(of check: JSONSchema.Check) -> [Int] {
    switch check {
    case .reference(let node), .not(let node): [node]
    case .allOf(let nodes), .anyOf(let nodes), .oneOf(let nodes): nodes
    default: []
    }
  }
}
