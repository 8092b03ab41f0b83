import Foundation

/// A record that breaks a rule of the user's contract.
public struct ContractViolation: Sendable, Equatable, CustomStringConvertible {
  /// The 1-based record number, in output order.
  public var record: Int
  /// The record's table and row.
  public var table: Int
  public var row: Int
  /// The field.
  public var field: String
  /// The field's text (empty when missing).
  public var value: String
  /// The rule: `required`, `type`, `pattern`, `minimum`, `maximum`, `enum`, `minLength`, `maxLength`.
  public var rule: String
  /// What the rule wants.
  public var message: String

  public var description: String {
    "record \(record) (table \(table), row \(row)), field \(field), value \"\(value)\": \(rule): \(message)"
  }
}

extension RecordContract {
  /// Every violation of the contract by the records, record by record, field by field.
  ///
  /// - Parameter records: The records, in output order.
  /// - Returns: The violations.
  public func violations(of records: [Record]) -> [ContractViolation] {
    var violations: [ContractViolation] = []
    for (index, record) in records.enumerated() {
      for field in fields {
        let text = record[field.name] ?? ""
        func fail(_ rule: String, _ message: String) {
          violations.append(
            ContractViolation(
              record: index + 1, table: record.table, row: record.row, field: field.name, value: text, rule: rule,
              message: message))
        }
        guard !missingValues.contains(text) else {
          if field.required {
            fail("required", record[field.name] == nil ? "the record has no such field" : "a value is required")
          }
          continue
        }
        if let expression = field.expression, !expression.matches(text) {
          fail("pattern", "does not match \(field.pattern ?? "")")
        }
        if let minLength = field.minLength, text.count < minLength {
          fail("minLength", "shorter than \(minLength) characters")
        }
        if let maxLength = field.maxLength, text.count > maxLength {
          fail("maxLength", "longer than \(maxLength) characters")
        }
        guard let typed = field.typedValue(text) else {
          let name = field.type.rawValue
          fail("type", "not \(name.first.map { "aeiou".contains($0) } == true ? "an" : "a") \(name)")
          continue
        }
        if let allowed = field.allowed, !allowed.contains(where: { field.typedValue($0) == typed }) {
          fail("enum", "not one of \(allowed.joined(separator: ", "))")
        }
        if let minimum = field.minimum.flatMap(field.typedValue), typed < minimum {
          fail("minimum", "below \(field.minimum ?? "")")
        }
        if let maximum = field.maximum.flatMap(field.typedValue), maximum < typed {
          fail("maximum", "above \(field.maximum ?? "")")
        }
      }
    }
    return violations
  }
}

/// A field's value after its type: what `enum`, `minimum` and `maximum` compare.
enum TypedValue: Equatable, Comparable {
  case text(String)
  case number(Double)
  case flag(Bool)

  static func < (lhs: TypedValue, rhs: TypedValue) -> Bool {
    switch (lhs, rhs) {
    case (.number(let a), .number(let b)): a < b
    case (.text(let a), .text(let b)): a < b
    default: false
    }
  }
}

extension RecordContract.Field {
  /// The text read as this field's type, or nil when it is not one.
  func typedValue(_ raw: String) -> TypedValue? {
    let text = ValueParser.trim(raw)
    switch type {
    case .string, .any: return .text(raw)
    case .number, .integer:
      var digits = text
      if !bareNumber, case .quantity(_, let value, _)? = ValueParser.parse(text) {
        digits = ParsedValue.format(value)
      }
      guard let number = Double(digits.replacingOccurrences(of: ",", with: "")) else { return nil }
      if type == .integer, number.rounded() != number { return nil }
      return .number(number)
    case .boolean:
      switch text {
      case "true", "True", "TRUE", "1", "是": return .flag(true)
      case "false", "False", "FALSE", "0", "否": return .flag(false)
      default: return nil
      }
    case .date:
      guard text.count == 10, text.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil else {
        return nil
      }
      return .text(text)
    case .year:
      guard text.count == 4, Int(text) != nil else { return nil }
      return .number(Double(text) ?? 0)
    }
  }
}
