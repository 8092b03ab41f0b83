import Foundation

/// Writing an output so that it is either complete or absent: the bytes go to a temporary
/// file beside the target, which is renamed over it only when everything is written.
public enum AtomicFile {
  /// Writes bytes to a path atomically.
  ///
  /// - Parameters:
  ///   - bytes: The whole output.
  ///   - path: The target path.
  ///   - inputs: Paths of the inputs; writing over one of them is refused.
  /// - Throws: `FileIOError` (`.outputIsInput`, `.cannotCreate`, `.failed`); nothing is left behind.
  public static func write(_ bytes: [UInt8], to path: String, protecting inputs: [String] = []) throws {
    let target = URL(fileURLWithPath: path)
    for input in inputs where input != "-" && sameFile(input, path) {
      throw FileIOError(kind: .outputIsInput, location: SourceLocation(file: path))
    }
    let directory = target.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).tabconv-\(UUID().uuidString).tmp")
    guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else {
      var isDirectory: ObjCBool = false
      let why =
        FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) && isDirectory.boolValue
        ? "permission denied in \(directory.path)" : "no such directory \(directory.path)"
      throw FileIOError(kind: .cannotCreate(why), location: SourceLocation(file: path))
    }
    guard rename(temporary.path, target.path) == 0 else {
      let why = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw FileIOError(kind: .cannotCreate(why), location: SourceLocation(file: path))
    }
  }

  /// Whether two paths name the same file (same device and inode), when both exist.
  static func sameFile(_ a: String, _ b: String) -> Bool {
    var first = stat()
    var second = stat()
    guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino
  }
}
