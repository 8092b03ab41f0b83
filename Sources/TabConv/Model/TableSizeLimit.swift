/// How large a table tabconv builds from an input of a given size.
///
/// A table costs memory and time per grid position (its cells, and the grid every check and
/// writer lays out), and an input can ask for positions it does not hold: one wide row over many
/// short ones pads them all (CSV, TSV, Word's `w:gridAfter`), a run of `w:gridCol` widens every
/// row, and in JSON a column count or a span is just a number. A 400 KB CSV can ask for ten
/// billion cells. So every reader refuses a table of more than 4 grid positions per input byte
/// (at least 1,048,576): real inputs spend at least one byte per position, a delimiter or a tag.
public enum TableSizeLimit {
  /// The grid positions always allowed, whatever the input's size.
  public static let floor = 1 << 20
  /// Grid positions allowed per input byte.
  public static let positionsPerByte = 4

  /// The most grid positions (rows × columns) one table read from `inputSize` bytes may have.
  public static func maximumPositions(forInputOf inputSize: Int) -> Int {
    max(
      floor,
      inputSize.multipliedReportingOverflow(by: positionsPerByte).overflow ? Int.max : inputSize * positionsPerByte)
  }

  /// Whether a table of `rows` × `columns` fits the limit for an input of `inputSize` bytes.
  static func allows(rows: Int, columns: Int, inputSize: Int) -> Bool {
    let (positions, overflow) = rows.multipliedReportingOverflow(by: columns)
    return !overflow && positions <= maximumPositions(forInputOf: inputSize)
  }
}

/// A table refused because the input asks for more grid positions than it could hold
/// (`TableSizeLimit`): a padding or span bomb, or a declared size far beyond the content.
public struct TableTooLargeError: TabConvError {
  /// The table's rows.
  public var rows: Int
  /// Its grid columns.
  public var columns: Int
  /// The input's size in bytes.
  public var inputSize: Int
  public var location: SourceLocation
  public var category: ErrorCategory { .badInput }

  /// Creates an error.
  public init(rows: Int, columns: Int, inputSize: Int, location: SourceLocation) {
    self.rows = rows
    self.columns = columns
    self.inputSize = inputSize
    self.location = location
  }

  public var reason: String {
    let (positions, overflow) = rows.multipliedReportingOverflow(by: columns)
    return "table of \(rows) rows × \(columns) columns (\(overflow ? "too many" : String(positions)) grid positions) is"
      + " more than tabconv builds from a \(inputSize)-byte input (at most"
      + " \(TableSizeLimit.maximumPositions(forInputOf: inputSize)): \(TableSizeLimit.positionsPerByte) per byte,"
      + " at least \(TableSizeLimit.floor))"
  }
}
