/// The six kinds of JSON value.
enum JSONKind: Sendable, Equatable {
  case null, bool, number, string, array, object
}

/// A read-only look at a JSON value, whatever holds it: a parsed `JSONValue`, or a part of the
/// model presented as the JSON the writer writes for it (`BlockJSONView`), with nothing built.
///
/// The schema validator's accept pass reads instances only through this protocol, so it checks a
/// view exactly as it would check the `JSONValue` the view stands for. A view must present what
/// that value holds: the same kind, the same members in the same order, the same items.
protocol JSONView {
  /// Which kind of value this is.
  var kind: JSONKind { get }
  /// A boolean's value; nil for other kinds.
  var boolValue: Bool? { get }
  /// A number's value; nil for other kinds.
  var numberValue: JSONNumber? { get }
  /// A string's value; nil for other kinds.
  var stringValue: String? { get }
  /// How many items an array has or members an object has; 0 for other kinds.
  var count: Int { get }
  /// An array's item at `index`, with `0 ≤ index < count`.
  func item(at index: Int) -> Self
  /// An object's member name at `position`, with `0 ≤ position < count`, in member order.
  func memberName(at position: Int) -> String
  /// An object's member value at `position`, with `0 ≤ position < count`, in member order.
  func memberValue(at position: Int) -> Self
  /// The kind of an object's member value at `position`: `memberValue(at: position).kind`, which a
  /// view may know without making the value's view.
  func memberKind(at position: Int) -> JSONKind
  /// Whether an object has a member named `name`, compared code point by code point.
  func hasMember(named name: String) -> Bool
  /// The value of an object's first member named `name` (code point by code point), or nil.
  func member(named name: String) -> Self?
}

extension JSONView {
  func memberKind(at position: Int) -> JSONKind {
    memberValue(at: position).kind
  }

  /// Whether the view stands for a value equal to `value`, with `JSONValue`'s equality: numbers by
  /// value, strings code point by code point, objects whatever their member order.
  ///
  /// `value` is the left side, as in `value == instance`: each of its members is looked up in the view.
  func isEqual(to value: JSONValue) -> Bool {
    switch value {
    case .null:
      return kind == .null
    case .bool(let expected):
      return boolValue == expected
    case .number(let expected):
      return numberValue.map { $0 == expected } ?? false
    case .string(let expected):
      return stringValue.map { JSONKey.sameCodePoints($0, expected) } ?? false
    case .array(let expected):
      guard kind == .array, count == expected.count else { return false }
      return expected.indices.allSatisfy { item(at: $0).isEqual(to: expected[$0]) }
    case .object(let expected):
      guard kind == .object, count == expected.count else { return false }
      return expected.allSatisfy { member(named: $0.key)?.isEqual(to: $0.value) ?? false }
    }
  }
}

extension JSONValue {
  /// The value a view stands for, built in full.
  ///
  /// - Parameter view: Any JSON view.
  init<View: JSONView>(materializing view: View) {
    switch view.kind {
    case .null: self = .null
    case .bool: self = .bool(view.boolValue ?? false)
    case .number: self = .number(view.numberValue ?? .int(0))
    case .string: self = .string(view.stringValue ?? "")
    case .array: self = .array((0..<view.count).map { JSONValue(materializing: view.item(at: $0)) })
    case .object:
      self = .object(
        (0..<view.count).map {
          (key: view.memberName(at: $0), value: JSONValue(materializing: view.memberValue(at: $0)))
        }
      )
    }
  }
}

/// A parsed value is its own view.
extension JSONValue: JSONView {
  var kind: JSONKind {
    switch self {
    case .null: .null
    case .bool: .bool
    case .number: .number
    case .string: .string
    case .array: .array
    case .object: .object
    }
  }

  var boolValue: Bool? {
    guard case .bool(let value) = self else { return nil }
    return value
  }

  var numberValue: JSONNumber? {
    guard case .number(let value) = self else { return nil }
    return value
  }

  var stringValue: String? {
    guard case .string(let value) = self else { return nil }
    return value
  }

  var count: Int {
    switch self {
    case .array(let items): items.count
    case .object(let members): members.count
    default: 0
    }
  }

  func item(at index: Int) -> JSONValue {
    guard case .array(let items) = self else { preconditionFailure("item(at:) of a \(kind)") }
    return items[index]
  }

  func memberName(at position: Int) -> String {
    guard case .object(let members) = self else { preconditionFailure("memberName(at:) of a \(kind)") }
    return members[position].key
  }

  func memberValue(at position: Int) -> JSONValue {
    guard case .object(let members) = self else { preconditionFailure("memberValue(at:) of a \(kind)") }
    return members[position].value
  }

  func hasMember(named name: String) -> Bool {
    guard case .object(let members) = self else { return false }
    return members.contains { JSONKey.sameCodePoints($0.key, name) }
  }

  func member(named name: String) -> JSONValue? {
    self[name]
  }
}
