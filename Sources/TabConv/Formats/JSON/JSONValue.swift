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

  /// JSON equality: numbers by value (`1 == 1.0`), strings and member names code point by code point
  /// (not by Swift's canonical equivalence), objects whatever their member order.
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.string(let a), .string(let b)): return a.utf8.elementsEqual(b.utf8)
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      // JSON objects are unordered: equal when they have the same members.
      guard a.count == b.count else { return false }
      for (key, value) in a {
        guard let other = b.first(where: { $0.key.utf8.elementsEqual(key.utf8) }), other.value == value else {
          return false
        }
      }
      return true
    default: return false
    }
  }

  /// The member named `key` of an object, or nil.
  ///
  /// Names are compared code point by code point, as JSON does: `"\u{E4}"` and `"a\u{308}"` differ.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first(where: { $0.key.utf8.elementsEqual(key.utf8) })?.value
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

  /// Exact equality: an integer equals a double only when the double holds exactly that integer
  /// (`2^53 + 1` does not equal the double `2^53`, though converting it to a double would round it so).
  public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
    switch (lhs, rhs) {
    case (.int(let a), .int(let b)): return a == b
    case (.double(let a), .double(let b)): return a == b
    case (.int(let a), .double(let b)), (.double(let b), .int(let a)): return Int64(exactly: b) == a
    }
  }

  /// Exact order, without rounding integers to doubles.
  public static func < (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
    switch (lhs, rhs) {
    case (.int(let a), .int(let b)): return a < b
    case (.double(let a), .double(let b)): return a < b
    case (.int(let a), .double(let b)): return compare(a, b) < 0
    case (.double(let a), .int(let b)): return compare(b, a) > 0
    }
  }

  /// The sign of `integer - double`, exactly; NaN compares as neither below nor above (0).
  private static func compare(_ integer: Int64, _ double: Double) -> Int {
    if double.isNaN { return 0 }
    // 2^63 is exactly representable; every Int64 is below it and at or above -2^63.
    if double >= 9_223_372_036_854_775_808.0 { return -1 }
    if double < -9_223_372_036_854_775_808.0 { return 1 }
    let floor = double.rounded(.down)
    guard let whole = Int64(exactly: floor) else { return 0 }
    if integer < whole { return -1 }
    if integer > whole { return 1 }
    return floor == double ? 0 : -1
  }
}
