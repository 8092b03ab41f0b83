/// Why a conversion cannot be done as asked, whatever the input says.
public struct FormatError: TabConvError {
  /// The kinds of problem.
  public enum Kind: Sendable, Equatable {
    /// tabconv cannot read this format yet.
    case cannotRead(Format)
    /// tabconv cannot write this format yet.
    case cannotWrite(Format)
    /// `--table N` names a table the document does not have.
    case noSuchTable(number: Int, count: Int)
  }

  public var kind: Kind
  public var location: SourceLocation

  /// Creates an error.
  public init(kind: Kind, location: SourceLocation) {
    self.kind = kind
    self.location = location
  }

  public var category: ErrorCategory {
    switch kind {
    case .cannotRead, .cannotWrite, .noSuchTable: .usage
    }
  }

  public var reason: String {
    switch kind {
    case .cannotRead(let format): "reading \(format.rawValue) is not supported yet"
    case .cannotWrite(let format): "writing \(format.rawValue) is not supported yet"
    case .noSuchTable(let number, let count):
      count == 0
        ? "--table \(number): the document has no tables"
        : "--table \(number): the document has \(count) tables (1–\(count))"
    }
  }
}
