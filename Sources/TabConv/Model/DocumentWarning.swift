/// Something noticed while reading or converting a document: kept with the document, never dropped.
public struct DocumentWarning: Sendable, Equatable {
  /// What kind of thing was noticed.
  public var kind: Kind
  /// A one-line description for people.
  public var message: String
  /// Where in the input it was noticed.
  public var location: SourceLocation

  /// Creates a warning.
  ///
  /// - Parameters:
  ///   - kind: What kind of thing was noticed.
  ///   - message: A one-line description.
  ///   - location: Where it was noticed.
  public init(_ kind: Kind, _ message: String, at location: SourceLocation) {
    self.kind = kind
    self.message = message
    self.location = location
  }

  /// The kinds of warning, as stable names other systems can match on.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// A merged cell was rebuilt from a format that does not record merges.
    case mergeInferred = "merge-inferred"
    /// A declared span did not fit the grid and was repaired.
    case spanRepaired = "span-repaired"
    /// The input's bytes were normalised (a byte-order mark, CRLF line ends, a missing last newline).
    case inputNormalized = "input-normalized"
    /// Content the reader does not model was skipped.
    case contentSkipped = "content-skipped"
  }
}
