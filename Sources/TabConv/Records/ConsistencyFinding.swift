/// A data problem found in an annex: reported, never silently fixed.
public struct ConsistencyFinding: Sendable, Equatable {
  /// The kinds of problem, as stable names.
  public enum Kind: String, Sendable, Equatable {
    /// A 合计 (total) or group amount differs from the sum of its items.
    case totalMismatch = "total-mismatch"
    /// A period whose end is implausible: before its start, more than ten years after it, or
    /// before the budget year its form is for.
    case implausiblePeriod = "implausible-period"
    /// An amount differs from the amount its own explanation states (`15` against `共15.12万元`).
    case amountDisagreesWithText = "amount-disagrees-with-text"
  }

  /// What kind of problem.
  public var kind: Kind
  /// One line for people.
  public var message: String
  /// The 1-based flat table number.
  public var table: Int
  /// The 1-based row.
  public var row: Int

  /// Creates a finding.
  public init(_ kind: Kind, _ message: String, table: Int, row: Int) {
    self.kind = kind
    self.message = message
    self.table = table
    self.row = row
  }
}
