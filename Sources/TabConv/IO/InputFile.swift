import Foundation

/// Reading an input whole, from a path or from standard input (`-`).
public enum InputFile {
  /// The bytes of a file, or of standard input for `-`.
  ///
  /// - Parameter path: A path, or `-`.
  /// - Returns: The bytes.
  /// - Throws: `FileIOError.cannotOpen` when the file is missing, unreadable or a directory.
  public static func read(_ path: String) throws -> [UInt8] {
    if path == "-" {
      return Array(FileHandle.standardInput.readDataToEndOfFile())
    }
    try checkReadable(path)
    // Read in chunks straight into one array of the file's size: reading it into `Data` and
    // copying that would hold the input twice at the peak (100 MB for a 50 MB input).
    var bytes: [UInt8] = []
    if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int {
      bytes.reserveCapacity(size)
    }
    do {
      try forEachChunk(of: path) { bytes.append(contentsOf: $0) }
    } catch {
      throw FileIOError(kind: .cannotOpen("permission denied or unreadable"), location: SourceLocation(file: path))
    }
    return bytes
  }

  /// The first bytes of a file (fewer when it is shorter).
  ///
  /// - Parameters:
  ///   - path: A path.
  ///   - count: How many bytes at most.
  /// - Returns: The bytes.
  /// - Throws: `FileIOError.cannotOpen` as `read` does.
  public static func prefix(_ path: String, count: Int) throws -> [UInt8] {
    let handle = try open(path)
    defer { try? handle.close() }
    return Array(handle.readData(ofLength: count))
  }

  /// Calls `body` with each chunk of a file, in order, without holding the whole file.
  ///
  /// - Parameters:
  ///   - path: A path.
  ///   - body: Called with each chunk; the buffer is valid only during the call.
  /// - Throws: `FileIOError.cannotOpen` as `read` does, `.failed` when reading fails part way.
  public static func forEachChunk(of path: String, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
    let handle = try open(path)
    defer { try? handle.close() }
    while true {
      let chunk: Data
      do {
        chunk = try handle.read(upToCount: 1 << 20) ?? Data()
      } catch {
        throw FileIOError(
          kind: .failed("cannot read: \(error.localizedDescription)"), location: SourceLocation(file: path))
      }
      if chunk.isEmpty { return }
      try chunk.withUnsafeBytes { try body($0) }
    }
  }

  private static func open(_ path: String) throws -> FileHandle {
    try checkReadable(path)
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw FileIOError(kind: .cannotOpen("permission denied or unreadable"), location: SourceLocation(file: path))
    }
    return handle
  }

  private static func checkReadable(_ path: String) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw FileIOError(kind: .cannotOpen("no such file"), location: SourceLocation(file: path))
    }
    guard !isDirectory.boolValue else {
      throw FileIOError(kind: .cannotOpen("it is a directory"), location: SourceLocation(file: path))
    }
  }
}
