/// A schema the validator cannot use: an unsupported keyword or dialect, a malformed keyword, or a
/// `$ref` it cannot resolve.
///
/// The location's `pointer` is the JSON pointer of the keyword in the schema; set the location's
/// `file` to name the schema file in the message.
public struct JSONSchemaError: TabConvError, Equatable {
  /// The kinds of problem.
  public enum Kind: Sendable, Equatable {
    /// A keyword this validator does not implement, named; it refuses rather than ignore it.
    case unsupportedKeyword(String)
    /// A `$schema` other than draft 2020-12, named.
    case unsupportedDialect(String)
    /// A keyword whose value the specification does not allow, such as `"minItems": -1`.
    case malformed
    /// A `$ref` that does not lead to a subschema of this schema, quoted as written.
    case unresolvableReference(String)
  }

  /// What kind of problem this is.
  public var kind: Kind
  /// What is wrong, in lower case, on one line.
  public var reason: String
  /// Where in the schema: `pointer` holds the keyword's JSON pointer.
  public var location: SourceLocation
  /// Always `.badInput`: the schema is an input tabconv cannot use.
  public var category: ErrorCategory { .badInput }

  /// The JSON pointer of the offending keyword in the schema, such as `/properties/a/if`.
  public var schemaPointer: String { location.pointer ?? "" }

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - kind: What kind of problem this is.
  ///   - reason: What is wrong.
  ///   - schemaPointer: The keyword's JSON pointer in the schema.
  public init(_ kind: Kind, _ reason: String, at schemaPointer: String) {
    self.kind = kind
    self.reason = reason
    self.location = SourceLocation(pointer: schemaPointer)
  }
}
