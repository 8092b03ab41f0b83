/// What `WordDocumentScanner` reports while it reads a part (the main document, a header or
/// footer, the footnotes, endnotes or comments): Word's vocabulary,
/// with XML details (namespaces, property nesting, revisions, alternate content) already settled.
enum DocxEvent {
  /// A `w:p` starts.
  case paragraphStart
  /// The paragraph's `w:pStyle` id.
  case paragraphStyle(String)
  /// The paragraph's own `w:outlineLvl` (0-based; 9 is body text).
  case paragraphOutlineLevel(Int)
  /// The paragraph's own `w:numPr/w:numId` (0 removes a style's numbering).
  case paragraphNumbering(numId: Int)
  /// The paragraph's own `w:numPr/w:ilvl` (0-based list level).
  case paragraphNumberingLevel(Int)
  /// The paragraph ends.
  case paragraphEnd
  /// Run text (UTF-8), valid only during the call.
  case text(UnsafeBufferPointer<UInt8>)
  /// One character a run element stands for: tab, break, no-break hyphen, symbol.
  case character(Unicode.Scalar)
  /// A `w:bookmarkStart` and its name.
  case bookmark(String)
  /// A `w:footnoteReference` or `w:endnoteReference` mark, with the note's id.
  case noteReference(Note.Kind, id: String)
  /// A `w:commentRangeStart`: the comment's range starts here.
  case commentRangeStart(id: String)
  /// A `w:commentReference` mark: the comment's range ends here (its start, if never seen).
  case commentReference(id: String)
  /// A footnote, endnote or comment of a notes part starts (not a separator footnote).
  case noteStart(Note.Kind, id: String, author: String?)
  /// The note ends.
  case noteEnd
  /// A `w:sectPr` starts: the next section's properties.
  case sectionStart
  /// A `w:headerReference` or `w:footerReference` of the section, with its type and relationship id.
  case pageFurnitureReference(PageFurniture.Kind, PageFurniture.PageType, relationshipId: String)
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
