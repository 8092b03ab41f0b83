import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the built `tabconv` binary and measures it: wall time and peak resident memory, with
/// standard output and error captured in files so a large output never blocks on a pipe.
///
/// The peak comes from GNU time (`/usr/bin/time -f %M`), which forks the tool from its own small
/// process: `ru_maxrss` survives `execve`, so a tool spawned straight from the test process
/// (posix_spawn shares the parent's memory until exec) would report the test process's peak.
/// Without /usr/bin/time the peak is reported as 0.
enum MeasuredRun {
  struct Result {
    var status: Int32
    /// The signal that ended the process, if one did.
    var signal: Int32?
    var stdout: [UInt8]
    var stderr: String
    var seconds: Double
    /// Peak resident memory in bytes.
    var peakMemory: Int
  }

  /// A process started by `start`, not yet waited for.
  struct Running {
    var pid: pid_t
    var started: Date
    var stdoutPath: String
    var stderrPath: String
    var peakPath: String?
  }

  /// GNU time, when installed.
  static let time: String? = FileManager.default.isExecutableFile(atPath: "/usr/bin/time") ? "/usr/bin/time" : nil

  /// Runs `tabconv` with `arguments` to the end, measuring its peak memory.
  static func run(_ arguments: [String], in directory: URL) throws -> Result {
    try wait(start(arguments, in: directory, measuringMemory: true))
  }

  /// Starts `tabconv` with `arguments`, standard input from /dev/null.
  ///
  /// - Parameter measuringMemory: Run it under GNU time; the process id is then time's, so
  ///   leave it false to send the tool signals.
  static func start(_ arguments: [String], in directory: URL, measuringMemory: Bool = false) throws -> Running {
    let id = UUID().uuidString
    let stdoutPath = FileManager.default.temporaryDirectory.appendingPathComponent("tabconv-out-\(id)").path
    let stderrPath = FileManager.default.temporaryDirectory.appendingPathComponent("tabconv-err-\(id)").path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let peakPath = measuringMemory && time != nil ? stdoutPath + ".peak" : nil
    let measure = peakPath.map { [time ?? "", "-f", "%M", "-o", $0] } ?? []
    // The shell changes folder and execs the tool (or time), which keeps its process id.
    let command =
      ["sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path] + measure + [CommandLineTool.binary.path] + arguments
    let argv = command.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let started = Date()
    let status = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
    guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EINVAL) }
    return Running(pid: pid, started: started, stdoutPath: stdoutPath, stderrPath: stderrPath, peakPath: peakPath)
  }

  /// Waits for a started process and collects what it did.
  static func wait(_ running: Running) throws -> Result {
    var status: Int32 = 0
    while waitpid(running.pid, &status, 0) == -1 {
      guard errno == EINTR else { throw POSIXError(.ECHILD) }
    }
    let seconds = Date().timeIntervalSince(running.started)
    defer {
      unlink(running.stdoutPath)
      unlink(running.stderrPath)
      if let peakPath = running.peakPath { unlink(peakPath) }
    }
    // GNU time writes "Command exited with non-zero status N" before the figure when the tool fails.
    let peakKilobytes =
      running.peakPath.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
      .flatMap { $0.split(whereSeparator: \.isNewline).last.flatMap { Int($0) } } ?? 0
    let stdout = Array((try? Data(contentsOf: URL(fileURLWithPath: running.stdoutPath))) ?? Data())
    let stderr = String(
      decoding: (try? Data(contentsOf: URL(fileURLWithPath: running.stderrPath))) ?? Data(), as: UTF8.self)
    let exited = status & 0x7F == 0
    return Result(
      status: exited ? (status >> 8) & 0xFF : -1, signal: exited ? nil : status & 0x7F, stdout: stdout, stderr: stderr,
      seconds: seconds, peakMemory: peakKilobytes * 1024)
  }
}
