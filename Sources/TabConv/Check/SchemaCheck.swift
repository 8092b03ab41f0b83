/// The document's JSON form validates against the published schema,
/// `Schemas/tabconv-document.schema.json`, built into the library (`PublishedSchema`).
///
/// The check writes the document as canonical JSON and validates that, so what is checked
/// is exactly what the JSON writer would write.
public struct SchemaCheck: DocumentCheck {
  public var name: String { "schema" }

  public init() {}

  /// The compiled published schema; a failure here is a bug in the schema or the validator.
  static let validator: Result<JSONSchemaValidator, any Error> = Result {
    try JSONSchemaValidator(schema: JSONParser.parse(Array(PublishedSchema.documentSchemaText.utf8)))
  }

  public func findings(in document: Document) -> [CheckFinding] {
    let validator: JSONSchemaValidator
    let instance: JSONValue
    do {
      validator = try Self.validator.get()
      instance = try JSONParser.parse(DocumentJSONWriter(pretty: false).write(document))
    } catch {
      return [CheckFinding(check: name, message: "internal: \(error)", location: SourceLocation())]
    }
    return validator.validate(instance).map { violation in
      CheckFinding(check: name, message: violation.message, location: SourceLocation(pointer: violation.instancePointer))
    }
  }
}
