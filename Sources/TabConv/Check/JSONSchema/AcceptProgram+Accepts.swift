/// The accept pass: whether an instance is valid, stopping at the first violation and recording
/// nothing, over any `JSONView`.
///
/// It is generic over the view so that it specialises for each (a parsed `JSONValue`, a model
/// block seen as its JSON) and reads nothing the verdict does not need: a string's text only for
/// keywords about strings, members only for keywords about objects. It decides exactly as
/// `JSONSchemaEvaluator` does, which uses it for the branches of `anyOf`, `oneOf` and `not`.
extension AcceptProgram {
  /// Whether node `index` accepts `instance`.
  ///
  /// - Parameters:
  ///   - instance: The value to check.
  ///   - index: The node to apply.
  /// - Returns: True when there is no violation.
  func accepts<Instance: JSONView>(_ instance: Instance, at index: Int) -> Bool {
    switch nodes[index] {
    case .always(let accepts):
      return accepts
    case .kinds(let types):
      return types.contains(kind: instance.kind)
    case .operations(let start, let end):
      for position in start..<end where !accepts(instance, operations[position]) { return false }
      return true
    }
  }

  /// Whether one keyword accepts `instance`.
  private func accepts<Instance: JSONView>(_ instance: Instance, _ operation: Operation) -> Bool {
    switch operation {
    case .type(let types): return Self.kind(of: instance, isIn: types)
    case .enumeration(let slice): return slice.range.contains { instance.isEqual(to: constants[$0]) }
    case .constant(let index): return instance.isEqual(to: constants[index])
    case .reference(let node): return accepts(instance, at: node)
    case .allOf(let slice): return slice.range.allSatisfy { accepts(instance, at: nodeLists[$0]) }
    case .anyOf(let slice): return slice.range.contains { accepts(instance, at: nodeLists[$0]) }
    case .oneOf(let slice):
      var matched = 0
      for position in slice.range where accepts(instance, at: nodeLists[position]) {
        matched += 1
        if matched > 1 { return false }
      }
      return matched == 1
    case .not(let node): return !accepts(instance, at: node)
    default: break
    }
    switch instance.kind {
    case .object: return acceptsObject(instance, operation)
    case .array: return acceptsArray(instance, operation)
    case .string:
      switch operation {
      case .minLength(let minimum): return (instance.stringValue?.unicodeScalars.count ?? 0) >= minimum
      case .maxLength(let maximum): return (instance.stringValue?.unicodeScalars.count ?? 0) <= maximum
      case .pattern(let index): return matches(instance.stringValue ?? "", index)
      default: return true
      }
    case .number:
      guard let number = instance.numberValue else { return true }
      switch operation {
      case .minimum(let minimum): return !(number < minimum)
      case .maximum(let maximum): return !(maximum < number)
      case .exclusiveMinimum(let minimum): return minimum < number
      case .exclusiveMaximum(let maximum): return number < maximum
      case .multipleOf(let divisor): return number.isMultiple(of: divisor)
      default: return true
      }
    case .null, .bool:
      // No keyword is about these alone.
      return true
    }
  }

  /// Whether the instance's type is among `types`; `integer` takes numbers without a fraction (`1.0`).
  private static func kind<Instance: JSONView>(of instance: Instance, isIn types: TypeSet) -> Bool {
    switch instance.kind {
    case .null: return types.contains(.null)
    case .bool: return types.contains(.boolean)
    case .object: return types.contains(.object)
    case .array: return types.contains(.array)
    case .string: return types.contains(.string)
    case .number:
      return types.contains(.number) || (types.contains(.integer) && instance.numberValue?.isInteger == true)
    }
  }

  /// Whether an object keyword accepts an object.
  private func acceptsObject<Instance: JSONView>(_ object: Instance, _ operation: Operation) -> Bool {
    switch operation {
    case .members(let properties, let patternSchemas, let additional, let required):
      var requiredSeen: UInt64 = 0
      for position in 0..<object.count {
        let name = object.memberName(at: position)
        var matched = false
        if let properties, let entry = entry(named: name, in: properties) {
          matched = true
          requiredSeen |= propertyEntries[entry].requiredBit
          if !acceptsMember(of: object, at: position, propertyEntries[entry].node) { return false }
        }
        if patternSchemas.start < patternSchemas.end {
          for node in nodes(matching: name, in: patternSchemas) {
            matched = true
            if !acceptsMember(of: object, at: position, node) { return false }
          }
        }
        if !matched, let additional, !acceptsMember(of: object, at: position, additional) { return false }
      }
      return requiredSeen == required
    case .properties(let table):
      for position in 0..<object.count {
        guard let entry = entry(named: object.memberName(at: position), in: table) else { continue }
        if !acceptsMember(of: object, at: position, propertyEntries[entry].node) { return false }
      }
    case .patternProperties(let slice):
      for position in 0..<object.count {
        for node in nodes(matching: object.memberName(at: position), in: slice) {
          if !acceptsMember(of: object, at: position, node) { return false }
        }
      }
    case .additionalProperties(let node, let named, let besides):
      for position in 0..<object.count {
        let name = object.memberName(at: position)
        if let named, entry(named: name, in: named) != nil { continue }
        if besides.start < besides.end, matchesAny(name, besides) { continue }
        if !acceptsMember(of: object, at: position, node) { return false }
      }
    case .required(let slice):
      for index in slice.range where !object.hasMember(named: names[index]) { return false }
    default:
      break
    }
    return true
  }

  /// Whether `string` matches `patterns[index]`.
  @inline(never)
  private func matches(_ string: String, _ index: Int) -> Bool {
    patterns[index].matches(string)
  }

  /// Whether node `node` accepts an object's member, looking at no more than the node needs.
  private func acceptsMember<Instance: JSONView>(of object: Instance, at position: Int, _ node: Int) -> Bool {
    switch nodes[node] {
    case .always(let accepts): accepts
    case .kinds(let types): types.contains(kind: object.memberKind(at: position))
    case .operations: accepts(object.memberValue(at: position), at: node)
    }
  }

  /// The index in `propertyEntries` of the entry of a `properties` table named `name`, or nil.
  private func entry(named name: String, in table: Table) -> Int? {
    if let dictionary = table.dictionary { return propertyDictionaries[dictionary][JSONKey(name)] }
    let byteCount = name.utf8.count
    for index in table.entries.range
    where propertyEntries[index].byteCount == byteCount && JSONKey.sameCodePoints(propertyEntries[index].name, name) {
      return index
    }
    return nil
  }

  /// The schemas of the `patternProperties[slice]` entries whose pattern `name` matches, in order.
  // Out of line: a `SchemaPattern` (a `Regex`) has no fixed size, and handling one inline costs
  // every caller a metadata lookup and a stack allocation, pattern or not.
  @inline(never)
  private func nodes(matching name: String, in slice: Slice) -> [Int] {
    slice.range.compactMap { patterns[patternProperties[$0].pattern].matches(name) ? patternProperties[$0].node : nil }
  }

  /// Whether `name` matches one of `patterns[slice]`.
  @inline(never)
  private func matchesAny(_ name: String, _ slice: Slice) -> Bool {
    slice.range.contains { patterns[$0].matches(name) }
  }

  /// Whether an array keyword accepts an array.
  private func acceptsArray<Instance: JSONView>(_ array: Instance, _ operation: Operation) -> Bool {
    switch operation {
    case .prefixItems(let slice):
      for index in 0..<min(slice.end - slice.start, array.count)
      where !accepts(array.item(at: index), at: nodeLists[slice.start + index]) {
        return false
      }
    case .items(let node, let start):
      for index in min(start, array.count)..<array.count where !accepts(array.item(at: index), at: node) {
        return false
      }
    case .minItems(let minimum): return array.count >= minimum
    case .maxItems(let maximum): return array.count <= maximum
    case .uniqueItems:
      // Rare, and costly anyway: the items are built and compared as `JSONValue`s.
      var earlierByHash: [Int: [JSONValue]] = [:]
      for index in 0..<array.count {
        let item = JSONValue(materializing: array.item(at: index))
        let hash = item.jsonHash
        if earlierByHash[hash, default: []].contains(item) { return false }
        earlierByHash[hash, default: []].append(item)
      }
    default:
      break
    }
    return true
  }
}
