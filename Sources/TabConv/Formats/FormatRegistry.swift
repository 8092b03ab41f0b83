/// How to read an input.
public struct ReadOptions: Sendable {
  /// For Tika text: the layout, or nil to sniff it.
  public var tikaLayout: TikaLayout?
  /// For .docx: which side of tracked changes to read, and size limits.
  public var docx: DocxReadOptions
  /// For CSV and TSV: the delimiter (CSV only; nil sniffs it) and the encoding (nil detects it).
  public var csv: CSVReadOptions

  /// Creates read options.
  public init(tikaLayout: TikaLayout? = nil, docx: DocxReadOptions = .init(), csv: CSVReadOptions = .init()) {
    self.tikaLayout = tikaLayout
    self.docx = docx
    self.csv = csv
  }
}

/// How to write an output.
public struct WriteOptions: Sendable {
  /// For Tika text: the layout, or nil for the document's own.
  public var tikaLayout: TikaLayout?
  /// For CSV and TSV: how merged cells are written.
  public var merged: CSVWriter.MergedCells
  /// For CSV: delimiter, quote, line end, encoding and byte-order mark.
  public var csvDialect: CSVDialect
  /// For CSV and TSV: leave out each table's first row (its header).
  public var omitsFirstRow: Bool
  /// For CSV: prefix fields a spreadsheet would run as formulas with `'`.
  public var escapesFormulas: Bool
  /// For JSON: break lines between blocks and rows.
  public var prettyJSON: Bool
  /// For JSON: the `generator` member.
  public var generator: String?
  /// For flat outputs (CSV, TSV): also write the tables of headers and footers.
  ///
  /// They come after the body's (`Document.flatTables(includingPageFurniture:)`). JSON always
  /// holds page furniture, and Tika text always prints it, as Tika does.
  public var includesPageFurniture: Bool

  /// Creates write options.
  public init(
    tikaLayout: TikaLayout? = nil, merged: CSVWriter.MergedCells = .fill, csvDialect: CSVDialect = .init(),
    omitsFirstRow: Bool = false, escapesFormulas: Bool = false, prettyJSON: Bool = true, generator: String? = nil,
    includesPageFurniture: Bool = false
  ) {
    self.includesPageFurniture = includesPageFurniture
    self.tikaLayout = tikaLayout
    self.merged = merged
    self.csvDialect = csvDialect
    self.omitsFirstRow = omitsFirstRow
    self.escapesFormulas = escapesFormulas
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
    case .csv: try CSVReader(options: options.csv).read(bytes: bytes, file: file)
    case .tsv: try TSVReader(encoding: options.csv.encoding).read(bytes: bytes, file: file)
    case .html: throw FormatError(kind: .cannotRead(format), location: SourceLocation(file: file))
    }
  }

  /// Writes a document, or the chosen tables of it for table-only formats.
  ///
  /// - Parameters:
  ///   - document: The document.
  ///   - format: The output format.
  ///   - tables: For table-only formats, the tables to write (default: all flat tables, those of
  ///     headers and footers only with `options.includesPageFurniture`).
  ///   - options: Write options.
  /// - Returns: The output bytes.
  /// - Throws: `FormatError.cannotWrite` for a format not written yet.
  public static func write(
    _ document: Document, as format: Format, tables: [FlatTable]? = nil, options: WriteOptions = .init()
  ) throws -> [UInt8] {
    switch format {
    case .json: return DocumentJSONWriter(pretty: options.prettyJSON, generator: options.generator).write(document)
    case .tika: return TikaTextWriter(layout: options.tikaLayout).write(document)
    case .csv:
      var writer = CSVWriter(dialect: options.csvDialect, merged: options.merged)
      writer.omitsFirstRow = options.omitsFirstRow
      writer.escapesFormulas = options.escapesFormulas
      return try writer.write(
        (tables ?? document.flatTables(includingPageFurniture: options.includesPageFurniture)).map(\.table))
    case .tsv:
      var writer = TSVWriter(merged: options.merged)
      writer.omitsFirstRow = options.omitsFirstRow
      return writer.write(
        (tables ?? document.flatTables(includingPageFurniture: options.includesPageFurniture)).map(\.table))
    case .html: return HTMLWriter().write(document)
    case .docx: return try DocxWriter().write(document)
    }
  }

  /// A writer that writes a format block by block, for the formats that can be written so.
  ///
  /// - Parameters:
  ///   - format: The output format.
  ///   - table: For table-only formats, the one flat table to write (1-based); nil for all.
  ///   - options: Write options.
  /// - Returns: The writer, or nil for a format written only whole (HTML, .docx).
  public static func blockWriter(for format: Format, table: Int? = nil, options: WriteOptions = .init())
    -> (any BlockWriter)?
  {
    switch format {
    case .json:
      return DocumentJSONBlockWriter(DocumentJSONWriter(pretty: options.prettyJSON, generator: options.generator))
    case .tika: return TikaTextBlockWriter(TikaTextWriter(layout: options.tikaLayout))
    case .csv:
      var writer = CSVWriter(dialect: options.csvDialect, merged: options.merged)
      writer.omitsFirstRow = options.omitsFirstRow
      writer.escapesFormulas = options.escapesFormulas
      return CSVBlockWriter(writer, table: table, includesPageFurniture: options.includesPageFurniture)
    case .tsv:
      var writer = TSVWriter(merged: options.merged)
      writer.omitsFirstRow = options.omitsFirstRow
      return TSVBlockWriter(writer, table: table, includesPageFurniture: options.includesPageFurniture)
    case .html, .docx: return nil
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
    case .docx: DocxWriter.capabilities
    }
  }

  /// Whether the format holds only tables (so `--table` and one file per table apply).
  public static func holdsOnlyTables(_ format: Format) -> Bool {
    format == .csv || format == .tsv
  }
}
