/// The document's JSON form validates against the published schema,
/// `Schemas/tabconv-document.schema.json`, built into the library (`PublishedSchema`).
///
/// Each top-level block of the body is checked on its own against the schema's `#/$defs/block`
/// (what the root schema's `blocks` items must be), as the JSON value the writer writes for it
/// (`JSONValue(_ block:)`, held equal to the writer's output by tests). The rest of the document
/// (top level, source, notes, page furniture, warnings) is written by `DocumentJSONWriter` with
/// an empty body, parsed back and checked against the whole schema. Together that is the whole
/// document checked against the published schema, with the same violations, yet a streaming
/// conversion can check each block as it is read.
///
/// A block is first read in place through `BlockJSONView`, which presents exactly that JSON value
/// without building it, by the validator's accept pass: a valid block (every block of a sound
/// conversion) is checked without building anything per row or cell. Only an invalid block is
/// built as a `JSONValue` and evaluated again for every violation and its message.
public struct SchemaCheck: DocumentCheck {
  public var name: String { "schema" }

  /// The whole schema and its `#/$defs/block`.
  private let schemas: Result<(document: JSONSchemaValidator, block: JSONSchemaValidator), any Error>

  /// A check against the published schema.
  public init() {
    schemas = Self.published
  }

  /// A check against another document schema that defines `#/$defs/block` as the published one
  /// does, such as an edited copy of it.
  ///
  /// - Parameter schema: The whole document's schema.
  init(schema: JSONSchemaValidator) {
    schemas = Result { (schema, try Self.blockSchema(of: schema)) }
  }

  /// The compiled published schema; a failure here is a bug in the schema or the validator.
  static let validator: Result<JSONSchemaValidator, any Error> = Result {
    try JSONSchemaValidator(schema: JSONParser.parse(Array(PublishedSchema.documentSchemaText.utf8)))
  }

  /// The published schema and its `#/$defs/block`.
  private static let published = Result {
    let document = try validator.get()
    return (document: document, block: try blockSchema(of: document))
  }

  /// A schema's `#/$defs/block`, with its references resolved in the whole schema.
  private static func blockSchema(of schema: JSONSchemaValidator) throws -> JSONSchemaValidator {
    guard let block = schema.subschema(at: "/$defs/block") else {
      throw SchemaCheckError.missingDefinition("/$defs/block")
    }
    return block
  }

  public func findings(inBodyBlock block: Block, at index: Int) -> [CheckFinding] {
    let validator: JSONSchemaValidator
    do {
      validator = try schemas.get().block
    } catch {
      return [internalFinding(error)]
    }
    guard !validator.isValid(BlockJSONView(block)) else { return [] }
    // Only an invalid block is built as a value, for the messages.
    return validator.validate(JSONValue(block)).map { violation in
      CheckFinding(
        check: name, message: violation.message,
        location: SourceLocation(pointer: "/blocks/\(index)" + violation.instancePointer))
    }
  }

  public func findings(outsideBody document: Document) -> (beforeBody: [CheckFinding], afterBody: [CheckFinding]) {
    let validator: JSONSchemaValidator
    let instance: JSONValue
    var shell = document
    shell.blocks = []
    do {
      validator = try schemas.get().document
      instance = try JSONParser.parse(DocumentJSONWriter(pretty: false).write(shell))
    } catch {
      return ([internalFinding(error)], [])
    }
    // As for blocks: the accept pass first, every violation only when there is one.
    guard !validator.isValid(instance) else { return ([], []) }
    var before: [CheckFinding] = []
    var after: [CheckFinding] = []
    for violation in validator.validate(instance) {
      let finding = CheckFinding(
        check: name, message: violation.message, location: SourceLocation(pointer: violation.instancePointer))
      let pointer = violation.instancePointer
      if ["/notes", "/pageFurniture", "/warnings"].contains(where: { pointer == $0 || pointer.hasPrefix($0 + "/") }) {
        after.append(finding)
      } else {
        before.append(finding)
      }
    }
    return (before, after)
  }

  private func internalFinding(_ error: any Error) -> CheckFinding {
    CheckFinding(check: name, message: "internal: \(error)", location: SourceLocation())
  }
}

/// The published schema lacks a definition the check relies on: a bug in the schema.
enum SchemaCheckError: Error {
  case missingDefinition(String)
}
