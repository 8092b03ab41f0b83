/// Reads text as Apache Tika extracts it from a Word document (`tabconv X.txt`).
///
/// Coverage:
/// - Both layouts: Tika 1.x–3.x's default (each cell paragraph on its own line, a tab before
///   each cell) and the SAX/Tika 4.x one (one line per row, a tab before each cell), told apart
///   by the cell lines' tabs (`TikaTextScan.sniffedLayout`) unless a layout is given.
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
/// The text is read as UTF-8 bytes: checked in one pass (`TikaTextInput`, `TikaTextScan`), its
/// lines found with memchr and kept as byte ranges (`TikaTextParser`), and each paragraph's or
/// cell's text made a `String` once (`TikaTextBlockBuilder`).
///
/// - Complexity: `stream` holds the input and the table at hand; `read` the document too.
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
  /// This is `stream(bytes:file:into:)` into a `DocumentCollector`.
  ///
  /// - Parameters:
  ///   - bytes: The text, UTF-8.
  ///   - file: The input's name for messages (`-` for standard input).
  /// - Returns: The document, with `source.format` `.tika`.
  /// - Throws: As `stream(bytes:file:into:)`.
  public func read(bytes: [UInt8], file: String?) throws -> Document {
    var collector = DocumentCollector()
    try stream(bytes: bytes, file: file, into: &collector)
    return collector.document
  }

  /// Streams a document from Tika text into a sink: each top-level block as soon as it is read.
  ///
  /// The whole input is checked first (UTF-8, line ends, control characters); errors found while
  /// reading the blocks (a table too large, stray bookmark markup) are thrown once found, after the
  /// blocks before them reached the sink. When both occur, the table is reported, wherever it
  /// stands, as when the whole document was read before either was looked for. The warnings
  /// (normalised input, inferred merges) come with the rest, at the end.
  ///
  /// - Parameters:
  ///   - bytes: The text, UTF-8.
  ///   - file: The input's name for messages (`-` for standard input).
  ///   - sha256: The input's hash for `source.sha256`, when the caller has it.
  ///   - sink: Receives the document.
  /// - Throws: `TikaTextError` for invalid UTF-8, a carriage return that ends no line, a control
  ///   character Tika never writes or stray bookmark markup, each at its line and column;
  ///   `TableTooLargeError` for a table of more grid positions than `TableSizeLimit` allows for
  ///   the input's size; or the sink's error.
  /// - Complexity: Memory grows with the input (copied once when it has CRLF line ends) and its
  ///   largest table, not with the document.
  public func stream(bytes: [UInt8], file: String?, sha256: String? = nil, into sink: inout some BlockSink) throws {
    let input = try TikaTextInput(bytes, file: file)
    try input.bytes.withUnsafeBufferPointer { whole in
      let text = UnsafeBufferPointer(rebasing: whole[input.start...])
      let layout = self.layout ?? input.scan.sniffedLayout
      let source = Source(format: .tika, file: file, sha256: sha256, tikaLayout: layout)
      try sink.begin(Document(source: source))
      var parser = TikaTextParser(text: text, layout: layout)
      var builder = TikaTextBlockBuilder(text: text, bookmarkOpens: input.scan.bookmarkOpens)
      var warnings = input.warnings
      var blockCount = 0
      while let block = parser.next() {
        switch block {
        case .paragraph(let line):
          // After stray markup only a table too large could still be reported: build nothing more.
          if builder.foundStrayMarkup { continue }
          let paragraph = builder.paragraph(line)
          if builder.foundStrayMarkup { continue }
          blockCount += 1
          try sink.add(.paragraph(paragraph))
        case .table:
          let (rows, columns) = (parser.table.rowCount, parser.table.columns)
          if !TableSizeLimit.allows(rows: rows, columns: columns, inputSize: bytes.count) {
            throw TableTooLargeError(
              rows: rows, columns: columns, inputSize: bytes.count,
              location: SourceLocation(file: file, line: parser.table.firstLine))
          }
          if builder.foundStrayMarkup { continue }
          let inferred = builder.table(parser.table)
          if builder.foundStrayMarkup { continue }
          blockCount += 1
          if inferred.mergedRegions > 0 {
            warnings.append(
              DocumentWarning(
                .mergeInferred,
                "\(inferred.mergedRegions) merged cells inferred from short rows and leading empty cells",
                at: SourceLocation(file: file, line: parser.table.firstLine, block: blockCount)))
          }
          try sink.add(.table(inferred.table))
        }
      }
      if builder.foundStrayMarkup { throw TikaTextErrorPlaces.strayBookmarkMarkupError(in: input.text, file: file) }
      try sink.end(Document(source: source, warnings: warnings))
    }
  }
}
