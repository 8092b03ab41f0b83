/// One problem a check found in a document, with its place.
public struct CheckFinding: Sendable, Equatable {
  /// Which check found it.
  public var check: String
  /// What is wrong, in one line.
  public var message: String
  /// Where: block, row and cell (1-based), or a JSON pointer.
  public var location: SourceLocation

  /// Creates a finding.
  public init(check: String, message: String, location: SourceLocation) {
    self.check = check
    self.message = message
    self.location = location
  }
}

/// A conversion refused because the document failed its check.
public struct CheckFailure: TabConvError {
  /// Every problem found, in document order.
  public var findings: [CheckFinding]
  public var category: ErrorCategory { .refusedByCheck }
  public var location: SourceLocation { findings.first?.location ?? SourceLocation() }

  public var reason: String {
    let first = findings.first.map { "\($0.message) (\($0.check))" } ?? "no findings"
    return findings.count > 1 ? "\(first); \(findings.count - 1) more problems" : first
  }
}
