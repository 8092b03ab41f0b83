/// The check of a JSON file as `tabconv validate` runs it: the published schema first, then,
/// when the schema holds, what a schema cannot say (span tiling, clean text).
public enum DocumentValidation {
  /// One problem, placed by its JSON pointer.
  public struct Problem: Sendable, Equatable, CustomStringConvertible {
    /// Where in the JSON (RFC 6901; `""` is the whole document).
    public var pointer: String
    /// What is wrong.
    public var message: String

    public var description: String { "\(pointer.isEmpty ? "/" : pointer): \(message)" }
  }

  /// Every problem of a JSON document, in document order.
  ///
  /// - Parameters:
  ///   - bytes: The JSON text.
  ///   - file: Its name, for parse errors.
  /// - Returns: The problems; empty when the file is a valid tabconv document.
  /// - Throws: `JSONParseError` when the bytes are not JSON at all.
  public static func problems(in bytes: [UInt8], file: String?) throws -> [Problem] {
    let value = try JSONParser.parse(bytes, file: file)
    let validator: JSONSchemaValidator
    do {
      validator = try SchemaCheck.validator.get()
    } catch {
      return [Problem(pointer: "", message: "internal: the published schema does not compile: \(error)")]
    }
    let violations = validator.validate(value)
    guard violations.isEmpty else {
      return violations.map { Problem(pointer: $0.instancePointer, message: $0.message) }
    }
    let document = try DocumentJSONReader().read(value: value, file: file)
    let checks: [any DocumentCheck] = [SpanTilingCheck(), TextCheck()]
    return checks.flatMap { check in
      check.findings(in: document).map {
        Problem(pointer: $0.location.pointer ?? "", message: "\($0.message) (\(check.name))")
      }
    }
  }
}
