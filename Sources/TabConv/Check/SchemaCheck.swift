/// The document's JSON form validates against the published schema,
/// `Schemas/tabconv-document.schema.json`, built into the library (`PublishedSchema`).
///
/// Each top-level block of the body is checked on its own against the schema's `#/$defs/block`
/// (what the root schema's `blocks` items must be), as the JSON value the writer writes for it
/// (`JSONValue(_ block:)`, held equal to the writer's output by tests). The rest of the document
/// (top level, source, notes, page furniture, warnings) is written by `DocumentJSONWriter` with
/// an empty body, parsed back and checked against the whole schema. Together that is the whole
/// document checked against the published schema, with the same violations, yet a streaming
/// conversion can check each block as it is read. A valid block is accepted at the first pass;
/// only an invalid one is evaluated again for every violation and its message.
public struct SchemaCheck: DocumentCheck {
  public var name: String { "schema" }

  public init() {}

  /// The compiled published schema; a failure here is a bug in the schema or the validator.
  static let validator: Result<JSONSchemaValidator, any Error> = Result {
    try JSONSchemaValidator(schema: JSONParser.parse(Array(PublishedSchema.documentSchemaText.utf8)))
  }

  /// The published schema's `#/$defs/block`, with its references resolved in the whole schema.
  static let blockValidator: Result<JSONSchemaValidator, any Error> = Result {
    guard let block = try validator.get().subschema(at: "/$defs/block") else {
      throw SchemaCheckError.missingDefinition("/$defs/block")
    }
    return block
  }

  public func findings(inBodyBlock block: Block, at index: Int) -> [CheckFinding] {
    let validator: JSONSchemaValidator
    do {
      validator = try Self.blockValidator.get()
    } catch {
      return [internalFinding(error)]
    }
    let instance = JSONValue(block)
    guard !validator.isValid(instance) else { return [] }
    return validator.validate(instance).map { violation in
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
      validator = try Self.validator.get()
      instance = try JSONParser.parse(DocumentJSONWriter(pretty: false).write(shell))
    } catch {
      return ([internalFinding(error)], [])
    }
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
