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
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw FileIOError(kind: .cannotOpen("no such file"), location: SourceLocation(file: path))
    }
    guard !isDirectory.boolValue else {
      throw FileIOError(kind: .cannotOpen("it is a directory"), location: SourceLocation(file: path))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw FileIOError(kind: .cannotOpen("permission denied or unreadable"), location: SourceLocation(file: path))
    }
    return Array(data)
  }
}
