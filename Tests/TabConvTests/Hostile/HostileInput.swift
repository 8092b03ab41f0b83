import Foundation
import Testing

@testable import TabConv

/// Runs one hostile input through the library and the built binary and checks the promises:
/// a one-line error naming the file and the place, the documented exit status, bounded time and
/// memory, nothing left in the output folder, and the input unchanged.
enum HostileInput {
  /// Generous bounds for one run of the (debug) binary, on two cores shared with other work.
  ///
  /// A 50 MB cell takes about 5 s alone; a hang or a quadratic blow-up would take minutes.
  /// Sanitizer builds (`TABCONV_SANITIZER` set by scripts/sanitizers.sh) get three times as much.
  static let scale: Double = ProcessInfo.processInfo.environment["TABCONV_SANITIZER"] == nil ? 1 : 3
  static let maxSeconds = 30 * scale
  static let maxMemory = Int(Double(1 << 30) * scale)

  /// What one run of the binary gave, for further checks.
  struct Outcome {
    var status: Int32
    var stderr: String
    var stdout: [UInt8]
    var seconds: Double
    var peakMemory: Int
    var folder: URL
  }

  /// The library's error for an input, read as `DocumentLoader` reads it (format from the name).
  static func libraryError(_ bytes: [UInt8], name: String, options: ReadOptions = .init()) -> (any TabConvError)? {
    do {
      _ = try DocumentLoader.load(bytes: bytes, file: name, options: options)
      return nil
    } catch let error as any TabConvError {
      return error
    } catch {
      Issue.record("not a TabConvError: \(error)")
      return nil
    }
  }

  /// Asserts that `bytes`, saved as `name`, is refused with `message` and `status`, by the
  /// library and by the binary writing to `out/`, within the bounds, leaving nothing behind.
  ///
  /// - Parameters:
  ///   - message: The error after `tabconv: ` with the file written as `name`.
  ///   - extraArguments: Options after the input (e.g. `--encoding utf-8`).
  ///   - options: The same options for the library call.
  @discardableResult
  static func expectRefused(
    _ bytes: [UInt8], name: String, message: String, status: Int32, extraArguments: [String] = [],
    options: ReadOptions = .init(), sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Outcome {
    let error = libraryError(bytes, name: name, options: options)
    #expect(error?.description == message, sourceLocation: sourceLocation)
    if let error {
      #expect(Int32(exitStatus(error.category)) == status, sourceLocation: sourceLocation)
    }
    let outcome = try runBinary(bytes, name: name, extraArguments: extraArguments, sourceLocation: sourceLocation)
    #expect(outcome.status == status, sourceLocation: sourceLocation)
    #expect(outcome.stderr == "tabconv: \(message)\n", sourceLocation: sourceLocation)
    #expect(outcome.stdout.isEmpty, sourceLocation: sourceLocation)
    return outcome
  }

  /// Saves `bytes` as `name` in a new folder, runs `tabconv name --to json -o out/result.json`
  /// there, and checks the bounds, the input, and that `out/` holds at most the complete output.
  static func runBinary(
    _ bytes: [UInt8], name: String, extraArguments: [String] = [],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Outcome {
    let folder = try CommandLineTool.temporaryFolder()
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let input = folder.appendingPathComponent(name)
    try Data(bytes).write(to: input)
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try MeasuredRun.run(
      [name] + extraArguments + ["--to", "json", "-o", "out/result.json", "--quiet"], in: folder)
    #expect(result.signal == nil, "killed by signal \(result.signal ?? 0)", sourceLocation: sourceLocation)
    #expect(result.seconds < maxSeconds, "took \(result.seconds) s", sourceLocation: sourceLocation)
    #expect(result.peakMemory < maxMemory, "peak memory \(result.peakMemory >> 20) MiB", sourceLocation: sourceLocation)
    #expect(try Array(Data(contentsOf: input)) == bytes, "the input changed", sourceLocation: sourceLocation)
    let left = try FileManager.default.contentsOfDirectory(atPath: out.path)
    #expect(
      left == (result.status == 0 ? ["result.json"] : []), "left in out/: \(left)", sourceLocation: sourceLocation)
    var stdout = result.stdout
    if result.status == 0 { stdout = Array(try Data(contentsOf: out.appendingPathComponent("result.json"))) }
    return Outcome(
      status: result.status, stderr: result.stderr, stdout: stdout, seconds: result.seconds,
      peakMemory: result.peakMemory, folder: folder)
  }

  /// The exit status the tool gives an error category (as `ExitStatus` in the tool).
  static func exitStatus(_ category: ErrorCategory) -> Int {
    switch category {
    case .refusedByCheck: 1
    case .usage: 64
    case .badInput: 65
    case .cannotOpenInput: 66
    case .internalFailure: 70
    case .cannotCreateOutput: 73
    case .ioFailure: 74
    }
  }
}
