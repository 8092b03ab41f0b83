/// A document in tabconv's canonical model: blocks in reading order, where they came from,
/// and what was noticed while reading them.
///
/// Every reader produces a `Document` and every writer consumes one; no format knows another.
/// Its JSON form is published as `Schemas/tabconv-document.schema.json`.
public struct Document: Sendable, Equatable {
  /// The version of the JSON model this document follows.
  public static let modelVersion = 1

  /// Paragraphs and tables in reading order.
  public var blocks: [Block]
  /// Where the document was read from, when known.
  public var source: Source?
  /// Things noticed while reading (an inferred merge, a repaired span), each with its place.
  public var warnings: [DocumentWarning]
  /// Footnotes, endnotes and comments, each referred to from where it stands (`NoteReference`).
  public var notes: [Note]
  /// Headers and footers of the document's sections, kept apart from `blocks`.
  public var pageFurniture: [PageFurniture]

  /// Creates a document from its blocks.
  ///
  /// - Parameters:
  ///   - blocks: Paragraphs and tables in reading order.
  ///   - source: Where the document was read from.
  ///   - warnings: Things noticed while reading.
  ///   - notes: Footnotes, endnotes and comments.
  ///   - pageFurniture: Headers and footers.
  public init(
    blocks: [Block] = [], source: Source? = nil, warnings: [DocumentWarning] = [], notes: [Note] = [],
    pageFurniture: [PageFurniture] = []
  ) {
    self.blocks = blocks
    self.source = source
    self.warnings = warnings
    self.notes = notes
    self.pageFurniture = pageFurniture
  }
}

/// Where a document was read from.
public struct Source: Sendable, Equatable {
  /// The format the document was read from.
  public var format: Format
  /// The input's file name as given (`-` for standard input), if any.
  public var file: String?
  /// The SHA-256 of the input bytes, as 64 lower-case hex digits.
  public var sha256: String?
  /// The text layout a Tika-text input used; nil for other formats.
  public var tikaLayout: TikaLayout?

  /// Creates a source description.
  ///
  /// - Parameters:
  ///   - format: The input format.
  ///   - file: The input's file name, if any.
  ///   - sha256: The hex SHA-256 of the input bytes.
  ///   - tikaLayout: The Tika-text layout, for Tika input only.
  public init(format: Format, file: String? = nil, sha256: String? = nil, tikaLayout: TikaLayout? = nil) {
    self.format = format
    self.file = file
    self.sha256 = sha256
    self.tikaLayout = tikaLayout
  }
}

/// The two ways Apache Tika lays out a Word table as text.
public enum TikaLayout: String, Sendable, Equatable, CaseIterable {
  /// Tika 1.x–3.x default (DOM extractor): every cell paragraph on its own line, each cell led by a tab.
  case cellPerLine = "cell-per-line"
  /// Tika's SAX extractor and Tika 4.x: one line per row, each cell led by a tab.
  case rowPerLine = "row-per-line"
}
