/// The pieces of Tika's text layout that both the reader and the writer need.
///
/// See `../shared/docs/tika-text-format.md`: a `\t` is written before every table cell, a `\n`
/// after every paragraph, row and table; `[bookmark: NAME]` markers (RichTextContentHandler)
/// stand at the start of the paragraph whose `w:p` holds the `w:bookmarkStart`.
enum TikaTextRules {
  static let bookmarkOpen = "[bookmark: "
  static let markerClose: Character = "]"

  /// How a line reads in the strict Tika grammar.
  enum LineKind: Equatable {
    /// Starts with a tab: a table cell (or a paragraph led by `w:tab`).
    case cell
    /// Empty: a row end, a table end, or an empty paragraph.
    case empty
    /// Anything else: a paragraph, or a further paragraph of the cell above.
    case text
  }

  static func kind(of line: Substring) -> LineKind {
    guard let first = line.utf8.first else { return .empty }
    return first == UInt8(ascii: "\t") ? .cell : .text
  }

  /// Splits the `[bookmark: NAME]` markers off the start of a line.
  ///
  /// - Returns: The bookmark names in order, and the text after them.
  static func splitBookmarks(_ line: Substring) -> (names: [String], text: Substring) {
    var rest = line
    var names: [String] = []
    while rest.hasPrefix(bookmarkOpen) {
      let nameStart = rest.index(rest.startIndex, offsetBy: bookmarkOpen.count)
      guard let close = rest[nameStart...].firstIndex(of: markerClose) else { break }
      names.append(String(rest[nameStart..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return (names, rest)
  }

  /// The markers for bookmark names, as Tika prints them.
  static func bookmarkMarkers(_ names: some Sequence<String>) -> String {
    names.map { bookmarkOpen + $0 + String(markerClose) }.joined()
  }

  /// Which layout some lines use: row-per-line when most cell lines hold more tabs.
  static func sniffLayout(_ lines: [Substring]) -> TikaLayout {
    var cellLines = 0
    var multiCellLines = 0
    for line in lines where kind(of: line) == .cell {
      cellLines += 1
      if line.containsByte(UInt8(ascii: "\t"), skipping: 1) { multiCellLines += 1 }
    }
    return cellLines > 0 && multiCellLines * 2 > cellLines ? .rowPerLine : .cellPerLine
  }
}
