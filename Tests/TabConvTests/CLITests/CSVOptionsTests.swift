import Foundation
import Testing

@testable import TabConv

/// The CSV flags end to end.
@Suite struct CSVOptionsTests {
  let input = Array("名称,金额\n\"=SUM(A1)\",15\n".utf8)

  @Test func `--bom --crlf --output-delimiter tab`() throws {
    let result = try CommandLineTool.run(
      ["-", "--from", "csv", "--to", "csv", "--bom", "--crlf", "--output-delimiter", "tab"], stdin: input)
    #expect(result.status == 0)
    #expect(result.stdout == [0xEF, 0xBB, 0xBF] + Array("名称\t金额\r\n=SUM(A1)\t15\r\n".utf8))
  }

  @Test func `--excel-safe and --no-header`() throws {
    let result = try CommandLineTool.run(
      ["-", "--from", "csv", "--to", "csv", "--excel-safe", "--no-header"], stdin: input)
    #expect(result.stdoutText == "'=SUM(A1),15\n")
  }

  @Test func `--output-encoding gb18030 writes GB18030 bytes, and --encoding reads them back`() throws {
    let written = try CommandLineTool.run(
      ["-", "--from", "csv", "--to", "csv", "--output-encoding", "gb18030"], stdin: Array("名称\n".utf8))
    #expect(written.stdout == [0xC3, 0xFB, 0xB3, 0xC6, 0x0A])
    let back = try CommandLineTool.run(
      ["-", "--from", "csv", "--to", "tsv", "--encoding", "gb18030"], stdin: written.stdout)
    #expect(back.stdoutText == "名称\n")
  }

  @Test func `--encoding names the CSV output's encoding when the input is not CSV`() throws {
    let written = try CommandLineTool.run(
      ["-", "--from", "tika", "--to", "csv", "--encoding", "gb18030"], stdin: Array("\t名称\n\n\n".utf8))
    #expect(written.stdout == [0xC3, 0xFB, 0xB3, 0xC6, 0x0A])
  }

  @Test func `legacy CJK input without --encoding is detected, with a warning`() throws {
    let result = try CommandLineTool.run(
      ["-", "--from", "csv", "--to", "tsv"], stdin: [0xC3, 0xFB, 0xB3, 0xC6, 0x2C, 0x31, 0x0A])
    #expect(result.status == 0)
    #expect(result.stdoutText == "名称\t1\n")
    #expect(result.stderr == "tabconv: warning: -: 1 warnings (input-normalized ×1); the JSON output lists them\n")
  }

  @Test func `an unknown encoding is a usage error`() throws {
    let result = try CommandLineTool.run(["-", "--from", "csv", "--encoding", "klingon"], stdin: input)
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown encoding 'klingon'"))
  }
}
