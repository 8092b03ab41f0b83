import Foundation
import Testing

@testable import TabConv

/// `tabconv INPUT --to FMT` end to end, through the built binary.
@Suite struct ConvertCommandTests {
  let sample = Samples.marketSupervisionAnnex.path

  @Test func `tika to json to tika gives the same bytes`() throws {
    let folder = try CommandLineTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let json = folder.appendingPathComponent("annex.json").path
    let first = try CommandLineTool.run([sample, "--to", "json", "-o", json, "--quiet"])
    #expect(first.status == 0)
    #expect(first.stderr == "")
    let back = try CommandLineTool.run([json, "--to", "tika"])
    #expect(back.status == 0)
    #expect(back.stdout == (try Samples.bytes(Samples.marketSupervisionAnnex)))
  }

  @Test func `warnings are summed up in one line on stderr`() throws {
    let result = try CommandLineTool.run([sample, "--to", "csv", "--table", "1"])
    #expect(result.status == 0)
    #expect(
      result.stderr
        == "tabconv: warning: \(sample): 6 warnings (merge-inferred ×6); the JSON output lists them\n"
        + "tabconv: note: \(sample): csv cannot hold 7 paragraphs, 62 merged cells (as repeated text); --report FILE.json lists where\n"
    )
    #expect(result.stdoutText.hasPrefix("附表1,,,,,\n2023年部门整体支出绩效目标表,2023年部门整体支出绩效目标表,"))
  }

  @Test func `-o DIR/ writes one csv file per table`() throws {
    let folder = try CommandLineTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandLineTool.run([sample, "--to", "csv", "-q", "-o", folder.path + "/tables/"])
    #expect(result.status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/tables").sorted()
    let stem = "market-supervision-bureau-annex-2023.tika"
    #expect(names == (1...7).map { "\(stem).table-\($0).csv" }.sorted())
  }

  @Test func `standard input is read with --from`() throws {
    let result = try CommandLineTool.run(["-", "--from", "tika", "--to", "csv"], stdin: Array("\tA\n\tB\n\n\n".utf8))
    #expect(result.status == 0)
    #expect(result.stdoutText == "A,B\n")
  }

  @Test func `bad input exits 65 with one line naming the place, and writes nothing`() throws {
    let folder = try CommandLineTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("bad.txt")
    try Data([0x61, 0x0A, 0xFF]).write(to: input)
    let output = folder.appendingPathComponent("out.json").path
    let result = try CommandLineTool.run([input.path, "--to", "json", "-o", output])
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "tabconv: \(input.path): line 2, column 1: invalid UTF-8 (byte 0xFF); Tika text is UTF-8, convert it first (iconv -f GB18030 -t UTF-8)\n"
    )
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bad.txt"])
  }

  @Test func `a missing input exits 66`() throws {
    let result = try CommandLineTool.run(["/nonexistent/annex.txt", "--to", "json"])
    #expect(result.status == 66)
    #expect(result.stderr == "tabconv: /nonexistent/annex.txt: cannot open: no such file\n")
  }

  @Test func `the output may not be the input`() throws {
    let folder = try CommandLineTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("a.txt")
    try Data("x\n".utf8).write(to: input)
    let result = try CommandLineTool.run([input.path, "--to", "tika", "-o", input.path])
    #expect(result.status == 64)
    #expect(result.stderr.hasSuffix("the output is the input file; tabconv never overwrites its input\n"))
    #expect(try Data(contentsOf: input) == Data("x\n".utf8))
  }

  @Test func `--table out of range is a usage error`() throws {
    let result = try CommandLineTool.run([sample, "--to", "csv", "--table", "99", "-q"])
    #expect(result.status == 64)
    #expect(result.stderr == "tabconv: \(sample): --table 99: the document has 7 tables (1–7)\n")
  }

  @Test func `a JSON file that breaks the span tiling is refused with exit 1`() throws {
    let json = #"{"version": 1, "blocks": [{"type": "table", "columns": 2, "rows": [{"cells": [{"text": "a"}]}]}]}"#
    let result = try CommandLineTool.run(["-", "--from", "json", "--to", "csv"], stdin: Array(json.utf8))
    #expect(result.status == 1)
    #expect(
      result.stderr == "tabconv: -: block 1, row 1: grid column 2 of this row is covered by no cell (span tiling)\n")
    #expect(result.stdout.isEmpty)
  }

  @Test func `schema prints the published schema`() throws {
    let result = try CommandLineTool.run(["schema"])
    #expect(result.status == 0)
    #expect(
      result.stdout
        == (try Samples.bytes(Samples.packageRoot.appendingPathComponent("Schemas/tabconv-document.schema.json"))))
  }
}
