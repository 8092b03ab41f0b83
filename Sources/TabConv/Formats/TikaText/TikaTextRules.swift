#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The pieces of Tika's text layout that both the reader and the writer need.
///
/// See `../shared/docs/tika-text-format.md`: a `\t` is written before every table cell, a `\n`
/// after every paragraph, row and table; `[bookmark: NAME]` markers (RichTextContentHandler)
/// stand at the start of the paragraph whose `w:p` holds the `w:bookmarkStart`.
enum TikaTextRules {
  static let bookmarkOpen = "[bookmark: "
  static let markerClose: Character = "]"
  /// `bookmarkOpen` as bytes.
  private static let bookmarkOpenBytes: [UInt8] = Array(bookmarkOpen.utf8)

  /// Splits the `[bookmark: NAME]` markers off the start of a line.
  ///
  /// Markers are matched as whole characters: a marker whose space or `]` a combining mark
  /// joins is no marker.
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

  /// Splits the `[bookmark: NAME]` markers off the start of a line of valid UTF-8, as
  /// `splitBookmarks(_:)` does, from the bytes.
  ///
  /// A marker's space and `]` are characters of their own unless a combining mark (or another
  /// scalar that extends a character) follows them, or a prepending scalar comes before the `]`.
  /// No ASCII scalar and no CJK ideograph (U+4000–U+9FFF, lead bytes E4–E9) is either; when a
  /// neighbour is anything else, the line goes through `splitBookmarks(_:)`, which asks
  /// Unicode's grapheme rules.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - line: The line's bytes in `text`.
  ///   - names: Receives the bookmark names in order.
  /// - Returns: Where the text after the markers starts.
  static func splitBookmarks(in text: UnsafeBufferPointer<UInt8>, line: Range<Int>, names: inout [String]) -> Int {
    var rest = line.lowerBound
    let end = line.upperBound
    let namesBefore = names.count
    while startsWithBookmarkOpen(text, at: rest, end: end) {
      let nameStart = rest + bookmarkOpenBytes.count
      guard nameStart == end || isPlainLead(text[nameStart]) else {
        return splitBookmarksByCharacter(text, line: line, names: &names, keeping: namesBefore)
      }
      guard let close = firstIndex(of: UInt8(ascii: "]"), in: text, nameStart..<end) else { break }
      var previous = close - 1
      while text[previous] & 0xC0 == 0x80 { previous -= 1 }
      guard isPlainLead(text[previous]), close + 1 == end || isPlainLead(text[close + 1]) else {
        return splitBookmarksByCharacter(text, line: line, names: &names, keeping: namesBefore)
      }
      names.append(String(decoding: UnsafeBufferPointer(rebasing: text[nameStart..<close]), as: UTF8.self))
      rest = close + 1
    }
    return rest
  }

  /// The markers for bookmark names, as Tika prints them.
  static func bookmarkMarkers(_ names: some Sequence<String>) -> String {
    names.map { bookmarkOpen + $0 + String(markerClose) }.joined()
  }

  /// The first `byte` in `text[range]` (memchr).
  static func firstIndex(of byte: UInt8, in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    guard let base = text.baseAddress, !range.isEmpty,
      let found = memchr(base + range.lowerBound, Int32(byte), range.count)
    else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  /// Whether the scalar a byte starts is ASCII or a CJK ideograph in U+4000–U+9FFF: one that
  /// never joins the character before it or after it.
  private static func isPlainLead(_ byte: UInt8) -> Bool {
    byte < 0x80 || (0xE4...0xE9).contains(byte)
  }

  /// Whether `[bookmark: ` starts at `start` and ends by `end`.
  static func startsWithBookmarkOpen(_ text: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Bool {
    guard start < end, text[start] == UInt8(ascii: "["), end - start >= bookmarkOpenBytes.count else { return false }
    for (offset, byte) in bookmarkOpenBytes.enumerated() where text[start + offset] != byte { return false }
    return true
  }

  private static func splitBookmarksByCharacter(
    _ text: UnsafeBufferPointer<UInt8>, line: Range<Int>, names: inout [String], keeping count: Int
  ) -> Int {
    names.removeSubrange(count...)
    let string = String(decoding: UnsafeBufferPointer(rebasing: text[line]), as: UTF8.self)
    let (found, rest) = splitBookmarks(string[...])
    names += found
    return line.lowerBound + string.utf8.distance(from: string.startIndex, to: rest.startIndex)
  }
}
