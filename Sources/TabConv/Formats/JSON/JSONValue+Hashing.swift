extension JSONValue {
  /// A hash consistent with `==`: equal values (`1` and `1.0`, objects in any member order) hash alike.
  ///
  /// For finding duplicates quickly; unequal values may still share a hash.
  var jsonHash: Int {
    var hasher = Hasher()
    combine(into: &hasher)
    return hasher.finalize()
  }

  /// Feeds the value into `hasher` so that equal values feed the same data.
  private func combine(into hasher: inout Hasher) {
    switch self {
    case .null:
      hasher.combine(0)
    case .bool(let value):
      hasher.combine(1)
      hasher.combine(value)
    case .number(let number):
      // An int equals a double only when the double holds it exactly, so hashing the double value
      // (which equal numbers share; 0.0 and -0.0 hash alike) is consistent.
      hasher.combine(2)
      hasher.combine(number.doubleValue)
    case .string(let string):
      hasher.combine(3)
      hasher.combine(JSONKey(string))
    case .array(let elements):
      hasher.combine(4)
      hasher.combine(elements.count)
      for element in elements { element.combine(into: &hasher) }
    case .object(let members):
      // Member order does not count: add up the members' own hashes.
      hasher.combine(5)
      hasher.combine(members.count)
      var sum = 0
      for member in members {
        var memberHasher = Hasher()
        memberHasher.combine(JSONKey(member.key))
        member.value.combine(into: &memberHasher)
        sum &+= memberHasher.finalize()
      }
      hasher.combine(sum)
    }
  }
}
