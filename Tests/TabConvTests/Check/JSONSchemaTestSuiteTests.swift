import Foundation
import Testing

@testable import TabConv

/// Runs the official JSON Schema Test Suite (draft 2020-12, the files in `shared/corpus`) through
/// `JSONSchemaValidator`.
///
/// Each file is a list of groups: a schema and tests of `data` against it with the expected `valid`.
/// For every group, either the validator accepts the schema and then every test must give the
/// expected answer, or it refuses the schema, and then the refusal must be legitimate and listed in
/// `expectedRefusals`:
///
/// - refused for an unsupported keyword: the keyword must be outside the supported list (`$id` counts
///   as outside when it is not at the root), and
/// - refused for an unresolvable `$ref`: the reference must point outside the schema (another
///   document, such as the meta-schema or `http://localhost:1234/…`), not be a local `#…` reference.
///
/// A refusal for any other reason, or of a group not listed, fails the test.
@Suite struct JSONSchemaTestSuiteTests {
  /// The package root: three levels above this file's folder (`Tests/TabConvTests/Check`).
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `packageRoot/../shared/corpus/json-schema-test-suite`: `shared` sits beside the checkout.
  static let suiteDirectory: URL = packageRoot.appendingPathComponent("../shared/corpus/json-schema-test-suite")
    .standardized

  /// The suite's test files, sorted.
  static let files: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: suiteDirectory.path)) ?? [])
    .filter { $0.hasSuffix(".json") }.sorted()

  /// The keywords this validator must support (`$id` only at the root).
  static let supportedKeywords: Set<String> = [
    "type", "enum", "const", "properties", "required", "additionalProperties", "patternProperties", "items",
    "prefixItems", "minItems", "maxItems", "uniqueItems", "minLength", "maxLength", "minimum", "maximum",
    "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "pattern", "allOf", "anyOf", "oneOf", "not", "$ref",
    "$defs", "$schema", "$id", "$comment", "title", "description", "default", "examples", "deprecated",
    "readOnly", "writeOnly",
  ]

  /// Every group the validator refuses, as `file: group description`, with why.
  ///
  /// The two remote `$ref`s name the draft 2020-12 meta-schema, which is another document. The group
  /// "Recursive references between schemas" uses `http://localhost:1234/…` URIs, but as `$id`s of
  /// subschemas of the same document, so it is refused for the nested `$id`, not for a remote `$ref`.
  static let expectedRefusals: [String: String] = [
    "additionalProperties.json: additionalProperties with propertyNames":
      "keyword propertyNames at /propertyNames",
    "additionalProperties.json: dependentSchemas with additionalProperties":
      "keyword dependentSchemas at /dependentSchemas",
    "defs.json: validate definition against metaschema":
      "remote $ref https://json-schema.org/draft/2020-12/schema",
    "not.json: collect annotations inside a 'not', even if collection is disabled":
      "keyword unevaluatedProperties at /not/unevaluatedProperties",
    "ref.json: remote ref, containing refs itself": "remote $ref https://json-schema.org/draft/2020-12/schema",
    "ref.json: Recursive references between schemas": "keyword $id at /$defs/node/$id",
    "ref.json: ref creates new scope when adjacent to keywords":
      "keyword unevaluatedProperties at /$defs/A/unevaluatedProperties",
    "ref.json: refs with relative uris and defs": "keyword $id at /properties/foo/$id",
    "ref.json: relative refs with absolute uris and defs": "keyword $id at /properties/foo/$id",
    "ref.json: $id must be resolved against nearest parent, not just immediate parent":
      "keyword $id at /$defs/x/$id",
    "ref.json: order of evaluation: $id and $ref": "keyword $id at /$defs/bigint/$id",
    "ref.json: order of evaluation: $id and $anchor and $ref": "keyword $anchor at /$defs/bigint/$anchor",
    "ref.json: order of evaluation: $id and $ref on nested schema": "keyword $id at /$defs/foo/$id",
    "ref.json: URN base URI with URN and anchor ref": "keyword $anchor at /$defs/bar/$anchor",
    "ref.json: URN ref with nested pointer ref": "keyword $id at /$defs/foo/$id",
    "ref.json: ref to if": "keyword if at /if",
    "ref.json: ref to then": "keyword then at /then",
    "ref.json: ref to else": "keyword else at /else",
    "ref.json: ref with absolute-path-reference": "keyword $id at /$defs/a/$id",
  ]

  /// What one file gave.
  struct FileResult {
    /// Groups whose schema was accepted, and refused.
    var accepted = 0
    var refused = 0
    /// Tests run (in accepted groups) and tests that gave the expected answer.
    var testsRun = 0
    var testsPassed = 0
    /// Wrong answers and illegitimate refusals, one line each.
    var failures: [String] = []
    /// Refused groups, `file: description` to why.
    var refusals: [String: String] = [:]
  }

  /// Runs every group of one file.
  static func run(_ file: String) throws -> FileResult {
    let bytes = try [UInt8](Data(contentsOf: suiteDirectory.appendingPathComponent(file)))
    guard case .array(let groups) = try JSONParser.parse(bytes, file: file) else {
      return FileResult(failures: ["\(file): not an array of groups"])
    }
    var result = FileResult()
    for group in groups {
      guard case .string(let description)? = group["description"], let schema = group["schema"],
        case .array(let tests)? = group["tests"]
      else {
        result.failures.append("\(file): a group without description, schema or tests")
        continue
      }
      let name = "\(file): \(description)"
      let validator: JSONSchemaValidator
      do {
        validator = try JSONSchemaValidator(schema: schema)
      } catch let error as JSONSchemaError {
        result.refused += 1
        switch legitimacy(of: error, schema: schema) {
        case .success(let why): result.refusals[name] = why
        case .failure(let problem): result.failures.append("\(name): \(problem.message)")
        }
        continue
      }
      result.accepted += 1
      for test in tests {
        guard case .string(let testDescription)? = test["description"], let data = test["data"],
          case .bool(let valid)? = test["valid"]
        else {
          result.failures.append("\(name): a test without description, data or valid")
          continue
        }
        result.testsRun += 1
        let violations = validator.validate(data)
        if violations.isEmpty == valid {
          result.testsPassed += 1
        } else {
          let found = violations.isEmpty ? "no violation" : violations.map(\.description).joined(separator: "; ")
          result.failures.append("\(name): \(testDescription): expected valid \(valid), found \(found)")
        }
        // The accept pass (what the schema check runs first) must agree.
        if validator.isValid(data) != valid {
          result.failures.append("\(name): \(testDescription): the accept pass says valid \(!valid)")
        }
      }
    }
    return result
  }

  /// A refusal that should not have happened.
  struct Problem: Error {
    var message: String
  }

  /// Why a refusal is legitimate, or the problem with it.
  static func legitimacy(of error: JSONSchemaError, schema: JSONValue) -> Result<String, Problem> {
    switch error.kind {
    case .unsupportedKeyword(let keyword):
      if !supportedKeywords.contains(keyword) || (keyword == "$id" && !error.schemaPointer.isEmpty) {
        return .success("keyword \(keyword) at \(error.schemaPointer)")
      }
      return .failure(Problem(message: "refused a supported keyword: \(error)"))
    case .unresolvableReference(let reference):
      var rootID: String?
      if case .string(let id)? = schema["$id"] { rootID = id }
      let base = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
      if !reference.hasPrefix("#"), let base, !base.isEmpty, base != rootID {
        return .success("remote $ref \(reference)")
      }
      return .failure(Problem(message: "refused a local $ref: \(error)"))
    case .unsupportedDialect, .malformed:
      return .failure(Problem(message: "refused a valid schema: \(error)"))
    }
  }

  @Test func `the suite's files are there`() {
    #expect(Self.files.count == 23, "\(Self.suiteDirectory.path)")
  }

  @Test(arguments: files)
  func `every accepted schema gives the expected answers and every refusal is legitimate`(file: String) throws {
    let result = try Self.run(file)
    #expect(result.failures == [])
    let expected = Self.expectedRefusals.filter { $0.key.hasPrefix(file + ": ") }
    #expect(result.refusals == expected)
  }

  /// 177 groups with 632 tests: 158 groups accepted, whose 592 tests all pass; 19 groups refused
  /// (the 40 tests in them are not run).
  @Test func `totals: groups accepted and refused, tests passed`() throws {
    var total = FileResult()
    for file in Self.files {
      let result = try Self.run(file)
      total.accepted += result.accepted
      total.refused += result.refused
      total.testsRun += result.testsRun
      total.testsPassed += result.testsPassed
    }
    #expect(total.accepted == 158)
    #expect(total.refused == 19)
    #expect(total.refused == Self.expectedRefusals.count)
    #expect(total.testsRun == 592)
    #expect(total.testsPassed == 592)
  }
}
