extension JSONValue {
  /// The value's JSON type and, for scalars, the value, for messages: `string "3"`, `integer 3`,
  /// `number 1.5`, `boolean true`, `null`, `array`, `object`.
  var summary: String {
    switch self {
    case .null: "null"
    case .bool(let value): "boolean \(value)"
    case .number(let number): (number.isInteger ? "integer " : "number ") + number.text
    case .string(let string): "string " + string.jsonQuoted(limit: 40)
    case .array: "array"
    case .object: "object"
    }
  }

  /// The value as compact JSON text, cut with `…` once it passes `limit` characters.
  ///
  /// - Parameter limit: About how many characters to show.
  /// - Returns: For example `{"a": [1, 2]}` or `"a long string…"`.
  func compactText(limit: Int = 60) -> String {
    var text = ""
    append(to: &text, limit: limit)
    return text
  }

  /// Appends compact JSON text to `text`, stopping with `…` past `limit`.
  private func append(to text: inout String, limit: Int) {
    guard text.count < limit else {
      if !text.hasSuffix("…") { text += "…" }
      return
    }
    switch self {
    case .null: text += "null"
    case .bool(let value): text += value ? "true" : "false"
    case .number(let number): text += number.text
    case .string(let string): text += string.jsonQuoted(limit: max(limit - text.count, 8))
    case .array(let elements):
      text += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { text += ", " }
        element.append(to: &text, limit: limit)
        if text.hasSuffix("…") { return }
      }
      text += "]"
    case .object(let members):
      text += "{"
      for (index, member) in members.enumerated() {
        if index > 0 { text += ", " }
        text += member.key.jsonQuoted(limit: 20) + ": "
        member.value.append(to: &text, limit: limit)
        if text.hasSuffix("…") { return }
      }
      text += "}"
    }
  }
}

extension JSONNumber {
  /// The number as JSON text: `3`, `-0.5`, `1e+100`.
  var text: String {
    switch self {
    case .int(let value): String(value)
    case .double(let value): value.description
    }
  }
}
