extension [Cell] {
  /// A cell with empty text and nothing else, copied by `appendTextCell(_:)`.
  private static let blankCell = Cell("")

  /// Appends a cell of plain text, as readers do once per field.
  ///
  /// It appends a copy of a blank cell and then sets its text: appending `Cell(text)` itself
  /// makes the optimizer copy the new cell and destroy the temporary, about a third of the
  /// cost of a short field.
  ///
  /// - Parameter text: The cell's text.
  @inline(__always)
  mutating func appendTextCell(_ text: String) {
    append(Self.blankCell)
    self[count - 1].text = text
  }
}
