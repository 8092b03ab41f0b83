/// One way an instance breaks a JSON Schema: where in the instance, which keyword, and a message.
public struct SchemaViolation: Sendable, Equatable, CustomStringConvertible {
  /// The JSON pointer of the offending value in the instance, such as `/blocks/3/rows/0/cells/2`;
  /// `""` is the whole instance.
  public var instancePointer: String
  /// The JSON pointer of the keyword in the schema document, such as `/$defs/cell/required`.
  ///
  /// This is where the keyword is written, after following any `$ref`, so it can be looked up in the file.
  public var schemaPointer: String
  /// What is wrong, on one line, such as `missing required property "text"`.
  public var message: String

  /// Creates a violation.
  ///
  /// - Parameters:
  ///   - instancePointer: Where in the instance.
  ///   - schemaPointer: Which keyword of the schema.
  ///   - message: What is wrong.
  public init(instancePointer: String, schemaPointer: String, message: String) {
    self.instancePointer = instancePointer
    self.schemaPointer = schemaPointer
    self.message = message
  }

  /// `pointer: message`, with `/` for the whole instance.
  public var description: String {
    (instancePointer.isEmpty ? "/" : instancePointer) + ": " + message
  }
}
