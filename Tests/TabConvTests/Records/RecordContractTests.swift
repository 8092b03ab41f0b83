import Foundation
import Testing

@testable import TabConv

@Suite struct RecordContractTests {
  static func contract(_ json: String) throws -> RecordContract {
    try RecordContract(bytes: Array(json.utf8), file: "c.json")
  }

  static let records = [
    Record(
      title: nil, section: nil, table: 1, row: 2,
      fields: [
        RecordField(name: "名称", text: "甲"), RecordField(name: "金额", text: "15"),
        RecordField(name: "日期", text: "2023-01-01"),
      ]),
    Record(
      title: nil, section: nil, table: 1, row: 3,
      fields: [
        RecordField(name: "名称", text: ""), RecordField(name: "金额", text: "1.5万"),
        RecordField(name: "日期", text: "2023/1/1"),
      ]),
  ]

  @Test func `each rule names the record, field, value and rule`() throws {
    let contract = try Self.contract(
      #"""
      {"fields": [
        {"name": "名称", "constraints": {"required": true, "enum": ["甲", "乙"]}},
        {"name": "金额", "type": "integer", "constraints": {"minimum": 20}},
        {"name": "日期", "type": "date", "constraints": {"pattern": "2023.*"}},
        {"name": "备注", "constraints": {"required": true}}
      ]}
      """#)
    #expect(
      contract.violations(of: Self.records).map(\.description) == [
        #"record 1 (table 1, row 2), field 金额, value "15": minimum: below 20"#,
        #"record 1 (table 1, row 2), field 备注, value "": required: the record has no such field"#,
        #"record 2 (table 1, row 3), field 名称, value "": required: a value is required"#,
        #"record 2 (table 1, row 3), field 金额, value "1.5万": type: not an integer"#,
        #"record 2 (table 1, row 3), field 日期, value "2023/1/1": type: not a date"#,
        #"record 2 (table 1, row 3), field 备注, value "": required: the record has no such field"#,
      ])
  }

  @Test func `bareNumber false reads the number out of a value with a unit`() throws {
    let contract = try Self.contract(
      #"{"fields": [{"name": "金额", "type": "number", "bareNumber": false, "constraints": {"maximum": 1}}]}"#)
    #expect(
      contract.violations(of: Self.records).map(\.description) == [
        #"record 1 (table 1, row 2), field 金额, value "15": maximum: above 1"#,
        #"record 2 (table 1, row 3), field 金额, value "1.5万": maximum: above 1"#,
      ])
  }

  @Test func `a constraint tabconv does not check is refused, not ignored`() throws {
    #expect {
      _ = try Self.contract(#"{"fields": [{"name": "a", "constraints": {"unique": true}}]}"#)
    } throws: { error in
      "\(error)"
        == #"c.json: /fields/0/constraints/unique: constraint "unique" is not checked by tabconv (it checks required, pattern, minimum, maximum, enum, minLength, maxLength)"#
    }
  }

  @Test func `the county annex breaks the indicator contract where targets are qualitative`() throws {
    let schema = Samples.packageRoot.appendingPathComponent(
      "Tests/TabConvTests/Fixtures/contracts/performance-indicators.schema.json")
    let contract = try RecordContract(bytes: try Samples.bytes(schema), file: nil)
    let records = RecordExtractor(profile: .performanceIndicators).records(
      from: try TikaTextSeedTests.load(.county).document)
    let violations = contract.violations(of: records)
    #expect(violations.count == 11)
    #expect(violations.allSatisfy { $0.field == "指标值" && $0.rule == "type" && $0.row == 6 })
    #expect(violations.first?.value == "较上一年度提升")
  }

  @Test func `records --schema exits 1 with nothing written`() throws {
    let folder = try CommandLineTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("r.csv").path
    let schema = Samples.packageRoot.appendingPathComponent(
      "Tests/TabConvTests/Fixtures/contracts/performance-indicators.schema.json"
    ).path
    let result = try CommandLineTool.run([
      "records", Samples.countyBureauTargets.path, "--profile", "performance-indicators", "--schema", schema, "-o",
      output, "--to", "csv",
    ])
    #expect(result.status == 1)
    #expect(result.stderr.split(separator: "\n").count == 12)
    #expect(!FileManager.default.fileExists(atPath: output))
  }
}
