/// The one-line messages of schema violations, for people to read.
enum ViolationMessage {
  /// Reads like `expected integer or string, found boolean true`.
  static func type(_ types: [JSONSchema.TypeName], found: JSONValue) -> String {
    "expected \(list(types.map(\.rawValue), joinedBy: "or")), found \(found.summary)"
  }

  /// Reads like `expected one of "a", "b", found "c"`; long lists are cut.
  static func enumeration(_ values: [JSONValue], found: JSONValue) -> String {
    switch values.count {
    case 0: return "no value is allowed: the enum is empty"
    case 1: return "expected \(values[0].compactText()), found \(found.compactText())"
    default:
      let shown = values.prefix(6).map { $0.compactText(limit: 30) }
      let more = values.count > 6 ? ", … (\(values.count) values)" : ""
      return "expected one of \(shown.joined(separator: ", "))\(more), found \(found.compactText())"
    }
  }

  /// Reads like `expected the constant 2, found 3`.
  static func constant(_ value: JSONValue, found: JSONValue) -> String {
    "expected the constant \(value.compactText()), found \(found.compactText())"
  }

  /// Reads like `missing required property "text"`.
  static func missingProperty(_ name: String) -> String {
    "missing required property \(name.jsonQuoted(limit: 60))"
  }

  /// Reads like `property "foo" is not allowed`.
  static func propertyNotAllowed(_ name: String) -> String {
    "property \(name.jsonQuoted(limit: 60)) is not allowed"
  }

  /// Reads like `item 2 is not allowed (at most 2 items)`.
  static func itemNotAllowed(_ index: Int, allowedCount: Int) -> String {
    let limit = allowedCount == 0 ? "the array must be empty" : "at most \(counted(allowedCount, "item"))"
    return "item \(index) is not allowed (\(limit))"
  }

  /// Reads like `no value is allowed here: the schema is false`.
  static let falseSchema = "no value is allowed here: the schema is false"

  /// Reads like `array has 1 item, fewer than the minimum 2`.
  static func tooFewItems(_ count: Int, minimum: Int) -> String {
    "array has \(counted(count, "item")), fewer than the minimum \(minimum)"
  }

  /// Reads like `array has 4 items, more than the maximum 3`.
  static func tooManyItems(_ count: Int, maximum: Int) -> String {
    "array has \(counted(count, "item")), more than the maximum \(maximum)"
  }

  /// Reads like `item 2 is equal to item 0, expected unique items`.
  static func duplicateItem(_ index: Int, of earlier: Int) -> String {
    "item \(index) is equal to item \(earlier), expected unique items"
  }

  /// Reads like `string has 1 character, fewer than the minimum length 2`.
  static func tooShort(_ length: Int, minimum: Int) -> String {
    "string has \(counted(length, "character")), fewer than the minimum length \(minimum)"
  }

  /// Reads like `string has 5 characters, more than the maximum length 4`.
  static func tooLong(_ length: Int, maximum: Int) -> String {
    "string has \(counted(length, "character")), more than the maximum length \(maximum)"
  }

  /// Reads like `string "abc" does not match the pattern "^a*$"`.
  static func patternMismatch(_ string: String, pattern: String) -> String {
    "string \(string.jsonQuoted(limit: 40)) does not match the pattern \(pattern.jsonQuoted(limit: 60))"
  }

  /// Reads like `value 0 is below the minimum 1`.
  static func belowMinimum(_ value: JSONNumber, _ minimum: JSONNumber) -> String {
    "value \(value.text) is below the minimum \(minimum.text)"
  }

  /// Reads like `value 5 is above the maximum 3`.
  static func aboveMaximum(_ value: JSONNumber, _ maximum: JSONNumber) -> String {
    "value \(value.text) is above the maximum \(maximum.text)"
  }

  /// Reads like `value 1 is not above the exclusive minimum 1`.
  static func notAboveExclusiveMinimum(_ value: JSONNumber, _ minimum: JSONNumber) -> String {
    "value \(value.text) is not above the exclusive minimum \(minimum.text)"
  }

  /// Reads like `value 3 is not below the exclusive maximum 3`.
  static func notBelowExclusiveMaximum(_ value: JSONNumber, _ maximum: JSONNumber) -> String {
    "value \(value.text) is not below the exclusive maximum \(maximum.text)"
  }

  /// Reads like `value 7 is not a multiple of 2`.
  static func notMultiple(_ value: JSONNumber, of divisor: JSONNumber) -> String {
    "value \(value.text) is not a multiple of \(divisor.text)"
  }

  /// Reads like `value matches none of the 2 schemas in anyOf`.
  static func noneMatched(_ count: Int, keyword: String) -> String {
    "value matches none of the \(counted(count, "schema")) in \(keyword)"
  }

  /// Reads like `value matches 2 of the schemas in oneOf (0 and 1), expected exactly one`.
  static func severalMatched(_ indices: [Int]) -> String {
    let which = list(indices.map(String.init), joinedBy: "and")
    return "value matches \(indices.count) of the schemas in oneOf (\(which)), expected exactly one"
  }

  /// Reads like `value matches the schema in not, which it must not`.
  static let notMatched = "value matches the schema in not, which it must not"

  /// A count and its noun: `1 item`, `2 items`.
  static func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }

  /// Words as a list: `a`, `a or b`, `a, b or c`.
  static func list(_ words: [String], joinedBy conjunction: String) -> String {
    guard let last = words.last, words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " \(conjunction) " + last
  }
}
