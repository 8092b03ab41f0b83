/// A JSON Schema (draft 2020-12) validator for a subset of the keywords, refusing schemas that use others.
///
/// Supported: `type`, `enum`, `const`, `properties`, `required`, `additionalProperties`,
/// `patternProperties`, `items`, `prefixItems`, `minItems`, `maxItems`, `uniqueItems`, `minLength`,
/// `maxLength` (in code points), `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`,
/// `multipleOf`, `pattern` (ECMA-262-like, unanchored), `allOf`, `anyOf`, `oneOf`, `not`, `$defs`,
/// `$ref` to a place in the same schema (`#`, `#/$defs/name`, any JSON-pointer fragment, optionally
/// after the root's `$id`), boolean schemas, and the annotations `$schema`, `$id` (root only),
/// `$comment`, `title`, `description`, `default`, `examples`, `deprecated`, `readOnly`, `writeOnly`.
/// Any other keyword makes `init` throw rather than be silently ignored.
///
/// Compile once and validate many instances; the validator is immutable and can be shared.
public struct JSONSchemaValidator: Sendable {
  /// The compiled schema.
  private let schema: JSONSchema

  /// Compiles a schema.
  ///
  /// Every subschema is checked, including unused `$defs`.
  ///
  /// - Parameter schema: The schema document.
  /// - Throws: `JSONSchemaError` if it uses a keyword this validator does not support (the error names
  ///   the keyword and its JSON pointer in the schema), names a `$schema` other than draft 2020-12, is
  ///   malformed, or has a `$ref` it cannot resolve or that loops back without descending into the value.
  public init(schema: JSONValue) throws {
    self.schema = try JSONSchemaCompiler.compile(schema)
  }

  /// Every violation of the schema by `instance`.
  ///
  /// Violations come in the instance's document order (a parent's before its members'); those at one
  /// place keep the order of the schema's keywords. Inside `anyOf`, `oneOf` and `not` the branches' own
  /// violations are not listed, only the keyword's.
  ///
  /// - Parameter instance: The value to check.
  /// - Returns: The violations; empty when `instance` is valid.
  public func validate(_ instance: JSONValue) -> [SchemaViolation] {
    JSONSchemaEvaluator.violations(of: instance, against: schema)
  }

  /// Whether `instance` is valid.
  ///
  /// Stops at the first violation and builds no message, so it is cheaper than `validate`.
  ///
  /// - Parameter instance: The value to check.
  /// - Returns: True when there is no violation.
  public func isValid(_ instance: JSONValue) -> Bool {
    schema.program.accepts(instance, at: schema.root)
  }

  /// Whether the value a view stands for is valid: the same verdict as `isValid` on that value,
  /// without building it.
  ///
  /// - Parameter instance: A view of the value to check.
  /// - Returns: True when there is no violation.
  func isValid<Instance: JSONView>(_ instance: Instance) -> Bool {
    schema.program.accepts(instance, at: schema.root)
  }

  /// A validator for one subschema of this schema, such as `/$defs/block`, with every `$ref`
  /// still resolved in the whole schema: checking an item against it gives the same violations
  /// (relative to the item) as checking the whole instance that holds it.
  ///
  /// - Parameter pointer: The subschema's JSON pointer in the schema document, without `#`.
  /// - Returns: The validator, or nil when no subschema stands there.
  public func subschema(at pointer: String) -> JSONSchemaValidator? {
    guard let node = schema.nodes.firstIndex(where: { $0.pointer == pointer }) else { return nil }
    return JSONSchemaValidator(schema: schema.rooted(at: node))
  }

  private init(schema: JSONSchema) {
    self.schema = schema
  }
}
