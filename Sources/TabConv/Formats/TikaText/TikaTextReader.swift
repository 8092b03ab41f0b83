import Foundation

/// Reads text as Apache Tika extracts it from a Word document (`tabconv X.txt`).
///
/// Coverage:
/// - Both layouts: Tika 1.x–3.x's default (each cell paragraph on its own line, a tab before
///   each cell) and the SAX/Tika 4.x one (one line per row, a tab before each cell), told apart
///   by `TikaTextRules.sniffLayout` unless a layout is given.
/// - Paragraphs, tables, rows, multi-paragraph cells, empty and space-only cells and paragraphs,
///   all kept byte for byte, so `TikaTextWriter` gives the input back exactly.
/// - `[bookmark: NAME]` at the start of a paragraph or cell line becomes an `Anchor`.
/// - Merges are lost in this format; `MergedCellSpans` rebuilds them (spans marked `inferred`,
///   one `merge-inferred` warning per table that has some).
///
/// Ambiguities are resolved as tika-text-format.md §2 says: one empty line after a cell line is
/// a row end when a cell follows and an empty cell paragraph when text follows; two then a cell
/// are an empty cell paragraph and a row end (Word never puts two tables side by side); three
/// or more end the table. A tab-led block that never reaches its table end is paragraphs.
/// A UTF-8 byte-order mark, CRLF line ends (all or some of them) and a missing last newline are
/// normalised with an `input-normalized` warning (the writer then gives Tika's own bytes). A
/// carriage return that ends no line is refused with its place.
///
/// - Complexity: memory grows with the input text (the whole text is decoded once).
public struct TikaTextReader: Sendable {
  /// The layout to read, or nil to sniff it.
  public var layout: TikaLayout?

  /// Creates a reader.
  ///
  /// - Parameter layout: The layout to read; nil sniffs it from the text.
  public init(layout: TikaLayout? = nil) {
    self.layout = layout
  }

  /// Reads a document from Tika text.
  ///
  /// - Parameters:
  ///   - bytes: The text, UTF-8.
  ///   - file: The input's name for messages (`-` for standard input).
  /// - Returns: The document, with `source.format` `.tika`.
  /// - Throws: `TikaTextError` for invalid UTF-8 or a control character Tika never writes.
  public func read(bytes: [UInt8], file: String?) throws -> Document {
    var warnings: [DocumentWarning] = []
    let whole = SourceLocation(file: file)
    var text: String
    do {
      text = try UTF8Text.decode(bytes)
    } catch {
      throw TikaTextError(
        kind: .invalidUTF8(byte: error.byte),
        location: SourceLocation(file: file, line: error.line, column: error.column))
    }
    if text.hasPrefix("\u{FEFF}") {
      text.removeFirst()
      warnings.append(.init(.inputNormalized, "a UTF-8 byte-order mark was removed (Tika writes none)", at: whole))
    }
    if text.containsByte(UInt8(ascii: "\r")) {
      let (crlf, lf) = Self.countLineEnds(text)
      if crlf > 0 {
        text = text.replacingOccurrences(of: "\r\n", with: "\n")
        let message =
          lf == 0
          ? "CRLF line ends were read as LF (Tika writes LF)"
          : "line ends are mixed: \(crlf) of \(crlf + lf) were CRLF and were read as LF (Tika writes LF)"
        warnings.append(.init(.inputNormalized, message, at: whole))
      }
    }
    try Self.rejectControlCharacters(text, file: file)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last == "" {
      lines.removeLast()
    } else if !lines.isEmpty {
      warnings.append(
        .init(.inputNormalized, "the last line has no newline (Tika ends every line with one)", at: whole))
    }
    let layout = self.layout ?? TikaTextRules.sniffLayout(lines)
    var parser = TikaTextParser(lines: lines, layout: layout, file: file)
    parser.maximumPositions = TableSizeLimit.maximumPositions(forInputOf: bytes.count)
    let blocks = parser.parseBlocks()
    if let table = parser.oversizedTable {
      throw TableTooLargeError(
        rows: table.rows, columns: table.columns, inputSize: bytes.count,
        location: SourceLocation(file: file, line: table.line))
    }
    warnings += parser.warnings
    try Self.rejectStrayBookmarkMarkup(blocks, lines: lines, file: file)
    return Document(
      blocks: blocks, source: Source(format: .tika, file: file, tikaLayout: layout), warnings: warnings)
  }

  /// How many line ends are CRLF and how many a bare LF.
  private static func countLineEnds(_ text: String) -> (crlf: Int, lf: Int) {
    var previous: UInt8 = 0
    var crlf = 0
    var lf = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\n") {
        if previous == UInt8(ascii: "\r") { crlf += 1 } else { lf += 1 }
      }
      previous = byte
    }
    return (crlf, lf)
  }

  /// Refuses text in which `[bookmark: ` is left over: a marker that is not closed, or not at the
  /// start of a paragraph or cell line, where Tika writes them. The model's text never holds one.
  private static func rejectStrayBookmarkMarkup(_ blocks: [Block], lines: [Substring], file: String?) throws {
    let marker: StaticString = "[bookmark: "
    let leftOver = blocks.contains { block in
      switch block {
      case .paragraph(let paragraph): paragraph.text.containsBytes(of: marker)
      case .table(let table): table.rows.contains { $0.cells.contains { $0.text.containsBytes(of: marker) } }
      }
    }
    guard leftOver else { return }
    // The place: the first line whose markers do not all come off its start.
    for (index, line) in lines.enumerated() {
      let field = line.drop { $0 == "\t" }
      let rest = TikaTextRules.splitBookmarks(field).text
      guard let range = rest.range(of: "[bookmark: ") else { continue }
      let column = line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1
      throw TikaTextError(
        kind: .strayBookmarkMarkup, location: SourceLocation(file: file, line: index + 1, column: column))
    }
    throw TikaTextError(kind: .strayBookmarkMarkup, location: SourceLocation(file: file))
  }

  private static func rejectControlCharacters(_ text: String, file: String?) throws {
    guard text.containsForbiddenScalar else { return }
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
}
