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
//   marked `inTextBox`, never glued into the host's text. `mc:AlternateContent`: the first
//   `mc:Choice`, else `mc:Fallback`.
// - List labels from `numbering.xml` (`DocxNumbering`, `DocxListCounter`, `WordNumberFormat`):
//   the paragraph's own `w:numPr` or its style's (through `w:basedOn`, `w:numStyleLink`, a level's
//   `w:pStyle`), written at the start of its text with the `w:suff` separator, kept in `listLabel`.
// - Footnotes, endnotes and comments (their parts, streamed the same way) as `Document.notes`;
//   `w:footnoteReference`, `w:endnoteReference`, `w:commentRangeStart` (else `w:commentReference`)
//   as note references at their offset in the paragraph. Separator footnotes are not notes.
// - Headers and footers: the parts each `w:sectPr` references (`w:headerReference`,
//   `w:footerReference` through the main part's relationships), each read once, as
//   `Document.pageFurniture` with their section number and type. A reference to no such part: a
//   `content-skipped` warning.
// - Tables: grid, `w:gridSpan`, `w:vMerge`, legacy `w:hMerge`, `w:gridBefore`/`w:gridAfter`,
//   header rows, nested tables (see `DocxTableLayout` for the repairs, each a `span-repaired` warning).
// - Bookmarks (`w:bookmarkStart`, hidden ones included) as anchors.
//
// Partial or lost:
// - `w:sym` of Wingdings and other symbol fonts: dropped with a `content-skipped` warning.
// - Equations (`m:oMath`): their `m:t` text in reading order, as plain text (`A=πr2`); layout is lost.
// - `w:softHyphen`, `w:instrText`, images and drawings: dropped, no warning.
// - A deleted paragraph mark does not join paragraphs.
// - List numbering: counters are per abstract numbering (instances sharing one continue each other;
//   `w:startOverride` restarts); each header, footer and notes part counts on its own; pictures as
//   bullets (`w:lvlPicBulletId`) become the `w:lvlText` glyph, and formats beyond those
//   `WordNumberFormat` knows are written in decimal. Word 2010 custom formats use their fallback.
// - Comments: author only (no date or initials); replies (commentsExtended.xml) are plain comments.

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

  /// Streams the .docx at a path into a sink: each top-level block of the body as soon as the
  /// block after it starts, so only the open table and one finished block are held.
  ///
  /// The notes parts (footnotes, endnotes, comments) are read first and given with the head;
  /// headers and footers, whose references stand at the end of the body, come with the rest.
  /// `read(path:)` is this with a sink that collects everything.
  ///
  /// - Parameters:
  ///   - path: The file to read.
  ///   - displayName: The name to use in messages; `path` when nil.
  ///   - source: The source given to the sink (its hash is the caller's to compute).
  ///   - sink: Receives the document.
  /// - Throws: `DocxError` as `read(path:)` does, or the sink's error.
  /// - Complexity: Memory grows with the largest block and the notes, not with the document.
  public func stream(path: String, displayName: String? = nil, source: Source, into sink: inout some BlockSink) throws {
    let name = displayName ?? path
    let archive: ZipArchive
    do {
      archive = try ZipArchive(path: path)
    } catch {
      throw DocxError(error.code, at: SourceLocation(file: name))
    }
    var status = stat()
    let size = stat(path, &status) == 0 ? Int(status.st_size) : 0
    try stream(archive, displayName: name, source: source, inputSize: size, into: &sink)
  }

  /// Streams a .docx held in memory into a sink, as `stream(path:)` does.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - displayName: The name to use in messages.
  ///   - source: The source given to the sink.
  ///   - sink: Receives the document.
  /// - Throws: `DocxError` when the bytes are not a readable .docx, or the sink's error.
  public func stream(bytes: [UInt8], displayName: String, source: Source, into sink: inout some BlockSink) throws {
    let archive: ZipArchive
    do {
      archive = try ZipArchive(bytes: bytes)
    } catch {
      throw DocxError(error.code, at: SourceLocation(file: displayName))
    }
    try stream(archive, displayName: displayName, source: source, inputSize: bytes.count, into: &sink)
  }

  private func read(_ archive: ZipArchive, displayName: String, inputSize: Int) throws -> Document {
    var collector = DocumentCollector()
    try stream(
      archive, displayName: displayName, source: Source(format: .docx, file: displayName, sha256: nil),
      inputSize: inputSize, into: &collector)
    return collector.document
  }

  private func stream(
    _ archive: ZipArchive, displayName: String, source: Source, inputSize: Int, into sink: inout some BlockSink
  ) throws {
    let package = try DocxPackage(archive: archive, file: displayName, options: options)
    let styles = try DocxStyles.read(from: package)
    let numbering = try DocxNumbering.read(from: package)
    let parts = PartReader(
      package: package, styles: styles, numbering: numbering, options: options, file: displayName,
      maximumPositions: TableSizeLimit.maximumPositions(forInputOf: inputSize))
    // Notes first: their parts stand apart from the body (each counts its lists on its own), and
    // a writer may need them while it writes the body (Tika text prints a footnote after the
    // paragraph that refers to it).
    var notes: [Note] = []
    var noteWarnings: [DocumentWarning] = []
    for type in [WordRelationshipType.footnotes, .endnotes, .comments] {
      guard let part = package.related[type] else { continue }
      var builder = try parts.read(part)
      _ = builder.finish()
      notes += builder.notes
      noteWarnings += builder.warnings
    }
    try sink.begin(Document(source: source, notes: notes))
    var sinkError: (any Error)?
    var main = try parts.read(package.mainPart) { builder in
      let finished = builder.takeFinishedBodyBlocks()
      guard sinkError == nil else { return }
      do {
        for block in finished { try sink.add(block) }
      } catch {
        sinkError = error
      }
    }
    if let sinkError { throw sinkError }
    let lastBlocks = main.finish()
    let place = SourceLocation(file: displayName, part: package.mainPart)
    if let position = main.tooDeepTable {
      var location = place
      location.line = position?.line
      location.column = position?.column
      throw DocxError(.tablesNestedTooDeep(limit: DocxDocumentBuilder.maximumTableDepth), at: location)
    }
    if let table = main.oversizedTable {
      var location = place
      location.line = table.position?.line
      location.column = table.position?.column
      throw TableTooLargeError(rows: table.rows, columns: table.columns, inputSize: inputSize, location: location)
    }
    for block in lastBlocks { try sink.add(block) }
    var warnings = main.warnings + noteWarnings
    var furniture: [PageFurniture] = []
    var readParts: [String: [Block]] = [:]
    for reference in main.pageFurnitureReferences {
      guard let related = package.relatedById[reference.relationshipId],
        related.type == (reference.kind == .header ? .header : .footer)
      else {
        warnings.append(
          DocumentWarning(
            .contentSkipped,
            "\(reference.kind.rawValue) reference \(reference.relationshipId) names no \(reference.kind.rawValue) part; skipped",
            at: SourceLocation(file: displayName, part: package.mainPart)))
        continue
      }
      if readParts[related.part] == nil {
        var builder = try parts.read(related.part)
        readParts[related.part] = builder.finish()
        warnings += builder.warnings
      }
      furniture.append(
        PageFurniture(
          kind: reference.kind, type: reference.type, section: reference.section, blocks: readParts[related.part] ?? [])
      )
    }
    try sink.end(Document(source: source, warnings: warnings, notes: notes, pageFurniture: furniture))
  }
}

/// Streams one part of a package through a scanner into a fresh builder.
private struct PartReader {
  let package: DocxPackage
  let styles: DocxStyles
  let numbering: DocxNumbering
  let options: DocxReadOptions
  let file: String
  let maximumPositions: Int

  /// The builder after the part has been read (call `finish()` on it for the blocks).
  ///
  /// - Parameters:
  ///   - part: The part's name.
  ///   - drain: Called with the builder after each chunk of the part, so a streaming reader can
  ///     take the blocks it finished.
  func read(_ part: String, draining drain: (inout DocxDocumentBuilder) -> Void = { _ in }) throws(DocxError)
    -> DocxDocumentBuilder
  {
    let place = SourceLocation(file: file, part: part)
    var builder = DocxDocumentBuilder(styles: styles, numbering: numbering, revisions: options.revisions, place: place)
    builder.maximumPositions = maximumPositions
    let handler = WordDocumentHandler(WordDocumentScanner(revisions: options.revisions, sink: builder))
    try package.parse(part, with: handler) { drain(&handler.scanner.sink) }
    return handler.scanner.sink
  }
}
