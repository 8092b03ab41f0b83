#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Reads a .docx (Office Open XML WordprocessingML, transitional or ISO Strict) into a `Document`.
//
// Read:
// - The main document part, found through `_rels/.rels`, streamed from the zip in 256 KB chunks
//   through a SAX2 push parser; style names and heading levels from its related `styles.xml`.
// - Paragraphs: `w:t`; `w:tab`/`w:ptab` as `\t`; `w:br`/`w:cr` as `\n`; `w:noBreakHyphen` as
//   U+2011; `w:sym` as its Unicode character (Symbol font through Adobe's Symbol encoding).
//   Runs inside hyperlinks, smart tags, custom XML, simple fields and content controls (`w:sdt`
//   at block, row, cell and run level) count as if unwrapped. Complex fields keep their shown result.
// - Tracked changes per `DocxReadOptions.revisions` (runs in `w:ins`/`w:del`/`w:moveTo`/
//   `w:moveFrom`, and rows marked inserted or deleted in `w:trPr`).
// - Text boxes: their paragraphs (and tables) follow the host paragraph as blocks of their own,
//   never glued into the host's text. `mc:AlternateContent`: the first `mc:Choice`, else `mc:Fallback`.
// - Tables: grid, `w:gridSpan`, `w:vMerge`, legacy `w:hMerge`, `w:gridBefore`/`w:gridAfter`,
//   header rows, nested tables (see `DocxTableLayout` for the repairs, each a `span-repaired` warning).
// - Bookmarks (`w:bookmarkStart`, hidden ones included) as anchors.
//
// Partial or lost:
// - `w:sym` of Wingdings and other symbol fonts: dropped with a `content-skipped` warning.
// - Equations (`m:oMath`): their `m:t` text in reading order, as plain text (`A=πr2`); layout is lost.
// - `w:softHyphen`, `w:instrText`, images and drawings: dropped, no warning.
// - List numbers (numbering.xml) are not rendered; a deleted paragraph mark does not join paragraphs.
// - Footnotes, endnotes, comments, headers and footers are not read.

/// Reads a Word .docx file into tabconv's model.
///
/// One call opens the archive, streams the main document part through libxml2 and closes
/// everything again; nothing is shared between calls, so one reader may be used from many threads.
public struct DocxReader: Sendable {
  /// How the reader reads.
  public var options: DocxReadOptions

  /// Creates a reader.
  ///
  /// - Parameter options: Which side of tracked changes to read, and size limits.
  public init(options: DocxReadOptions = .init()) {
    self.options = options
  }

  /// Reads the .docx at a path.
  ///
  /// - Parameters:
  ///   - path: The file to read.
  ///   - displayName: The name to use in `Document.source` and in messages; `path` when nil.
  /// - Returns: The document, its warnings, and its source (without a hash: the caller adds it).
  /// - Throws: `DocxError` when the file cannot be opened or is not a readable .docx; the error
  ///   names the file, the zip part and the XML line and column where known. `TableTooLargeError`
  ///   for a table of more grid positions than `TableSizeLimit` allows for the file's size.
  /// - Complexity: Memory grows with the model of the document, not with its XML.
  public func read(path: String, displayName: String? = nil) throws -> Document {
    let name = displayName ?? path
    let archive: ZipArchive
    do {
      archive = try ZipArchive(path: path)
    } catch {
      throw DocxError(error.code, at: SourceLocation(file: name))
    }
    var status = stat()
    let size = stat(path, &status) == 0 ? Int(status.st_size) : 0
    return try read(archive, displayName: name, inputSize: size)
  }

  /// Reads a .docx held in memory.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - displayName: The name to use in `Document.source` and in messages.
  /// - Returns: The document, its warnings, and its source (without a hash).
  /// - Throws: `DocxError` when the bytes are not a readable .docx.
  public func read(bytes: [UInt8], displayName: String) throws -> Document {
    let archive: ZipArchive
    do {
      archive = try ZipArchive(bytes: bytes)
    } catch {
      throw DocxError(error.code, at: SourceLocation(file: displayName))
    }
    return try read(archive, displayName: displayName, inputSize: bytes.count)
  }

  private func read(_ archive: ZipArchive, displayName: String, inputSize: Int) throws -> Document {
    let package = try DocxPackage(archive: archive, file: displayName, options: options)
    let styles = try DocxStyles.read(from: package)
    let place = SourceLocation(file: displayName, part: package.mainPart)
    var builder = DocxDocumentBuilder(styles: styles, revisions: options.revisions, place: place)
    builder.maximumPositions = TableSizeLimit.maximumPositions(forInputOf: inputSize)
    let handler = WordDocumentHandler(WordDocumentScanner(revisions: options.revisions, sink: builder))
    try package.parse(package.mainPart, with: handler)
    var finished = handler.scanner.sink
    let blocks = finished.finish()
    if let position = finished.tooDeepTable {
      var location = place
      location.line = position?.line
      location.column = position?.column
      throw DocxError(.tablesNestedTooDeep(limit: DocxDocumentBuilder.maximumTableDepth), at: location)
    }
    if let table = finished.oversizedTable {
      var location = place
      location.line = table.position?.line
      location.column = table.position?.column
      throw TableTooLargeError(rows: table.rows, columns: table.columns, inputSize: inputSize, location: location)
    }
    return Document(
      blocks: blocks, source: Source(format: .docx, file: displayName, sha256: nil), warnings: finished.warnings)
  }
}
