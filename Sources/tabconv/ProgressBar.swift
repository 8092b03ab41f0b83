import Foundation

/// A one-line progress bar on standard error: done/total, rate and time left.
///
/// Silent unless standard error is a terminal; redrawn at most ten times a second.
final class ProgressBar: @unchecked Sendable {
  private let lock = NSLock()
  private let total: Int
  private let started = Date()
  private var lastDrawn = Date.distantPast
  private let enabled: Bool

  init(total: Int, enabled: Bool) {
    self.total = total
    self.enabled = enabled && isatty(STDERR_FILENO) == 1
  }

  func update(done: Int) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    let now = Date()
    guard done == total || now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
    lastDrawn = now
    let elapsed = max(now.timeIntervalSince(started), 0.001)
    let rate = Double(done) / elapsed
    let left = rate > 0 ? Double(total - done) / rate : 0
    let width = 30
    let filled = total > 0 ? width * done / total : width
    let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
    let line = String(format: "\r[%@] %d/%d  %.1f files/s  ETA %.0fs ", bar, done, total, rate, left)
    FileHandle.standardError.write(Data(line.utf8))
  }

  func finish() {
    guard enabled else { return }
    FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: 79) + "\r").utf8))
  }
}
