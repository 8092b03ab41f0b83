/// How to read an input.
public struct ReadOptions: Sendable {
  /// For Tika text: the layout, or nil to sniff it.
  public var tikaLayout: TikaLayout?
  /// For .docx: which side of tracked changes to read, and size limits.
  public var docx: DocxReadOptions

  /// Creates read options.
  public init(tikaLayout: TikaLayout? = nil, docx: DocxReadOptions = .init()) {
    self.tikaLayout = tikaLayout
    self.docx = docx
  }
}

/// How to write an output.
public struct WriteOptions: Sendable {
  /// For Tika text: the layout, or nil for the document's own.
  public var tikaLayout: TikaLayout?
  /// For CSV: how merged cells are written.
  public var merged: CSVWriter.MergedCells
  /// For JSON: break lines between blocks and rows.
  public var prettyJSON: Bool
  /// For JSON: the `generator` member.
  public var generator: String?

  /// Creates write options.
  public init(
    tikaLayout: TikaLayout? = nil, merged: CSVWriter.MergedCells = .fill, prettyJSON: Bool = true,
    generator: String? = nil
  ) {
    self.tikaLayout = tikaLayout
    self.merged = merged
    self.prettyJSON = prettyJSON
    self.generator = generator
  }
}

/// The one place that maps a `Format` to its reader, writer and capabilities.
public enum FormatRegistry {
  /// Reads a document.
  ///
  /// - Parameters:
  ///   - format: The input's format.
  ///   - bytes: The input.
  ///   - file: The input's name for messages and `source.file`.
  ///   - options: Read options.
  /// - Returns: The document as read (not yet checked).
  /// - Throws: The format's own error type, or `FormatError.cannotRead`.
  public static func read(_ format: Format, bytes: [UInt8], file: String?, options: ReadOptions = .init()) throws
    -> Document
  {
    switch format {
    case .tika: try TikaTextReader(layout: options.tikaLayout).read(bytes: bytes, file: file)
    case .json: try DocumentJSONReader().read(bytes: bytes, file: file)
    case .docx: try DocxReader(options: options.docx).read(bytes: bytes, displayName: file ?? "-")
    case .csv, .tsv, .html: throw FormatError(kind: .cannotRead(format), location: SourceLocation(file: file))
    }
  }

  /// Writes a document, or the chosen tables of it for table-only formats.
  ///
  /// - Parameters:
  ///   - document: The document.
  ///   - format: The output format.
  ///   - tables: For table-only formats, the tables to write (default: all flat tables).
  ///   - options: Write options.
  /// - Returns: The output bytes.
  /// - Throws: `FormatError.cannotWrite` for a format not written yet.
  public static func write(
    _ document: Document, as format: Format, tables: [FlatTable]? = nil, options: WriteOptions = .init()
  ) throws -> [UInt8] {
    switch format {
    case .json: DocumentJSONWriter(pretty: options.prettyJSON, generator: options.generator).write(document)
    case .tika: TikaTextWriter(layout: options.tikaLayout).write(document)
    case .csv: CSVWriter(merged: options.merged).write((tables ?? document.flatTables).map(\.table))
    case .tsv: TSVWriter(merged: options.merged).write((tables ?? document.flatTables).map(\.table))
    case .html: HTMLWriter().write(document)
    case .docx: throw FormatError(kind: .cannotWrite(format), location: SourceLocation())
    }
  }

  /// What a format can hold.
  public static func capabilities(of format: Format) -> FormatCapabilities {
    switch format {
    case .json: DocumentJSONWriter.capabilities
    case .tika: TikaTextWriter.capabilities
    case .csv: CSVWriter.capabilities
    case .tsv: TSVWriter.capabilities
    case .html: HTMLWriter.capabilities
    case .docx: .everything
    }
  }

  /// Whether the format holds only tables (so `--table` and one file per table apply).
  public static func holdsOnlyTables(_ format: Format) -> Bool {
    format == .csv || format == .tsv
  }
}
