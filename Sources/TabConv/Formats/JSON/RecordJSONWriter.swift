/// Writes records as JSON Lines (one object per line) or as one JSON array.
///
/// Each record: `{"title": …, "section": …, "table": 1, "row": 20, "fields": {"一级指标": "产出指标", …},
/// "values": {"指标值及单位": {"op": "≥", "value": 4000, "unit": "户"}, "三级指标": {"number": 1, "text": "新增市场主体"}}}`.
/// `fields` keeps header order; `title`, `section` and `values` appear only when there are some.
/// Parsed values: a quantity `{"op"?, "value", "unit"?}`, a period `{"start", "end"}` (ISO 8601),
/// a numbered item `{"number", "text"}`, a qualitative target `{"text"}`.
public struct RecordJSONWriter: Sendable {
  /// One object per line (JSON Lines), or one array.
  public var linesFormat: Bool

  /// Creates a writer.
  ///
  /// - Parameter linesFormat: JSON Lines when true, a JSON array when false.
  public init(linesFormat: Bool) {
    self.linesFormat = linesFormat
  }

  /// The records as UTF-8 JSON.
  public func write(_ records: [Record]) -> [UInt8] {
    var out = JSONOutput()
    if !linesFormat { out.raw("[") }
    for (index, record) in records.enumerated() {
      if !linesFormat {
        if index > 0 { out.raw(",") }
        out.newline(indent: 1)
      }
      write(record, to: &out)
      if linesFormat { out.raw("\n") }
    }
    if !linesFormat { out.raw(records.isEmpty ? "]\n" : "\n]\n") }
    return out.bytes
  }

  private func write(_ record: Record, to out: inout JSONOutput) {
    var first = true
    out.raw("{")
    if let title = record.title {
      out.key("title", first: &first)
      out.string(title)
    }
    if let section = record.section {
      out.key("section", first: &first)
      out.string(section)
    }
    out.key("table", first: &first)
    out.number(record.table)
    out.key("row", first: &first)
    out.number(record.row)
    out.key("fields", first: &first)
    out.raw("{")
    for (index, field) in record.fields.enumerated() {
      if index > 0 { out.raw(", ") }
      out.string(field.name)
      out.raw(": ")
      out.string(field.text)
    }
    out.raw("}")
    let parsed = record.fields.filter { $0.value != nil }
    if !parsed.isEmpty {
      out.key("values", first: &first)
      out.raw("{")
      for (index, field) in parsed.enumerated() {
        guard let value = field.value else { continue }
        if index > 0 { out.raw(", ") }
        out.string(field.name)
        out.raw(": ")
        Self.write(value, to: &out)
      }
      out.raw("}")
    }
    out.raw("}")
  }

  static func write(_ value: ParsedValue, to out: inout JSONOutput) {
    var first = true
    out.raw("{")
    for (name, member) in value.members {
      out.key(name, first: &first)
      switch member {
      case .text(let text): out.string(text)
      case .number(let number): out.raw(text: ParsedValue.format(number))
      }
    }
    out.raw("}")
  }
}

extension ParsedValue {
  /// A member's value: text or a number.
  enum Member {
    case text(String)
    case number(Double)
  }

  /// The members that describe the value, in a fixed order; CSV output names its columns after them.
  var members: [(StaticString, Member)] {
    switch self {
    case .quantity(let comparator, let value, let unit):
      var members: [(StaticString, Member)] = []
      if let comparator { members.append(("op", .text(comparator))) }
      members.append(("value", .number(value)))
      if let unit { members.append(("unit", .text(unit))) }
      return members
    case .dateRange(let start, let end): return [("start", .text(start)), ("end", .text(end))]
    case .numberedItem(let number, let text): return [("number", .number(Double(number))), ("text", .text(text))]
    case .text(let text): return [("text", .text(text))]
    }
  }

  /// A number as JSON and CSV show it: `4000`, `15.12`.
  static func format(_ number: Double) -> String {
    if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
    return String(number)
  }
}
