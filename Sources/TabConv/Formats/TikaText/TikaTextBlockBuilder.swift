/// Builds the model's paragraphs and cells from what `TikaTextParser` read: bookmark markers
/// become anchors, and each paragraph's or cell's text becomes one `String`, made once from the
/// bytes (already proved UTF-8).
struct TikaTextBlockBuilder {
  /// The text the ranges index into.
  let text: UnsafeBufferPointer<UInt8>
  /// Whether some text built kept `[bookmark: ` (markup Tika does not write; the reader refuses it).
  private(set) var foundStrayMarkup = false
  /// Bookmark names of the line at hand (kept to reuse its buffer).
  private var names: [String] = []
  /// The text of each paragraph of the cell at hand.
  private var pieces: [Range<Int>] = []
  /// The spans of each cell of the table at hand.
  private var spans: [MergedCellSpans.Spans] = []

  private static let emptyCell = Cell("")

  /// Where each `[bookmark: ` of the text starts, in order (`TikaTextScan`).
  private let bookmarkOpens: [Int]
  /// The first of `bookmarkOpens` not before the text built last (texts are built in order).
  private var nextBookmarkOpen = 0

  /// Creates a builder.
  ///
  /// - Parameters:
  ///   - text: The text the ranges index into.
  ///   - bookmarkOpens: Where each `[bookmark: ` of the text starts, in order.
  init(text: UnsafeBufferPointer<UInt8>, bookmarkOpens: [Int]) {
    self.text = text
    self.bookmarkOpens = bookmarkOpens
  }

  /// A paragraph from its line.
  mutating func paragraph(_ line: Range<Int>) -> Paragraph {
    guard startsWithMarker(line) else { return Paragraph(plainText(line)) }
    let body = textAfterBookmarks(line)
    let anchors = names.map { Anchor(name: $0) }
    return Paragraph(plainText(body), anchors: anchors)
  }

  /// A table, with the spans `MergedCellSpans` infers; cells that continue the cell above are
  /// never built.
  ///
  /// - Returns: The table, and how many of its cells span more than one grid position.
  mutating func table(_ table: TikaRawTable) -> (table: Table, mergedRegions: Int) {
    // Taken out of `self` while cells are built (its buffer is kept for the next table).
    var spans = self.spans
    self.spans = []
    defer { self.spans = spans }
    spans.removeAll(keepingCapacity: true)
    spans.append(contentsOf: repeatElement(MergedCellSpans.Spans(), count: table.cellCount))
    let (columns, mergedRegions) = MergedCellSpans.infer(
      &spans, rowWidths: table.rowWidths, isBlank: table.isBlank(cell:))
    let emptyCell = Self.emptyCell
    var rows: [Row] = []
    rows.reserveCapacity(table.rowCount)
    for row in 0..<table.rowCount {
      let cellIndices = table.cells(inRow: row)
      var cells: [Cell] = []
      cells.reserveCapacity(cellIndices.count)
      for cell in cellIndices where !spans[cell].continuesAbove {
        let paragraphs = table.paragraphs(ofCell: cell)
        let first = table.paragraphs[paragraphs.lowerBound]
        if paragraphs.count == 1, !startsWithMarker(first) {
          // Filled in place: a new `Cell` stored in the array is copied (it is a large struct).
          cells.append(emptyCell)
          cells[cells.count - 1].text = plainText(first)
        } else {
          cells.append(self.cell(table.paragraphs[paragraphs]))
        }
        if spans[cell].isInferred {
          cells[cells.count - 1].rowSpan = spans[cell].rowSpan
          cells[cells.count - 1].colSpan = spans[cell].colSpan
          cells[cells.count - 1].spanSource = .inferred
        }
      }
      rows.append(Row(cells: cells))
    }
    return (Table(columns: columns, rows: rows), mergedRegions)
  }

  /// A cell of several paragraphs or with bookmark markers: its paragraphs' texts joined by
  /// `\n`, each paragraph's markers as anchors.
  private mutating func cell(_ paragraphs: ArraySlice<Range<Int>>) -> Cell {
    var anchors: [Anchor] = []
    pieces.removeAll(keepingCapacity: true)
    for (paragraph, line) in paragraphs.enumerated() {
      guard startsWithMarker(line) else {
        pieces.append(textWithoutMarkup(line))
        continue
      }
      pieces.append(textAfterBookmarks(line))
      for name in names { anchors.append(Anchor(name: name, paragraph: paragraph)) }
    }
    guard pieces.count > 1 else { return Cell(Self.string(text, pieces[0]), anchors: anchors) }
    var length = pieces.count - 1
    for piece in pieces { length += piece.count }
    let joined = String(unsafeUninitializedCapacity: length) { buffer in
      var offset = 0
      for (index, piece) in pieces.enumerated() {
        if index > 0 {
          buffer[offset] = UInt8(ascii: "\n")
          offset += 1
        }
        _ = UnsafeMutableBufferPointer(rebasing: buffer[offset..<offset + piece.count])
          .initialize(from: UnsafeBufferPointer(rebasing: text[piece]))
        offset += piece.count
      }
      return offset
    }
    return Cell(joined, anchors: anchors)
  }

  /// Whether a line starts with `[`, so may start with a bookmark marker.
  private func startsWithMarker(_ line: Range<Int>) -> Bool {
    !line.isEmpty && text[line.lowerBound] == UInt8(ascii: "[")
  }

  /// Splits a line's bookmark markers into `names`, and notes `[bookmark: ` left in its text.
  ///
  /// - Returns: The text after the markers.
  private mutating func textAfterBookmarks(_ line: Range<Int>) -> Range<Int> {
    names.removeAll(keepingCapacity: true)
    let start = TikaTextRules.splitBookmarks(in: text, line: line, names: &names)
    return textWithoutMarkup(start..<line.upperBound)
  }

  /// The text of a line without markers; notes `[bookmark: ` in it.
  ///
  /// Every `[bookmark: ` is in a marker, in a marker's name or in a text, and texts come in
  /// order, so the openings before this text were in markers or names.
  private mutating func textWithoutMarkup(_ range: Range<Int>) -> Range<Int> {
    while nextBookmarkOpen < bookmarkOpens.count, bookmarkOpens[nextBookmarkOpen] < range.lowerBound {
      nextBookmarkOpen += 1
    }
    if nextBookmarkOpen < bookmarkOpens.count, bookmarkOpens[nextBookmarkOpen] < range.upperBound {
      foundStrayMarkup = true
    }
    return range
  }

  /// The text of a line without markers, as a `String`; notes `[bookmark: ` in it.
  private mutating func plainText(_ range: Range<Int>) -> String {
    Self.string(text, textWithoutMarkup(range))
  }

  /// Some of the text as a `String`: the bytes were proved UTF-8 and every range ends at an
  /// ASCII byte or the text's end, so they are copied without being checked again.
  ///
  /// Static, with the text passed in: the span's borrow of an instance property would make
  /// the compiler copy the whole builder for every string.
  private static func string(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    let bytes = UnsafeBufferPointer(rebasing: text[range])
    if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
      return String(copying: UTF8Span(unchecked: bytes.span))
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
