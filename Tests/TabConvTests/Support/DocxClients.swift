import Foundation

/// Other programs that open .docx files (LibreOffice, python-docx, pandoc), run on written files.
///
/// Tests that need one are skipped when it is missing, unless `TABCONV_REQUIRE_DOCX_CLIENTS=1`
/// (set by `scripts/docx-clients-check.sh`), which turns a missing client into a failure.
/// `TABCONV_DOCX_CLIENT_OUTPUT=DIR` keeps the written files and what the clients made of them.
enum DocxClients {
  /// Whether a missing client fails the test instead of skipping it.
  static let required = ProcessInfo.processInfo.environment["TABCONV_REQUIRE_DOCX_CLIENTS"] == "1"

  /// The LibreOffice launcher, if installed.
  static let soffice = executable("soffice")
  /// pandoc, if installed.
  static let pandoc = executable("pandoc")
  /// A python3 that can `import docx` (Debian's python3-docx installs for /usr/bin/python3).
  static let pythonWithDocx: String? = {
    var candidates = ["/usr/bin/python3"]
    if let python = executable("python3") { candidates.append(python) }
    return candidates.first { python in
      FileManager.default.isExecutableFile(atPath: python)
        && (try? run(python, ["-c", "import docx"]).status) == 0
    }
  }()

  /// The view script shared with `scripts/docx-clients-check.sh`.
  static let viewScript = Samples.packageRoot.appendingPathComponent("scripts/docx-client-view.py").path

  /// Where to write files for one test: the kept-output folder, or a new temporary one.
  static func folder(_ name: String) throws -> URL {
    if let kept = ProcessInfo.processInfo.environment["TABCONV_DOCX_CLIENT_OUTPUT"] {
      let url = URL(fileURLWithPath: kept).appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      return url
    }
    return try CommandLineTool.temporaryFolder()
  }

  /// Removes a temporary folder unless outputs are kept.
  static func cleanUp(_ folder: URL) {
    guard ProcessInfo.processInfo.environment["TABCONV_DOCX_CLIENT_OUTPUT"] == nil else { return }
    try? FileManager.default.removeItem(at: folder)
  }

  /// Runs a program to its end (at most `timeout` seconds) and returns its status and output.
  static func run(_ program: String, _ arguments: [String], timeout: TimeInterval = 180) throws
    -> CommandLineTool.Result
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    let done = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in done.signal() }
    try process.run()
    // Read both pipes while the program runs, so a full pipe never blocks it.
    nonisolated(unsafe) var outData = Data()
    nonisolated(unsafe) var errData = Data()
    let reading = DispatchGroup()
    DispatchQueue.global().async(group: reading) { outData = output.fileHandleForReading.readDataToEndOfFile() }
    DispatchQueue.global().async(group: reading) { errData = errors.fileHandleForReading.readDataToEndOfFile() }
    if done.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      done.wait()
    }
    reading.wait()
    return CommandLineTool.Result(
      status: process.terminationStatus, stdout: Array(outData), stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Converts a file with LibreOffice, in a profile of its own (so it never meets another
  /// instance's lock), into `folder`; returns the converted file.
  static func convert(_ file: URL, to filter: String, extension: String, in folder: URL) throws -> URL {
    let soffice = try requireClient(soffice, "soffice")
    let profile = folder.appendingPathComponent("lo-profile")
    let result = try run(
      soffice,
      [
        "-env:UserInstallation=" + profile.absoluteString, "--headless", "--norestore", "--convert-to", filter,
        "--outdir", folder.path, file.path,
      ])
    let converted = file.deletingPathExtension().appendingPathExtension(`extension`).lastPathComponent
    let url = folder.appendingPathComponent(converted)
    guard result.status == 0, FileManager.default.fileExists(atPath: url.path) else {
      throw ClientFailure(message: "soffice --convert-to \(filter) failed (\(result.status)): \(result.stderr)")
    }
    return url
  }

  /// The client's path, or a thrown failure naming it.
  static func requireClient(_ path: String?, _ name: String) throws -> String {
    guard let path else { throw ClientFailure(message: "\(name) is not installed") }
    return path
  }

  struct ClientFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  private static func executable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}
