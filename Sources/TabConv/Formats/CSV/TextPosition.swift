/// A 1-based line and column in decoded CSV text.
///
/// CRLF, CR and LF each end one line, inside quoted fields too, so a place in a file with old
/// Mac (CR) or mixed line ends is where an editor shows it. Columns count Unicode scalars.
struct TextPosition: Sendable, Equatable {
  /// The 1-based line.
  var line: Int
  /// The 1-based column, in Unicode scalars.
  var column: Int

  /// The position of a byte offset in UTF-8 text.
  ///
  /// - Parameters:
  ///   - offset: The offset of the byte whose position is wanted (may be the end of the text).
  ///   - text: The UTF-8 text; only the bytes before `offset` are read.
  /// - Returns: The line and column of that byte.
  /// - Complexity: O(offset); meant for error paths, not per character.
  static func of(_ offset: Int, in text: some Collection<UInt8>) -> TextPosition {
    var line = 1
    var lineStart = 0
    var previous: UInt8 = 0
    var index = 0
    for byte in text.prefix(offset) {
      index += 1
      if byte == UInt8(ascii: "\n") {
        if previous != UInt8(ascii: "\r") { line += 1 }
        lineStart = index
      } else if byte == UInt8(ascii: "\r") {
        line += 1
        lineStart = index
      }
      previous = byte
    }
    let column = text.prefix(offset).dropFirst(lineStart).reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    return TextPosition(line: line, column: column)
  }

  /// The column of a byte offset on a line whose first byte is at `lineStart`.
  ///
  /// - Parameters:
  ///   - offset: The byte's offset.
  ///   - lineStart: The offset of the line's first byte.
  ///   - text: The UTF-8 text.
  /// - Returns: The 1-based column, in Unicode scalars.
  static func column(of offset: Int, lineStart: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
    var column = 1
    var index = lineStart
    while index < offset {
      if text[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return column
  }
}
