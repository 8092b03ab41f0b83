import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The temporary files this process is writing, so that an interrupted run leaves none behind.
///
/// `AtomicFile` registers a temporary path before it creates the file and renames it into place
/// under the same lock. A program that handles SIGINT or SIGTERM calls `removeAllAndHold()`
/// from its handler (on a normal thread, such as a dispatch signal source, not inside a C signal
/// handler), then exits: every registered file is removed, and no rename can happen afterwards,
/// so the target is either untouched or complete.
public enum TemporaryFiles {
  private final class Registry: @unchecked Sendable {
    let lock = NSLock()
    var paths: Set<String> = []
  }

  private static let registry = Registry()

  /// Registers `path`, then creates it exclusively for writing.
  ///
  /// - Returns: The open file descriptor.
  /// - Throws: The `errno` of `open` when the file cannot be created (it is unregistered).
  static func create(_ path: String) throws(POSIXError) -> Int32 {
    registry.lock.lock()
    registry.paths.insert(path)
    registry.lock.unlock()
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    if descriptor < 0 {
      let code = POSIXErrorCode(rawValue: errno) ?? .EIO
      forget(path)
      throw POSIXError(code)
    }
    return descriptor
  }

  /// Renames a registered temporary file over `target` and forgets it, under the lock.
  ///
  /// - Throws: The `errno` of `rename`; the temporary file is then removed.
  static func commit(_ path: String, to target: String) throws(POSIXError) {
    registry.lock.lock()
    defer { registry.lock.unlock() }
    registry.paths.remove(path)
    guard rename(path, target) == 0 else {
      let code = POSIXErrorCode(rawValue: errno) ?? .EIO
      unlink(path)
      throw POSIXError(code)
    }
  }

  /// Removes a registered temporary file and forgets it.
  static func discard(_ path: String) {
    unlink(path)
    forget(path)
  }

  private static func forget(_ path: String) {
    registry.lock.lock()
    registry.paths.remove(path)
    registry.lock.unlock()
  }

  /// The temporary files registered now.
  public static var registered: Set<String> {
    registry.lock.lock()
    defer { registry.lock.unlock() }
    return registry.paths
  }

  /// Removes every registered temporary file and keeps the lock, so no temporary file is renamed
  /// into place afterwards; for a program about to exit because it was interrupted.
  ///
  /// Call it once, just before exiting: it never returns the lock.
  public static func removeAllAndHold() {
    registry.lock.lock()
    for path in registry.paths { unlink(path) }
    registry.paths.removeAll()
  }
}
