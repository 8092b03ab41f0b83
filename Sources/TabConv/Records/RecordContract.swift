import Foundation

/// A user's contract for records: a Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/)
/// with the parts tabconv checks.
///
/// Read: `fields` with `name`, `type` (`string`, `number`, `integer`, `boolean`, `date`, `year`,
/// `any`; default `string`), `bareNumber` (numbers only; default true: `false` lets `≥4000户` be
/// 4000), and `constraints`: `required`, `pattern` (the whole value must match), `minimum`,
/// `maximum`, `enum`, `minLength`, `maxLength`; top-level `missingValues` (default `[""]`).
/// Any other member inside a field's `constraints` is refused, so a misspelt rule never
/// passes silently; other descriptive members (`title`, `description`, `format`, …) are ignored.
public struct RecordContract: Sendable {
  /// One field's rules.
  public struct Field: Sendable {
    public var name: String
    public var type: FieldType
    public var bareNumber: Bool
    public var required: Bool
    public var pattern: String?
    public var minimum: String?
    public var maximum: String?
    public var allowed: [String]?
    public var minLength: Int?
    public var maxLength: Int?
    var expression: NSRegularExpressionBox?
  }

  /// The Table Schema types tabconv checks.
  public enum FieldType: String, Sendable, CaseIterable {
    case string, number, integer, boolean, date, year, any
  }

  /// The fields, in the schema's order.
  public var fields: [Field]
  /// Texts that count as missing.
  public var missingValues: [String]

  /// Reads a contract from Table Schema JSON.
  ///
  /// - Parameters:
  ///   - bytes: The schema file.
  ///   - file: Its name for messages.
  /// - Throws: `JSONParseError` for malformed JSON; `RecordContractError` for a schema tabconv cannot use.
  public init(bytes: [UInt8], file: String?) throws {
    let value = try JSONParser.parse(bytes, file: file)
    func fail(_ pointer: String, _ reason: String) -> RecordContractError {
      RecordContractError(reason: reason, location: SourceLocation(file: file, pointer: pointer))
    }
    guard case .array(let fieldValues)? = value["fields"] else {
      throw fail("/fields", "a Table Schema needs a \"fields\" array")
    }
    missingValues = [""]
    if let missing = value["missingValues"] {
      guard case .array(let items) = missing else { throw fail("/missingValues", "expected an array of strings") }
      missingValues = try items.map { item in
        guard case .string(let text) = item else { throw fail("/missingValues", "expected an array of strings") }
        return text
      }
    }
    fields = try fieldValues.enumerated().map { index, fieldValue in
      let pointer = "/fields/\(index)"
      guard case .string(let name)? = fieldValue["name"] else { throw fail(pointer, "a field needs a \"name\"") }
      var typeName = "string"
      if let type = fieldValue["type"] {
        guard case .string(let text) = type else { throw fail(pointer + "/type", "expected a type name") }
        typeName = text
      }
      guard let type = FieldType(rawValue: typeName) else {
        let known = FieldType.allCases.map(\.rawValue).joined(separator: ", ")
        throw fail(pointer + "/type", "type \"\(typeName)\" is not checked by tabconv; use one of \(known)")
      }
      var bareNumber = true
      if case .bool(let flag)? = fieldValue["bareNumber"] { bareNumber = flag }
      var field = Field(
        name: name, type: type, bareNumber: bareNumber, required: false, pattern: nil, minimum: nil, maximum: nil,
        allowed: nil, minLength: nil, maxLength: nil, expression: nil)
      guard let constraints = fieldValue["constraints"] else { return field }
      guard case .object(let members) = constraints else { throw fail(pointer + "/constraints", "expected an object") }
      for (key, member) in members {
        let place = pointer + "/constraints/" + key
        switch (key, member) {
        case ("required", .bool(let flag)): field.required = flag
        case ("pattern", .string(let pattern)):
          guard let expression = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$") else {
            throw fail(place, "the pattern does not compile")
          }
          field.pattern = pattern
          field.expression = NSRegularExpressionBox(expression)
        case ("minimum", _):
          field.minimum = try Self.bound(member) ?? { throw fail(place, "expected a number or a date") }()
        case ("maximum", _):
          field.maximum = try Self.bound(member) ?? { throw fail(place, "expected a number or a date") }()
        case ("enum", .array(let items)):
          field.allowed = try items.map { try Self.bound($0) ?? { throw fail(place, "expected strings or numbers") }() }
        case ("minLength", .number(let number)): field.minLength = number.exactInteger.map(Int.init)
        case ("maxLength", .number(let number)): field.maxLength = number.exactInteger.map(Int.init)
        case ("required", _), ("pattern", _), ("enum", _), ("minLength", _), ("maxLength", _):
          throw fail(place, "this constraint has the wrong type")
        default:
          throw fail(
            place,
            "constraint \"\(key)\" is not checked by tabconv (it checks required, pattern, minimum, maximum, enum, minLength, maxLength)"
          )
        }
      }
      return field
    }
  }

  private static func bound(_ value: JSONValue) -> String? {
    switch value {
    case .string(let text): text
    case .number(let number): number.exactInteger.map { String($0) } ?? String(number.doubleValue)
    default: nil
    }
  }
}

/// A compiled pattern; `NSRegularExpression` is immutable and safe to share once built.
struct NSRegularExpressionBox: @unchecked Sendable {
  let expression: NSRegularExpression
  init(_ expression: NSRegularExpression) { self.expression = expression }

  func matches(_ text: String) -> Bool {
    expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }
}

/// Why a Table Schema cannot be used.
public struct RecordContractError: TabConvError {
  public var reason: String
  public var location: SourceLocation
  public var category: ErrorCategory { .usage }
}
