import Foundation

/// A JSON value as parsed, for the document reader and the schema validator.
///
/// Objects keep their members in input order, so messages and validation follow the file.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  /// A number. Integers that fit are kept exactly in `int`.
  case number(JSONNumber)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      // JSON objects are unordered: equal when they have the same members.
      guard a.count == b.count else { return false }
      for (key, value) in a {
        guard let other = b.first(where: { $0.key == key }), other.value == value else { return false }
      }
      return true
    default: return false
    }
  }

  /// The member named `key` of an object, or nil.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first(where: { $0.key == key })?.value
  }
}

/// A JSON number: exact when it is an integer that fits in 64 bits, else a double.
public enum JSONNumber: Sendable, Equatable, Comparable {
  case int(Int64)
  case double(Double)

  /// The value as a double.
  public var doubleValue: Double {
    switch self {
    case .int(let value): Double(value)
    case .double(let value): value
    }
  }

  /// The value as an exact integer, when it has no fractional part and fits.
  public var exactInteger: Int64? {
    switch self {
    case .int(let value): return value
    case .double(let value):
      guard value.rounded() == value, let exact = Int64(exactly: value) else { return nil }
      return exact
    }
  }

  /// Whether the number is mathematically an integer (`1.0` is).
  public var isInteger: Bool {
    switch self {
    case .int: true
    case .double(let value): value.isFinite && value.rounded() == value
    }
  }

  public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
    if case .int(let a) = lhs, case .int(let b) = rhs { return a == b }
    return lhs.doubleValue == rhs.doubleValue
  }

  public static func < (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
    if case .int(let a) = lhs, case .int(let b) = rhs { return a < b }
    return lhs.doubleValue < rhs.doubleValue
  }
}
