import Testing

@testable import TabConv

/// The accept pass (`AcceptProgram`) fuses a node's member keywords, turns `required` names into
/// bits, passes over nodes that only refer to others and checks kind-only nodes by kind; each case
/// here reaches one of those paths, and its verdict must be the one expected and the one of the
/// full evaluation (`validate`).
@Suite struct AcceptProgramTests {
  struct Case: CustomTestStringConvertible {
    var name: String
    var schema: String
    var valid: [String]
    var invalid: [String]
    var testDescription: String { name }
  }

  /// Twenty properties: a table too large to scan, looked up by dictionary.
  static let largeProperties =
    "{" + (0..<20).map { #""p\#($0)": {"type": "integer"}"# }.joined(separator: ", ") + "}"

  static let cases: [Case] = [
    Case(
      name: "properties, required and additionalProperties fused",
      schema:
        #"{"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer", "minimum": 1}}, "required": ["a", "c"], "additionalProperties": {"type": "boolean"}}"#,
      valid: [#"{"a": "x", "c": true}"#, #"{"c": false, "b": 3, "a": ""}"#],
      invalid: [
        #"{"a": "x"}"#, #"{"c": true}"#, #"{"a": 1, "c": true}"#, #"{"a": "x", "c": 1}"#,
        #"{"a": "x", "b": 0, "c": true}"#,
        #"{"a": "x", "c": true, "d": null}"#,
      ]),
    Case(
      name: "a large properties table with required names in and out of it",
      schema:
        #"{"properties": \#(largeProperties), "required": ["p3", "p19", "q"], "additionalProperties": {"type": "integer"}}"#,
      valid: [#"{"p0": 0, "p3": 1, "p19": 2, "q": 3}"#],
      invalid: [
        #"{"p3": 1, "p19": 2}"#, #"{"p3": 1, "q": 1}"#, #"{"p3": "1", "p19": 2, "q": 3}"#,
        #"{"p3": 1, "p19": 2, "q": "3"}"#,
      ]),
    Case(
      name: "properties, patternProperties and additionalProperties each take their members",
      schema:
        #"{"properties": {"xa": {"type": "string"}}, "patternProperties": {"^x": {"maxLength": 2}}, "additionalProperties": {"type": "integer"}}"#,
      valid: [#"{"xa": "ok", "xb": "no", "n": 4}"#, #"{"xb": 7}"#, #"{}"#],
      invalid: [#"{"xa": "long"}"#, #"{"xa": 1}"#, #"{"xb": "long"}"#, #"{"n": "4"}"#]),
    Case(
      name: "a chain of references to a kind-only node",
      schema:
        ##"{"type": "array", "items": {"$ref": "#/$defs/a"}, "$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"description": "x", "$ref": "#/$defs/c"}, "c": {"type": ["string", "null"]}}}"##,
      valid: [#"["a", null, ""]"#, "[]"],
      invalid: [#"["a", 1]"#, "[true]", "[{}]"]),
    Case(
      name: "kind-only members: integer needs the value, number and integer together do not",
      schema:
        #"{"properties": {"i": {"type": "integer"}, "n": {"type": ["integer", "number"]}, "any": {}, "none": false}}"#,
      valid: [#"{"i": 2, "n": 2.5, "any": [1]}"#, #"{"i": 2.0}"#],
      invalid: [#"{"i": 2.5}"#, #"{"n": "2"}"#, #"{"none": null}"#]),
  ]

  @Test(arguments: cases)
  func `the accept pass decides as the full evaluation`(_ test: Case) throws {
    let validator = try JSONSchemaValidator(schema: JSONParser.parse(Array(test.schema.utf8)))
    for (instances, expected) in [(test.valid, true), (test.invalid, false)] {
      for text in instances {
        let instance = try JSONParser.parse(Array(text.utf8))
        #expect(validator.isValid(instance) == expected, "\(text)")
        #expect(validator.validate(instance).isEmpty == expected, "\(text)")
      }
    }
  }

  @Test func `a schema built in code with a keyword twice keeps each keyword`() throws {
    // The parser refuses duplicate keys, so only a schema built as a value can have them. Both
    // `required` and both `properties` apply; `additionalProperties` leaves out the names of the
    // last `properties` and the `patternProperties` patterns, as the evaluator does.
    let schema = JSONValue.object([
      ("required", .array([.string("a")])), ("required", .array([.string("b")])),
      ("properties", .object([("a", .object([("type", .string("string"))]))])),
      ("properties", .object([("a", .object([("maxLength", .number(.int(1)))]))])),
      ("patternProperties", .object([("^p", .object([("maxLength", .number(.int(2)))]))])),
      ("additionalProperties", .object([("type", .string("integer"))])),
    ])
    let validator = try JSONSchemaValidator(schema: schema)
    let cases: [(String, Bool)] = [
      (#"{"a": "x", "b": 1}"#, true), (#"{"a": "x", "b": 1, "pq": "ab", "pz": 5}"#, true),
      (#"{"a": "x"}"#, false), (#"{"b": 1}"#, false), (#"{"a": "xy", "b": 1}"#, false), (#"{"a": 1, "b": 1}"#, false),
      (#"{"a": "x", "b": "1"}"#, false), (#"{"a": "x", "b": 1, "pq": "abc"}"#, false),
    ]
    for (text, expected) in cases {
      let instance = try JSONParser.parse(Array(text.utf8))
      #expect(validator.isValid(instance) == expected, "\(text)")
      #expect(validator.validate(instance).isEmpty == expected, "\(text)")
    }
  }
}
