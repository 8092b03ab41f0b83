/// Why a JSON file is not a tabconv document.
public struct DocumentJSONError: TabConvError {
  /// What is wrong at `location.pointer`.
  public enum Kind: Sendable, Equatable {
    /// A required member is missing.
    case missing(member: String)
    /// A member has the wrong JSON type.
    case wrongType(expected: String, found: String)
    /// A member's value is not one the model allows.
    case invalidValue(String, allowed: String)
    /// A member the model does not have.
    case unknownMember(String)
  }

  public var kind: Kind
  public var location: SourceLocation
  public var category: ErrorCategory { .badInput }

  public var reason: String {
    switch kind {
    case .missing(let member): "missing member \"\(member)\""
    case .wrongType(let expected, let found): "expected \(expected), found \(found)"
    case .invalidValue(let value, let allowed): "\(value) is not allowed here; expected \(allowed)"
    case .unknownMember(let name): "unknown member \"\(name)\" (the model is strict; see `tabconv schema`)"
    }
  }
}
