/// What `WordDocumentScanner` reports while it reads a main document part: Word's vocabulary,
/// with XML details (namespaces, property nesting, revisions, alternate content) already settled.
enum DocxEvent {
  /// A `w:p` starts.
  case paragraphStart
  /// The paragraph's `w:pStyle` id.
  case paragraphStyle(String)
  /// The paragraph's own `w:outlineLvl` (0-based; 9 is body text).
  case paragraphOutlineLevel(Int)
  /// The paragraph ends.
  case paragraphEnd
  /// Run text (UTF-8), valid only during the call.
  case text(UnsafeBufferPointer<UInt8>)
  /// One character a run element stands for: tab, break, no-break hyphen, symbol.
  case character(Unicode.Scalar)
  /// A `w:bookmarkStart` and its name.
  case bookmark(String)
  /// A `w:tbl` starts.
  case tableStart
  /// A `w:gridCol` of the table's own `w:tblGrid`.
  case gridColumn
  /// A `w:tr` starts.
  case rowStart
  /// The row repeats as a header (`w:tblHeader`).
  case rowHeader
  /// Grid columns skipped before (`w:gridBefore`) or after (`w:gridAfter`) the row's cells.
  case rowGridBefore(Int), rowGridAfter(Int)
  /// The row itself is a tracked insertion or deletion (`w:trPr/w:ins`, `w:trPr/w:del`).
  case rowRevision(deleted: Bool)
  /// A `w:tc` starts.
  case cellStart
  /// The cell's `w:gridSpan`.
  case cellGridSpan(Int)
  /// The cell's `w:vMerge`: restart, or continue the cell above.
  case cellVerticalMerge(restart: Bool)
  /// The cell's legacy `w:hMerge`: restart, or continue the cell to the left.
  case cellHorizontalMerge(restart: Bool)
  /// The cell, row or table ends.
  case cellEnd, rowEnd, tableEnd
  /// A text box's content (`w:txbxContent`) starts or ends.
  case textBoxStart, textBoxEnd
  /// Something was skipped or repaired.
  case warning(DocumentWarning.Kind, String)
}
