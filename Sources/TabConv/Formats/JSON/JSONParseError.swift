/// Input that is not valid JSON: what was wrong, and the line and column where it was found.
///
/// The column counts Unicode scalars from the start of the line, both 1-based; a byte-order mark
/// at the start of the input is not counted.
public struct JSONParseError: TabConvError, Equatable {
  /// The file, line and column of the problem.
  public var location: SourceLocation
  /// What was found and what was expected, in lower case, on one line.
  public var reason: String
  /// Always `.badInput`: the bytes are not valid JSON.
  public var category: ErrorCategory { .badInput }

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - reason: What was found and what was expected.
  ///   - location: Where it was found.
  public init(_ reason: String, at location: SourceLocation) {
    self.reason = reason
    self.location = location
  }
}
