import Foundation
import Testing

@testable import TabConv

@Suite struct RecordsCommandTests {
  @Test func `records as JSON Lines carry parsed values`() throws {
    let result = try CommandLineTool.run([
      "records", Samples.marketSupervisionAnnex.path, "--profile", "performance-indicators", "--to", "jsonl", "--table",
      "1",
    ])
    #expect(result.status == 0)
    let lines = result.stdoutText.split(separator: "\n")
    #expect(lines.count == 33)
    #expect(
      lines.first
        == #"{"title": "附表1 2023年部门整体支出绩效目标表", "section": "年度绩效指标", "table": 1, "row": 19, "fields": {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "1、新增市场主体", "指标值及单位": "≥4000户"}, "values": {"三级指标": {"number": 1, "text": "新增市场主体"}, "指标值及单位": {"op": "≥", "value": 4000, "unit": "户"}}}"#
    )
  }

  @Test func `records as CSV put parsed parts in their own columns`() throws {
    let result = try CommandLineTool.run([
      "records", Samples.countyBureauTargets.path, "--profile", "performance-indicators", "--to", "csv", "--table", "2",
    ])
    #expect(result.status == 0)
    let lines = result.stdoutText.split(separator: "\n").map(String.init)
    #expect(
      lines.first == "title,section,table,row,一级指标,二级指标,三级指标,绩效指标描述,指标值,指标值确定依据,指标值.op,指标值.value,指标值.unit,指标值.text")
    #expect(
      lines[2]
        == "1.【13073023X000004000082】怀财字【2023】7号注册监管绩效目标表,,2,3,产出指标,质量指标,覆盖率,信息监测已覆盖的单位数量占实有单位总数的比率,≥95%,2023年工作计划,≥,95,%,"
    )
    #expect(lines.count == 8)
  }

  @Test func `an unknown profile is a usage error`() throws {
    let result = try CommandLineTool.run(["records", Samples.countyBureauTargets.path, "--profile", "nope"])
    #expect(result.status == 64)
  }
}

@Suite struct RecordsFindingsTests {
  @Test func `findings go to stderr, and --strict-findings refuses with nothing written`() throws {
    let folder = try CommandLineTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("r.jsonl").path
    let arguments = [
      "records", Samples.marketSupervisionAnnex.path, "--profile", "performance-indicators", "-o", output,
    ]
    let lenient = try CommandLineTool.run(arguments)
    #expect(lenient.status == 0)
    let lines = lenient.stderr.split(separator: "\n")
    #expect(lines.count == 11)
    #expect(
      lines.first
        == "tabconv: finding: \(Samples.marketSupervisionAnnex.path): table 1, row 34: period 2022.01.01-2022.12.31 ends before the budget year 2023 of its form (implausible-period)"
    )
    try FileManager.default.removeItem(atPath: output)
    let strict = try CommandLineTool.run(arguments + ["--strict-findings"])
    #expect(strict.status == 1)
    #expect(strict.stderr.hasSuffix("11 findings; nothing written (--strict-findings)\n"))
    #expect(!FileManager.default.fileExists(atPath: output))
  }
}
