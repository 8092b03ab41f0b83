import Foundation

/// An output written piece by piece that is either complete or absent.
///
/// The bytes go to a temporary file (beside the target, or in the temporary folder for standard
/// output), which is renamed over the target, or copied to standard output, only on `commit`. Dropped uncommitted
/// (a block failed its check, the reader failed), the temporary file is removed and nothing is written.
///
/// The streaming counterpart of `AtomicFile`.
///
/// - Complexity: Memory holds one buffer of `bufferSize` bytes; the output lives on disk.
public final class StreamingOutput {
  /// How many bytes are gathered before each write to the file.
  static let bufferSize = 256 * 1024

  private enum Destination {
    case file(String)
    case standardOutput
  }

  private let destination: Destination
  private var temporary: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private var finished = false

  /// Starts an output that will replace the file at `path`.
  ///
  /// - Parameters:
  ///   - path: The target path.
  ///   - inputs: Paths of the inputs; writing over one of them is refused.
  /// - Throws: `FileIOError` (`.outputIsInput`, `.cannotCreate`).
  public init(path: String, protecting inputs: [String] = []) throws {
    for input in inputs where input != "-" && AtomicFile.sameFile(input, path) {
      throw FileIOError(kind: .outputIsInput, location: SourceLocation(file: path))
    }
    destination = .file(path)
    let target = URL(fileURLWithPath: path)
    let directory = target.deletingLastPathComponent()
    (temporary, descriptor) = try Self.create(in: directory, named: target.lastPathComponent, for: path)
    buffer.reserveCapacity(Self.bufferSize)
  }

  /// Starts an output that will be copied to standard output on `commit`.
  ///
  /// - Throws: `FileIOError.cannotCreate` when no temporary file can be made.
  public init(standardOutput: Void = ()) throws {
    destination = .standardOutput
    let directory = URL(fileURLWithPath: NSTemporaryDirectory())
    (temporary, descriptor) = try Self.create(in: directory, named: "stdout", for: "-")
    buffer.reserveCapacity(Self.bufferSize)
  }

  deinit {
    discard()
  }

  /// Appends bytes.
  ///
  /// - Throws: `FileIOError.failed` when the file cannot be written (a full disk).
  public func write(_ bytes: [UInt8]) throws {
    buffer += bytes
    if buffer.count >= Self.bufferSize { try flush() }
  }

  /// Puts bytes before everything written so far (Tika text's headers): the temporary file is
  /// copied behind them into a new one.
  ///
  /// - Throws: `FileIOError` when the new file cannot be made or written.
  public func prepend(_ bytes: [UInt8]) throws {
    guard !bytes.isEmpty else { return }
    try flush()
    let directory = URL(fileURLWithPath: temporary).deletingLastPathComponent()
    let (path, newDescriptor) = try Self.create(in: directory, named: "prepend", for: placeName)
    let old = (temporary, descriptor)
    temporary = path
    descriptor = newDescriptor
    defer {
      close(old.1)
      TemporaryFiles.discard(old.0)
    }
    buffer = bytes
    try flush()
    try copy(from: old.0) { chunk in try self.writeAll(chunk) }
  }

  /// Completes the output: renames it over the target, or copies it to standard output.
  ///
  /// - Throws: `FileIOError` when the last bytes cannot be written or the file cannot be renamed.
  public func commit() throws {
    try flush()
    finished = true
    close(descriptor)
    switch destination {
    case .file(let path):
      do {
        // Under the registry's lock, so an interrupt either removes it or finds it in place.
        try TemporaryFiles.commit(temporary, to: path)
      } catch {
        throw FileIOError(
          kind: .cannotCreate(String(cString: strerror(error.code.rawValue))), location: SourceLocation(file: path))
      }
    case .standardOutput:
      defer { TemporaryFiles.discard(temporary) }
      try copy(from: temporary) { chunk in FileHandle.standardOutput.write(Data(chunk)) }
    }
  }

  /// Drops the output: the temporary file is removed and nothing is written.
  public func discard() {
    guard !finished else { return }
    finished = true
    close(descriptor)
    TemporaryFiles.discard(temporary)
  }

  private var placeName: String {
    switch destination {
    case .file(let path): path
    case .standardOutput: "-"
    }
  }

  private func flush() throws {
    guard !buffer.isEmpty else { return }
    try writeAll(buffer[...])
    buffer.removeAll(keepingCapacity: true)
  }

  private func writeAll(_ bytes: ArraySlice<UInt8>) throws {
    try bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let count = Glibc.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
        if count < 0 {
          if errno == EINTR { continue }
          throw FileIOError(
            kind: .failed("cannot write: \(String(cString: strerror(errno)))"),
            location: SourceLocation(file: placeName))
        }
        offset += count
      }
    }
  }

  private func copy(from path: String, _ body: (ArraySlice<UInt8>) throws -> Void) throws {
    let source = open(path, O_RDONLY)
    guard source >= 0 else {
      throw FileIOError(
        kind: .failed("cannot read \(path): \(String(cString: strerror(errno)))"),
        location: SourceLocation(file: placeName))
    }
    defer { close(source) }
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count < 0 {
        throw FileIOError(
          kind: .failed("cannot read \(path): \(String(cString: strerror(errno)))"),
          location: SourceLocation(file: placeName))
      }
      if count == 0 { return }
      try body(chunk[0..<count])
    }
  }

  /// Creates a new temporary file in a folder, named after the target.
  private static func create(in directory: URL, named name: String, for place: String) throws -> (String, Int32) {
    let path = directory.appendingPathComponent(".\(name).tabconv-\(UUID().uuidString).tmp").path
    do {
      return (path, try TemporaryFiles.create(path))
    } catch {
      var isDirectory: ObjCBool = false
      // The directory as the user named it (relative stays relative).
      let shown = place == "-" ? directory.path : (URL(fileURLWithPath: place).deletingLastPathComponent().relativePath)
      let why =
        FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) && isDirectory.boolValue
        ? "permission denied in \(shown)" : "no such directory \(shown)"
      throw FileIOError(kind: .cannotCreate(why), location: SourceLocation(file: place))
    }
  }
}
