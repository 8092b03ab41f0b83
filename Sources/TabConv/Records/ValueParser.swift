/// Reads the value forms of budget performance targets (see annex-tables.md, "Value forms").
///
/// Forms, tried in this order on the trimmed text (white space including U+3000 removed at the ends):
/// - a date range: `2023.01.01-2023.12.31`, `2023年1月1日至2023年12月31日` (`.`, `-`, `/` or 年月日
///   between the parts; `-`, `—`, `–`, `~`, `至`, `到` between the dates) → ISO 8601 start and end;
/// - a quantity: an optional comparator (`≥ ≤ > < =`, their full-width and `>=`/`<=` spellings, or
///   不低于/不少于/大于等于 → `≥`, 不高于/不超过/不多于/小于等于 → `≤`), a number (full-width digits and
///   thousands separators accepted), then the unit (`%`, `户`, `万元`, `个工作日`; may be empty; at
///   most five characters and no digits, and not a year followed by words such as `2023年工作计划`);
/// - anything else is qualitative text.
public enum ValueParser {
  /// Parses a target value.
  ///
  /// - Parameter text: The cell text.
  /// - Returns: The value; `.text` for qualitative targets; nil for empty text.
  public static func parse(_ text: String) -> ParsedValue? {
    let trimmed = trim(text)
    guard !trimmed.isEmpty else { return nil }
    let normalized = String(trimmed.unicodeScalars.map(halfWidth).map(Character.init))
    if let range = dateRange(normalized) { return range }
    if let quantity = quantity(normalized) { return quantity }
    return .text(trimmed)
  }

  /// Splits a self-numbered item (`1、新增市场主体`, `2.案件办结率`) into its number and text.
  ///
  /// - Returns: The item, or nil when the text does not start with a number and a separator.
  public static func numberedItem(_ text: String) -> ParsedValue? {
    let trimmed = trim(text)
    let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 4, let number = Int(digits) else { return nil }
    let rest = trimmed.dropFirst(digits.count)
    guard let separator = rest.first, "、.．)）".contains(separator) else { return nil }
    let item = trim(String(rest.dropFirst()))
    return item.isEmpty ? nil : .numberedItem(number: number, text: item)
  }

  static func trim(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  /// Full-width ASCII forms (digits, `％`, `．`, `，`, `＞`, `＜`, `＝`, `～`) as their ASCII counterparts.
  private static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    guard (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) else {
      return scalar
    }
    return ascii
  }

  private static let comparatorWords: [(String, String)] = [
    ("大于等于", "≥"), ("不低于", "≥"), ("不少于", "≥"), (">=", "≥"), ("≧", "≥"), ("≥", "≥"),
    ("小于等于", "≤"), ("不高于", "≤"), ("不超过", "≤"), ("不多于", "≤"), ("<=", "≤"), ("≦", "≤"), ("≤", "≤"),
    (">", ">"), ("<", "<"), ("=", "="),
  ]

  private static func quantity(_ text: String) -> ParsedValue? {
    var rest = Substring(text)
    var comparator: String?
    if let (word, symbol) = comparatorWords.first(where: { rest.hasPrefix($0.0) }) {
      comparator = symbol
      rest = rest.dropFirst(word.count).drop(while: \.isWhitespace)
    }
    var digits = ""
    var seenPoint = false
    var index = rest.startIndex
    while index < rest.endIndex {
      let character = rest[index]
      if character.isASCII, character.isNumber {
        digits.append(character)
      } else if character == ".", !seenPoint, !digits.isEmpty {
        let next = rest.index(after: index)
        guard next < rest.endIndex, rest[next].isASCII, rest[next].isNumber else { break }
        seenPoint = true
        digits.append(character)
      } else if character == ",", !digits.isEmpty, !seenPoint {
        // A thousands separator only when exactly three digits follow.
        let group = rest[rest.index(after: index)...].prefix { $0.isASCII && $0.isNumber }
        guard group.count == 3 else { break }
      } else {
        break
      }
      index = rest.index(after: index)
    }
    guard !digits.isEmpty, let value = Double(digits) else { return nil }
    let unit = trim(String(rest[index...]))
    // A unit is short and holds no digits: `1-2次` or `请见附件3说明` is not one quantity,
    // and a year followed by more words (`2023年工作计划`) is text.
    guard !unit.contains(where: { $0.isASCII && $0.isNumber }), unit.count <= 5 else { return nil }
    if (1900...2100).contains(value), unit.hasPrefix("年"), unit.count > 1 { return nil }
    return .quantity(comparator: comparator, value: value, unit: unit.isEmpty ? nil : unit)
  }

  private static func dateRange(_ text: String) -> ParsedValue? {
    let separators: Set<Character> = ["-", "—", "–", "~", "至", "到"]
    for (offset, character) in text.enumerated() where separators.contains(character) {
      let start = String(text.prefix(offset))
      let end = String(text.dropFirst(offset + 1))
      if let first = date(trim(start)), let second = date(trim(end)) {
        return .dateRange(start: first, end: second)
      }
    }
    return nil
  }

  /// `2023.01.01`, `2023-1-1`, `2023/01/01`, `2023年1月1日` as `2023-01-01`.
  private static func date(_ text: String) -> String? {
    var parts: [String] = []
    var current = ""
    for character in text {
      if character.isASCII, character.isNumber {
        current.append(character)
      } else if ".-/年月日".contains(character), !current.isEmpty {
        parts.append(current)
        current = ""
      } else {
        return nil
      }
    }
    if !current.isEmpty { parts.append(current) }
    guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
      let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day), parts[1].count <= 2,
      parts[2].count <= 2
    else { return nil }
    func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
    return "\(year)-\(pad(month))-\(pad(day))"
  }
}
