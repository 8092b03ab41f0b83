extension JSONSchemaCompiler {
  /// Checks an annotation keyword's value, or refuses a keyword this validator does not know.
  ///
  /// `$id` is accepted at the root only, where it becomes the base that `$ref`s may name.
  mutating func checkAnnotation(_ name: String, _ value: JSONValue, at pointer: String, inRoot: Bool) throws {
    switch name {
    case "$schema":
      try Self.checkDialect(value, at: pointer)
    case "$id":
      guard inRoot else {
        throw JSONSchemaError(
          .unsupportedKeyword(name), "keyword \"$id\" is supported only at the root of the schema", at: pointer)
      }
      guard case .string(var id) = value else { throw Self.malformed(name, "a string", value, at: pointer) }
      if id.hasSuffix("#") { id.removeLast() }
      guard !id.contains("#") else {
        throw Self.malformed("$id must not have a fragment, found \(id.jsonQuoted())", at: pointer)
      }
      rootID = id
    case "$comment", "title", "description":
      guard case .string = value else { throw Self.malformed(name, "a string", value, at: pointer) }
    case "default":
      break
    case "examples":
      guard case .array = value else { throw Self.malformed(name, "an array", value, at: pointer) }
    case "deprecated", "readOnly", "writeOnly":
      guard case .bool = value else { throw Self.malformed(name, "a boolean", value, at: pointer) }
    default:
      throw JSONSchemaError(
        .unsupportedKeyword(name), "keyword \(name.jsonQuoted(limit: 40)) is not supported by this validator",
        at: pointer)
    }
  }

  /// Refuses a `$schema` other than draft 2020-12.
  static func checkDialect(_ value: JSONValue, at pointer: String) throws {
    guard case .string(let dialect) = value else { throw malformed("$schema", "a string", value, at: pointer) }
    guard dialect == Self.dialect || dialect == Self.dialect + "#" else {
      throw JSONSchemaError(
        .unsupportedDialect(dialect),
        "$schema names \(dialect.jsonQuoted()); only draft 2020-12 (\(Self.dialect.jsonQuoted())) is supported",
        at: pointer)
    }
  }

  /// The value of `type`: one type name or a non-empty array of distinct ones.
  static func typeNames(_ value: JSONValue, at pointer: String) throws -> [JSONSchema.TypeName] {
    let expected = "a type name or a non-empty array of distinct type names"
    let names: [JSONValue]
    switch value {
    case .string: names = [value]
    case .array(let elements) where !elements.isEmpty: names = elements
    default: throw malformed("type", expected, value, at: pointer)
    }
    var types: [JSONSchema.TypeName] = []
    for name in names {
      guard case .string(let text) = name, let type = JSONSchema.TypeName(rawValue: text) else {
        let known = JSONSchema.TypeName.allCases.map(\.rawValue).joined(separator: ", ")
        throw malformed("type names are \(known), found \(name.summary)", at: pointer)
      }
      guard !types.contains(type) else { throw malformed("type", expected, value, at: pointer) }
      types.append(type)
    }
    return types
  }

  /// The value of `required`: an array of distinct strings.
  static func uniqueStrings(_ value: JSONValue, _ name: String, at pointer: String) throws -> [String] {
    let expected = "an array of distinct strings"
    guard case .array(let elements) = value else { throw malformed(name, expected, value, at: pointer) }
    var strings: [String] = []
    var seen: Set<JSONKey> = []
    for element in elements {
      guard case .string(let string) = element, seen.insert(JSONKey(string)).inserted else {
        throw malformed(name, expected, value, at: pointer)
      }
      strings.append(string)
    }
    return strings
  }

  /// The value of `minItems` and the like: a non-negative integer (`2.0` counts).
  static func count(_ value: JSONValue, _ name: String, at pointer: String) throws -> Int {
    guard case .number(let number) = value, let integer = number.exactInteger, integer >= 0 else {
      throw malformed(name, "a non-negative integer", value, at: pointer)
    }
    return Int(clamping: integer)
  }

  /// The value of `minimum` and the like: a number.
  static func number(_ value: JSONValue, _ name: String, at pointer: String) throws -> JSONNumber {
    guard case .number(let number) = value else { throw malformed(name, "a number", value, at: pointer) }
    return number
  }

  /// A compiled regular expression.
  static func pattern(_ source: String, at pointer: String) throws -> SchemaPattern {
    do {
      return try SchemaPattern(source)
    } catch {
      let detail = "\(error)".split(whereSeparator: \.isNewline).first.map(String.init) ?? "invalid"
      throw malformed("regular expression \(source.jsonQuoted(limit: 60)) is not supported: \(detail)", at: pointer)
    }
  }

  /// The error for a keyword whose value has the wrong form.
  static func malformed(_ name: String, _ expected: String, _ found: JSONValue, at pointer: String) -> JSONSchemaError {
    malformed("\(name.jsonQuoted()) must be \(expected), found \(found.summary)", at: pointer)
  }

  /// The error for a malformed schema.
  static func malformed(_ reason: String, at pointer: String) -> JSONSchemaError {
    JSONSchemaError(.malformed, reason, at: pointer)
  }
}
