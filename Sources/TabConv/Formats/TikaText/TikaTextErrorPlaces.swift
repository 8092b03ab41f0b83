import Foundation

/// Where in Tika text an error stands, worked out on the slow path once the byte scans have
/// found that there is one: the text is decoded and walked scalar by scalar, so columns count
/// Unicode scalars as every message does.
enum TikaTextErrorPlaces {
  /// Refuses text that holds a carriage return ending no line or a control character Tika never
  /// writes, at the first one's line and column.
  ///
  /// - Parameters:
  ///   - text: The normalised text (no byte-order mark, CRLF read as LF).
  ///   - file: The input's name for messages.
  /// - Throws: `TikaTextError` `.loneCarriageReturn` or `.controlCharacter`.
  static func rejectControlCharacters(_ text: String, file: String?) throws {
    var line = 1
    var column = 1
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A:
        line += 1
        column = 1
        continue
      case 0x0D:
        throw TikaTextError(kind: .loneCarriageReturn, location: SourceLocation(file: file, line: line, column: column))
      case _ where scalar.isForbiddenInText:
        throw TikaTextError(
          kind: .controlCharacter(scalar: scalar.value),
          location: SourceLocation(file: file, line: line, column: column))
      default:
        break
      }
      column += 1
    }
  }

  /// The error for `[bookmark: ` left in the text read: placed at the first line whose markers do
  /// not all come off its start (after its leading tabs), else at the file.
  ///
  /// - Parameters:
  ///   - text: The normalised text.
  ///   - file: The input's name for messages.
  static func strayBookmarkMarkupError(in text: String, file: String?) -> TikaTextError {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last == "" { lines.removeLast() }
    for (index, line) in lines.enumerated() {
      let field = line.drop { $0 == "\t" }
      let rest = TikaTextRules.splitBookmarks(field).text
      guard let range = rest.range(of: TikaTextRules.bookmarkOpen) else { continue }
      let column = line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1
      return TikaTextError(
        kind: .strayBookmarkMarkup, location: SourceLocation(file: file, line: index + 1, column: column))
    }
    return TikaTextError(kind: .strayBookmarkMarkup, location: SourceLocation(file: file))
  }
}
