import Foundation

/// Writing an output so that it is either complete or absent: the bytes go to a temporary
/// file beside the target, which is renamed over it only when everything is written.
///
/// The temporary file is `.NAME.tabconv-UUID.tmp` in the target's folder (a rename within one
/// file system is atomic), created exclusively, written, flushed to disk, closed, then renamed.
/// On any failure it is removed; it is registered with `TemporaryFiles` meanwhile, so a program
/// interrupted by a signal can remove it too. An existing target is untouched until the rename,
/// so a failed run never harms an earlier output.
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
    // The folder as the user wrote it, for messages.
    let shownDirectory = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
    let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).tabconv-\(UUID().uuidString).tmp")
      .path
    let descriptor: Int32
    do {
      descriptor = try TemporaryFiles.create(temporary)
    } catch {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory)
      let why =
        switch error.code {
        case .ENOENT, .ENOTDIR:
          exists && isDirectory.boolValue ? "\(describe(error.code))" : "no such directory \(shownDirectory)"
        case .EACCES, .EPERM, .EROFS: "permission denied in \(shownDirectory)"
        default: "\(describe(error.code)) in \(shownDirectory)"
        }
      throw FileIOError(kind: .cannotCreate(why), location: SourceLocation(file: path))
    }
    if let code = writeAll(bytes, to: descriptor) {
      close(descriptor)
      TemporaryFiles.discard(temporary)
      throw FileIOError(kind: .failed("cannot write: \(describe(code))"), location: SourceLocation(file: path))
    }
    if close(descriptor) != 0 {
      let code = POSIXErrorCode(rawValue: errno) ?? .EIO
      TemporaryFiles.discard(temporary)
      throw FileIOError(kind: .failed("cannot write: \(describe(code))"), location: SourceLocation(file: path))
    }
    do {
      try TemporaryFiles.commit(temporary, to: target.path)
    } catch {
      throw FileIOError(kind: .cannotCreate(describe(error.code)), location: SourceLocation(file: path))
    }
  }

  /// Writes every byte and flushes it to disk; the error code when that fails.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> POSIXErrorCode? {
    var failure: POSIXErrorCode?
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let count = Foundation.write(descriptor, base + offset, min(buffer.count - offset, 1 << 20))
        if count < 0 {
          if errno == EINTR { continue }
          failure = POSIXErrorCode(rawValue: errno) ?? .EIO
          return
        }
        offset += count
      }
    }
    if failure == nil, fsync(descriptor) != 0, errno != EINVAL, errno != EROFS {
      failure = POSIXErrorCode(rawValue: errno) ?? .EIO
    }
    return failure
  }

  private static func describe(_ code: POSIXErrorCode) -> String {
    String(cString: strerror(code.rawValue)).lowercased()
  }

  /// Whether two paths name the same file (same device and inode), when both exist.
  static func sameFile(_ a: String, _ b: String) -> Bool {
    var first = stat()
    var second = stat()
    guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino
  }
}
