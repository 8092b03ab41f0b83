import Foundation
import Testing

@testable import TabConv

@Suite struct BatchConvertTests {
  @Test func `a directory converts file by file, past a bad one, with a report and a non-zero status`() throws {
    let folder = try CommandLineTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let inputs = folder.appendingPathComponent("in/sub")
    try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
    try Data(try Samples.bytes(Samples.countyBureauTargets)).write(to: inputs.appendingPathComponent("county.txt"))
    try Data("\tA\n\tB\n\n\n".utf8).write(to: folder.appendingPathComponent("in/small.txt"))
    try Data("\tA\n\tB\n\n\n".utf8).write(to: folder.appendingPathComponent("in/small.csv"))
    let bad = folder.appendingPathComponent("in/sub/bad.txt")
    try Data([0x61, 0xFF, 0x0A]).write(to: bad)
    try Data("ignored".utf8).write(to: folder.appendingPathComponent("in/notes.md"))
    let out = folder.appendingPathComponent("out").path
    let result = try CommandLineTool.run([
      folder.appendingPathComponent("in").path, "--to", "tsv", "-o", out, "--jobs", "2", "-q",
    ])
    #expect(result.status == 65)
    let written = try FileManager.default.subpathsOfDirectory(atPath: out).sorted()
    #expect(written == ["small.csv.tsv", "small.txt.tsv", "sub", "sub/county.tsv", "tabconv-report.json"])
    #expect(
      String(decoding: try Samples.bytes(URL(fileURLWithPath: out + "/small.txt.tsv")), as: UTF8.self) == "A\tB\n")
    let report = String(decoding: try Samples.bytes(URL(fileURLWithPath: out + "/tabconv-report.json")), as: UTF8.self)
    #expect(report.hasPrefix(#"{"converted": 3, "failed": 1, "seconds": "#))
    #expect(
      report.contains(
        #"{"input": "\#(bad.path)", "message": "\#(bad.path): line 1, column 2: invalid UTF-8 (byte 0xFF)"#))
    #expect(result.stderr.hasPrefix("tabconv: converted 3 of 4 files in "))
  }

  @Test func `a batch needs -o DIR`() throws {
    let result = try CommandLineTool.run([
      Samples.countyBureauTargets.path, Samples.marketSupervisionAnnex.path, "--to", "csv",
    ])
    #expect(result.status == 64)
    #expect(result.stderr.contains("converting several files or a directory needs -o DIR"))
  }
}
