/// How `DocxReader` reads a document.
public struct DocxReadOptions: Sendable, Equatable {
  /// Which side of tracked changes (`w:ins`, `w:del`, `w:moveFrom`, `w:moveTo`) to read.
  public enum Revisions: String, Sendable, Equatable, CaseIterable {
    /// The document as it reads with every change accepted: insertions kept, deletions dropped.
    case accepted
    /// The document as it read before the changes: deletions kept, insertions dropped.
    case original
    /// Both inserted and deleted text, in document order.
    case all
  }

  /// Which side of tracked changes to read; `.accepted` by default.
  public var revisions: Revisions
  /// The most bytes one zip entry may declare or inflate to; 1 GiB by default.
  public var maxPartSize: UInt64
  /// The most one zip entry may inflate relative to its compressed size; 200 by default
  /// (Word parts rarely pass 60; deflate cannot pass about 1,030).
  public var maxCompressionRatio: UInt64
  /// The inflated size from which the compression ratio is checked; 16 MiB by default
  /// (small parts compress well and cannot exhaust memory).
  public var compressionRatioCheckStart: UInt64

  /// Creates reading options.
  ///
  /// - Parameters:
  ///   - revisions: Which side of tracked changes to read.
  ///   - maxPartSize: The most bytes one zip entry may inflate to.
  ///   - maxCompressionRatio: The most an entry may inflate relative to its compressed size.
  ///   - compressionRatioCheckStart: The inflated size from which the ratio is checked.
  public init(
    revisions: Revisions = .accepted, maxPartSize: UInt64 = 1 << 30, maxCompressionRatio: UInt64 = 200,
    compressionRatioCheckStart: UInt64 = 16 << 20
  ) {
    self.revisions = revisions
    self.maxPartSize = maxPartSize
    self.maxCompressionRatio = maxCompressionRatio
    self.compressionRatioCheckStart = compressionRatioCheckStart
  }
}
