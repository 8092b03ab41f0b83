import Foundation
import Testing

@testable import TabConv

@Suite struct JSONSchemaValidatorTests {
  /// Parses JSON text written in a test.
  private func json(_ text: String) throws -> JSONValue {
    try JSONParser.parse(Array(text.utf8))
  }

  /// The violations of `instance` against `schema`, as `instance pointer | schema pointer | message`.
  private func violations(_ schema: String, _ instance: String) throws -> [String] {
    let validator = try JSONSchemaValidator(schema: json(schema))
    return validator.validate(try json(instance)).map { "\($0.instancePointer) | \($0.schemaPointer) | \($0.message)" }
  }

  /// The error compiling `schema`, as its description, or nil when it compiles.
  private func refusal(_ schema: String) throws -> JSONSchemaError? {
    let value = try json(schema)
    do {
      _ = try JSONSchemaValidator(schema: value)
      return nil
    } catch let error as JSONSchemaError {
      return error
    }
  }

  static let documentSchema = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "type": "object",
      "required": ["version", "blocks"],
      "additionalProperties": false,
      "properties": {
        "version": {"const": 1},
        "blocks": {"type": "array", "items": {"$ref": "#/$defs/block"}}
      },
      "$defs": {
        "block": {
          "type": "object",
          "required": ["kind", "rows"],
          "properties": {
            "kind": {"enum": ["table", "paragraph"]},
            "rows": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/row"}}
          }
        },
        "row": {
          "type": "object",
          "required": ["cells"],
          "properties": {"cells": {"type": "array", "items": {"$ref": "#/$defs/cell"}}}
        },
        "cell": {
          "type": "object",
          "required": ["text"],
          "properties": {"text": {"type": "string", "maxLength": 5}, "span": {"type": "integer", "minimum": 1}}
        }
      }
    }
    """#

  @Test func `every violation is listed in document order with instance and schema pointers`() throws {
    let instance = #"""
      {"version": 2, "blocks": [
        {"kind": "table", "rows": [{"cells": [{"text": "ok"}, {"text": "too long!"}, {"span": 0}]}]},
        {"kind": "list", "rows": []}
      ], "extra/x~y": true}
      """#
    #expect(
      try violations(Self.documentSchema, instance) == [
        "/version | /properties/version/const | expected the constant 1, found 2",
        "/blocks/0/rows/0/cells/1/text | /$defs/cell/properties/text/maxLength | "
          + "string has 9 characters, more than the maximum length 5",
        #"/blocks/0/rows/0/cells/2 | /$defs/cell/required | missing required property "text""#,
        "/blocks/0/rows/0/cells/2/span | /$defs/cell/properties/span/minimum | value 0 is below the minimum 1",
        #"/blocks/1/kind | /$defs/block/properties/kind/enum | expected one of "table", "paragraph", found "list""#,
        "/blocks/1/rows | /$defs/block/properties/rows/minItems | array has 0 items, fewer than the minimum 1",
        #"/extra~1x~0y | /additionalProperties | property "extra/x~y" is not allowed"#,
      ])
    #expect(try violations(Self.documentSchema, #"{"version": 1.0, "blocks": []}"#) == [])
  }

  @Test func `type messages name what was expected and what was found`() throws {
    #expect(try violations(#"{"type": "integer"}"#, #""3""#) == [#" | /type | expected integer, found string "3""#])
    #expect(try violations(#"{"type": "integer"}"#, "1.0") == [])
    #expect(try violations(#"{"type": "integer"}"#, "1.5") == [" | /type | expected integer, found number 1.5"])
    #expect(
      try violations(#"{"type": ["integer", "string"]}"#, "true")
        == [" | /type | expected integer or string, found boolean true"])
    #expect(
      try violations(#"{"type": ["array", "object", "null"]}"#, "-7")
        == [" | /type | expected array, object or null, found integer -7"])
    #expect(try violations(#"{"type": "string"}"#, "{}") == [" | /type | expected string, found object"])
  }

  @Test func `object keywords`() throws {
    #expect(
      try violations(#"{"required": ["a", "b", "c"]}"#, #"{"b": 1}"#) == [
        #" | /required | missing required property "a""#, #" | /required | missing required property "c""#,
      ])
    let schema =
      #"{"properties": {"a": false}, "patternProperties": {"^x-": {"type": "string"}}, "additionalProperties": {"type": "boolean"}}"#
    #expect(
      try violations(schema, #"{"a": 1, "x-1": 2, "x-2": "ok", "other": null}"#) == [
        #"/a | /properties/a | property "a" is not allowed"#,
        "/x-1 | /patternProperties/^x-/type | expected string, found integer 2",
        "/other | /additionalProperties/type | expected boolean, found null",
      ])
  }

  @Test func `array keywords`() throws {
    #expect(
      try violations(#"{"prefixItems": [{"type": "string"}], "items": false}"#, #"["a", "b", "c"]"#) == [
        "/1 | /items | item 1 is not allowed (at most 1 item)", "/2 | /items | item 2 is not allowed (at most 1 item)",
      ])
    #expect(
      try violations(#"{"items": false}"#, "[0]") == ["/0 | /items | item 0 is not allowed (the array must be empty)"])
    #expect(
      try violations(#"{"prefixItems": [true, false]}"#, "[1, 2, 3]")
        == ["/1 | /prefixItems/1 | item 1 is not allowed (at most 1 item)"])
    #expect(
      try violations(#"{"uniqueItems": true}"#, #"[1, 2, 1.0, {"a": 1, "b": [2]}, {"b": [2.0], "a": 1}, "1"]"#) == [
        "/2 | /uniqueItems | item 2 is equal to item 0, expected unique items",
        "/4 | /uniqueItems | item 4 is equal to item 3, expected unique items",
      ])
    #expect(
      try violations(#"{"maxItems": 1}"#, "[1, 2]") == [" | /maxItems | array has 2 items, more than the maximum 1"])
    #expect(try violations(#"{"minItems": 2}"#, "[1]") == [" | /minItems | array has 1 item, fewer than the minimum 2"])
  }

  @Test func `string keywords count code points and search patterns unanchored`() throws {
    #expect(
      try violations(#"{"maxLength": 1}"#, #""e\u0301""#)
        == [" | /maxLength | string has 2 characters, more than the maximum length 1"])
    #expect(try violations(#"{"maxLength": 1}"#, #""\ud83d\ude00""#) == [])
    #expect(
      try violations(#"{"minLength": 2}"#, #""x""#)
        == [" | /minLength | string has 1 character, fewer than the minimum length 2"])
    #expect(try violations(#"{"pattern": "b+"}"#, #""abbc""#) == [])
    #expect(
      try violations(#"{"pattern": "^a*$"}"#, #""abc""#)
        == [#" | /pattern | string "abc" does not match the pattern "^a*$""#])
    #expect(try violations(#"{"pattern": "^\\d+$"}"#, "\"\u{663}\"").count == 1)
  }

  @Test func `number keywords`() throws {
    #expect(try violations(#"{"minimum": 1}"#, "0") == [" | /minimum | value 0 is below the minimum 1"])
    #expect(try violations(#"{"maximum": 3}"#, "3.5") == [" | /maximum | value 3.5 is above the maximum 3"])
    #expect(
      try violations(#"{"exclusiveMinimum": 1}"#, "1") == [
        " | /exclusiveMinimum | value 1 is not above the exclusive minimum 1"
      ])
    #expect(
      try violations(#"{"exclusiveMaximum": 3}"#, "3.0")
        == [" | /exclusiveMaximum | value 3.0 is not below the exclusive maximum 3"])
    #expect(try violations(#"{"multipleOf": 2}"#, "7") == [" | /multipleOf | value 7 is not a multiple of 2"])
    #expect(try violations(#"{"multipleOf": 0.0001}"#, "0.0075") == [])
    #expect(try violations(#"{"multipleOf": 0.1}"#, "0.3") == [])
    #expect(try violations(#"{"multipleOf": 0.5}"#, "1e308") == [])
    #expect(try violations(#"{"minimum": 9007199254740993}"#, "9007199254740992.0").count == 1)
  }

  @Test func `combinators, const, enum and false schemas`() throws {
    #expect(
      try violations(#"{"anyOf": [{"type": "string"}, {"minimum": 5}]}"#, "1")
        == [" | /anyOf | value matches none of the 2 schemas in anyOf"])
    #expect(
      try violations(#"{"oneOf": [{"type": "integer"}, {"minimum": 0}, {"type": "string"}]}"#, "1")
        == [" | /oneOf | value matches 2 of the schemas in oneOf (0 and 1), expected exactly one"])
    // With no match, the closest branch (strictly fewest violations) speaks for itself; on a tie, the keyword does.
    #expect(
      try violations(#"{"oneOf": [{"type": "string"}]}"#, "1") == [
        " | /oneOf/0/type | expected string, found integer 1"
      ])
    #expect(
      try violations(#"{"oneOf": [{"type": "string"}, {"type": "object", "required": ["a", "b"]}]}"#, "{}")
        == [" | /oneOf/0/type | expected string, found object"])
    #expect(
      try violations(#"{"not": {"type": "null"}}"#, "null") == [
        " | /not | value matches the schema in not, which it must not"
      ])
    #expect(
      try violations(#"{"allOf": [{"minimum": 2}, {"maximum": 0}]}"#, "1")
        == [
          " | /allOf/0/minimum | value 1 is below the minimum 2",
          " | /allOf/1/maximum | value 1 is above the maximum 0",
        ])
    #expect(try violations(#"{"const": {"a": [1, 2], "b": null}}"#, #"{"b": null, "a": [1.0, 2]}"#) == [])
    let decomposed = try violations(#"{"const": "\u00e4"}"#, #""a\u0308""#)
    #expect(decomposed.count == 1)
    #expect(
      decomposed.first?.unicodeScalars.elementsEqual(
        " | /const | expected the constant \"\u{E4}\", found \"a\u{308}\"".unicodeScalars) == true)
    #expect(try violations(#"{"enum": [false]}"#, "0") == [" | /enum | expected false, found 0"])
    #expect(try violations("false", "1") == [" |  | no value is allowed here: the schema is false"])
  }

  @Test func `references: root, pointers with escapes, percent-encoding and the root's $id`() throws {
    let schema = #"""
      {"$id": "urn:example:root", "$defs": {"a/b": {"type": "string"}, "c%d": {"minimum": 10}, "t~": {"$ref": "#/$defs/a~1b"}},
       "properties": {"s": {"$ref": "#/$defs/t~0"}, "p": {"$ref": "#/$defs/c%25d"}, "r": {"$ref": "urn:example:root"},
                      "u": {"$ref": "urn:example:root#/$defs/a~1b"}}, "maxProperties-free": null}
      """#
    #expect(try refusal(schema)?.kind == .unsupportedKeyword("maxProperties-free"))
    let valid = schema.replacingOccurrences(of: #", "maxProperties-free": null"#, with: "")
    #expect(
      try violations(valid, #"{"s": 1, "p": 3, "r": {"u": 2}}"#) == [
        "/s | /$defs/a~1b/type | expected string, found integer 1",
        "/p | /$defs/c%d/minimum | value 3 is below the minimum 10",
        "/r/u | /$defs/a~1b/type | expected string, found integer 2",
      ])
  }

  @Test func `unsupported keywords are refused with their pointer`() throws {
    for keyword in [
      "$dynamicRef", "$dynamicAnchor", "$anchor", "unevaluatedProperties", "unevaluatedItems", "if", "then", "else",
      "contains", "minContains", "dependentRequired", "dependentSchemas", "format", "propertyNames", "minProperties",
      "maxProperties", "definitions", "additionalItems", "$vocabulary", "contentMediaType",
    ] {
      let error = try refusal(#"{"properties": {"a": {"\#(keyword)": {}}}}"#)
      #expect(error?.kind == .unsupportedKeyword(keyword))
      #expect(
        error?.description == #"/properties/a/\#(keyword): keyword "\#(keyword)" is not supported by this validator"#)
    }
    var error = try refusal(#"{"properties": {"a/b": {"$id": "x"}}}"#)
    #expect(error?.description == #"/properties/a~1b/$id: keyword "$id" is supported only at the root of the schema"#)
    error?.location.file = "profile.json"
    #expect(
      error?.description
        == #"profile.json: /properties/a~1b/$id: keyword "$id" is supported only at the root of the schema"#)
    #expect(error?.category == .badInput)
    #expect(try refusal(#"{"$id": "urn:x", "title": "t", "deprecated": true, "examples": [], "default": 1}"#) == nil)
  }

  @Test func `malformed schemas, unresolvable and looping references are refused`() throws {
    let cases: [(String, JSONSchemaError.Kind, String)] = [
      (#"{"minItems": -1}"#, .malformed, #"/minItems: "minItems" must be a non-negative integer, found integer -1"#),
      (
        #"{"type": "text"}"#, .malformed,
        #"/type: type names are null, boolean, object, array, number, string, integer, found string "text""#
      ),
      (
        #"{"items": [{}]}"#, .malformed,
        "/items: items must be one schema in draft 2020-12; use prefixItems for a list of schemas"
      ),
      (#"{"anyOf": []}"#, .malformed, #"/anyOf: "anyOf" must be a non-empty array of schemas, found array"#),
      (#"{"not": 3}"#, .malformed, "/not: a schema must be an object or a boolean, found integer 3"),
      (#"{"multipleOf": 0}"#, .malformed, #"/multipleOf: "multipleOf" must be a number above 0, found integer 0"#),
      (
        #"{"$ref": "other.json#/a"}"#, .unresolvableReference("other.json#/a"),
        ##"/$ref: cannot resolve $ref "other.json#/a": only references inside this schema, such as "#/$defs/name", are supported"##
      ),
      (
        ##"{"properties": {"a": {"$ref": "#/$defs/missing"}}}"##, .unresolvableReference("#/$defs/missing"),
        ##"/properties/a/$ref: cannot resolve $ref "#/$defs/missing": there is no subschema at that place"##
      ),
      (
        ##"{"$ref": "#node"}"##, .unresolvableReference("#node"),
        ##"/$ref: cannot resolve $ref "#node": anchors are not supported, only JSON pointers such as "#/$defs/name""##
      ),
      (
        ##"{"$ref": "#"}"##, .malformed,
        "/$ref: this leads back to the schema at the root without moving into the value, so validation would never end"
      ),
      (
        ##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"anyOf": [{"type": "null"}, {"$ref": "#/$defs/a"}]}}}"##,
        .malformed,
        "/$defs/b/anyOf/1/$ref: this leads back to the schema at /$defs/a without moving into the value, "
          + "so validation would never end"
      ),
      (
        #"{"$schema": "http://json-schema.org/draft-07/schema#", "if": {}}"#,
        .unsupportedDialect("http://json-schema.org/draft-07/schema#"),
        #"/$schema: $schema names "http://json-schema.org/draft-07/schema#"; only draft 2020-12 "#
          + #"("https://json-schema.org/draft/2020-12/schema") is supported"#
      ),
    ]
    for (schema, kind, description) in cases {
      let error = try refusal(schema)
      #expect(error?.kind == kind, "\(schema)")
      #expect(error?.description == description, "\(schema)")
    }
    let badPattern = try refusal(#"{"pattern": "("}"#)
    #expect(badPattern?.kind == .malformed)
    #expect(badPattern?.reason.hasPrefix(#"regular expression "(" is not supported: "#) == true)
    #expect(try refusal(##"{"properties": {"next": {"$ref": "#"}}}"##) == nil)
  }

  @Test func `a violation renders as pointer and message`() {
    let violation = SchemaViolation(instancePointer: "/blocks/3", schemaPointer: "/required", message: "m")
    #expect(violation.description == "/blocks/3: m")
    #expect(SchemaViolation(instancePointer: "", schemaPointer: "", message: "m").description == "/: m")
  }
}
