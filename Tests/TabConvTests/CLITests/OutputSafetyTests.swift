import Foundation
import Testing

@testable import TabConv

#if canImport(Glibc)
  import Glibc
#endif

/// Outputs are complete or absent: written to a temporary file renamed into place, never over
/// the input, never left half-written by an interrupted run or a failing batch item.
@Suite struct OutputSafetyTests {
  static let sample = Array("title\n\tA\n\tB\n\n\n".utf8)

  @Test(arguments: ["same path", "hard link", "symbolic link"])
  func `-o naming the input is refused and the input kept`(how: String) throws {
    let folder = try CommandLineTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in.txt")
    try Data(Self.sample).write(to: input)
    var output = input.path
    if how == "hard link" {
      output = folder.appendingPathComponent("link.txt").path
      try FileManager.default.linkItem(atPath: input.path, toPath: output)
    } else if how == "symbolic link" {
      output = folder.appendingPathComponent("link.txt").path
      try FileManager.default.createSymbolicLink(atPath: output, withDestinationPath: input.path)
    }
    let result = try CommandLineTool.run([input.path, "--to", "tika", "-o", output])
    #expect(result.status == 64)
    #expect(
      result.stderr == "tabconv: \(output): the output is the input file; tabconv never overwrites its input\n")
    #expect(try Array(Data(contentsOf: input)) == Self.sample)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") } == [])
  }

  @Test func `a failing batch item leaves the other outputs, and its own earlier output, untouched`() throws {
    let folder = try CommandLineTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    for name in ["a", "b", "c"] {
      try Data(Self.sample).write(to: folder.appendingPathComponent("\(name).txt"))
      #expect(try CommandLineTool.run(["\(name).txt", "-q", "-o", "out/\(name).json"], in: folder).status == 0)
    }
    let before = try ["a", "b", "c"].map { try Data(contentsOf: out.appendingPathComponent("\($0).json")) }
    // The second item is now broken; the batch runs again over all three.
    try Data([0x61, 0x0A, 0xFF]).write(to: folder.appendingPathComponent("b.txt"))
    let statuses = try ["a", "b", "c"].map {
      try CommandLineTool.run(["\($0).txt", "-q", "-o", "out/\($0).json"], in: folder).status
    }
    #expect(statuses == [0, 65, 0])
    let after = try ["a", "b", "c"].map { try Data(contentsOf: out.appendingPathComponent("\($0).json")) }
    #expect(after == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["a.json", "b.json", "c.json"])
  }

  @Test func `an output folder that cannot be created into leaves nothing`() throws {
    let folder = try CommandLineTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(Self.sample).write(to: folder.appendingPathComponent("in.txt"))
    let result = try CommandLineTool.run(["in.txt", "-o", "missing/out.json"], in: folder)
    #expect(result.status == 73)
    #expect(result.stderr == "tabconv: missing/out.json: cannot create: no such directory missing\n")
  }

  /// Starts the tool on `arguments` in `folder`, waits until `ready` says its output is being
  /// written, sends `signal`, and returns what it did.
  static func interrupt(
    _ arguments: [String], in folder: URL, signal: Int32, ready: () throws -> Bool
  ) throws -> (result: MeasuredRun.Result, caught: Bool) {
    let running = try MeasuredRun.start(arguments, in: folder)
    var caught = false
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline {
      if try ready() {
        caught = kill(running.pid, signal) == 0
        break
      }
      var status: Int32 = 0
      if waitpid(running.pid, &status, WNOHANG) == running.pid {
        // Finished before the output appeared: report it as not caught.
        return (
          MeasuredRun.Result(
            status: (status >> 8) & 0xFF, signal: nil, stdout: [], stderr: "", seconds: 0, peakMemory: 0), false
        )
      }
      usleep(100)
    }
    return (try MeasuredRun.wait(running), caught)
  }

  @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
  func `a signal while one big output is written leaves no file`(signal: Int32, status: Int32) throws {
    let folder = try CommandLineTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    // 30 MB of cell text: the output takes a moment to write.
    let cell = String(repeating: "0123456789 abcdefghij ", count: 30 << 20 / 22)
    try Data(("\t" + cell + "\n\tB\n\n\n").utf8).write(to: folder.appendingPathComponent("big.txt"))
    let (result, caught) = try Self.interrupt(["big.txt", "-q", "-o", "out/big.json"], in: folder, signal: signal) {
      try FileManager.default.contentsOfDirectory(atPath: out.path).contains { $0.hasSuffix(".tmp") }
    }
    #expect(caught, "the temporary file was never seen")
    #expect(result.status == status)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == [])
  }

  @Test func `a signal in the middle of one file per table leaves only complete tables`() throws {
    let folder = try CommandLineTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let count = 5000
    var text = "title\n"
    for index in 1...count { text += "\tT\(index)\n\tx\n\n\np\(index)\n" }
    try Data(text.utf8).write(to: folder.appendingPathComponent("many.txt"))
    let out = folder.appendingPathComponent("out")
    let (result, caught) = try Self.interrupt(
      ["many.txt", "--to", "csv", "-q", "-o", "out/"], in: folder, signal: SIGINT
    ) {
      (try? FileManager.default.contentsOfDirectory(atPath: out.path).count) ?? 0 > 10
    }
    #expect(caught)
    #expect(result.status == 130)
    let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
    #expect(names.count < count)
    #expect(!names.contains { $0.hasPrefix(".") || $0.hasSuffix(".tmp") })
    for name in names {
      let number = name.dropFirst("many.table-".count).dropLast(".csv".count)
      #expect(try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8) == "T\(number),x\n")
    }
  }

  @Test(arguments: ["json", "csv"])
  func `an error late in Tika text leaves no output and no temporary file`(target: String) throws {
    let folder = try CommandLineTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in.txt")
    try Data((String(repeating: "title\n\tA\n\tB\n\n\n", count: 2_000) + "end [bookmark: z]\n").utf8).write(to: input)
    let result = try CommandLineTool.run(["in.txt", "--to", target, "-o", "out.\(target)"], in: folder)
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "tabconv: in.txt: line 10001, column 5: '[bookmark: ' that is not a closed [bookmark: NAME] marker at the"
        + " start of a paragraph or cell line, where Tika writes them\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["in.txt"])
  }
}
