/// A table: a grid of `columns` columns and rows of cells.
///
/// Merged cells are spans on their origin cell; the grid positions a span covers have no
/// cell of their own. Spans tile the grid exactly (see `Table+Grid.swift`).
public struct Table: Sendable, Equatable {
  /// The grid width.
  public var columns: Int
  /// The rows, top to bottom.
  public var rows: [Row]
  /// Whether the table stands in a text box; the box's blocks follow its host paragraph.
  public var inTextBox: Bool

  /// Creates a table.
  ///
  /// - Parameters:
  ///   - columns: The grid width.
  ///   - rows: The rows, top to bottom.
  ///   - inTextBox: Whether the table stands in a text box.
  public init(columns: Int, rows: [Row], inTextBox: Bool = false) {
    self.columns = columns
    self.rows = rows
    self.inTextBox = inTextBox
  }
}

/// A table row: its cells left to right, without the positions covered by spans.
public struct Row: Sendable, Equatable {
  /// The cells that start in this row, left to right.
  public var cells: [Cell]
  /// Whether the source marks the row as a header row (repeated on each page).
  public var isHeader: Bool

  /// Creates a row.
  ///
  /// - Parameters:
  ///   - cells: The cells that start in this row.
  ///   - isHeader: Whether the source marks it as a header row.
  public init(cells: [Cell], isHeader: Bool = false) {
    self.cells = cells
    self.isHeader = isHeader
  }
}
