import Crypto

/// Reads an input into a checked document: picks the format, reads, records the source, and
/// runs every check before any writer may see the document.
public enum DocumentLoader {
  /// Reads and checks a document.
  ///
  /// - Parameters:
  ///   - bytes: The input.
  ///   - file: The input's name (`-` for standard input).
  ///   - format: The input format; nil guesses it from the name, then from the bytes.
  ///   - options: Read options.
  /// - Returns: The checked document; for formats other than JSON, `source.sha256` is the input's hash.
  /// - Throws: The reader's error for bad input, or `CheckFailure` when the document fails its check.
  public static func load(bytes: [UInt8], file: String, format: Format? = nil, options: ReadOptions = .init()) throws
    -> Document
  {
    let format = format ?? inputFormat(bytes: bytes, file: file)
    var document = try FormatRegistry.read(format, bytes: bytes, file: file, options: options)
    if format != .json {
      document.source = document.source ?? Source(format: format, file: file)
      document.source?.sha256 = sha256Hex(bytes)
    }
    try Checks.enforce(on: document, file: file)
    return document
  }

  /// Streams an input, checked block by block, into a sink: nothing reaches the sink that has
  /// not passed every check (`CheckingSink`), and the end throws `CheckFailure` with every
  /// finding, as `load` does.
  ///
  /// A .docx file is streamed (its hash read in a first pass over the file, its main part parsed
  /// chunk by chunk), so memory grows with the largest table. Tika text is read into memory and
  /// streamed from there (memory: the input and its largest table). Other formats are read
  /// whole, then handed on block by block.
  ///
  /// - Parameters:
  ///   - path: The input's path, or `-` for standard input.
  ///   - format: The input format; nil guesses it from the name, then from the first bytes.
  ///   - options: Read options.
  ///   - pipelined: Whether the checks and the sink run on a second thread (`BlockPipeline`)
  ///     while the reader reads on this one. Same findings, same order, same bytes.
  ///   - sink: Receives the checked document.
  /// - Throws: `FileIOError` when the input cannot be opened, the reader's error for bad input,
  ///   `CheckFailure` when the document fails its check, or the sink's error.
  public static func stream(
    path: String, format: Format? = nil, options: ReadOptions = .init(), pipelined: Bool = false,
    into sink: inout some BlockSink
  ) throws {
    guard path != "-" else {
      return try stream(
        bytes: InputFile.read(path), file: path, format: format, options: options, pipelined: pipelined, into: &sink)
    }
    let format = try format ?? inputFormat(path: path)
    guard format == .docx else {
      return try stream(
        bytes: InputFile.read(path), file: path, format: format, options: options, pipelined: pipelined, into: &sink)
    }
    let source = Source(format: .docx, file: path, sha256: try sha256Hex(ofFileAt: path))
    let reader = DocxFileBlocks(reader: DocxReader(options: options.docx), path: path, source: source)
    try check(reader, file: path, pipelined: pipelined, into: &sink)
  }

  /// Streams an input held in memory, checked block by block, into a sink (see `stream(path:)`).
  ///
  /// - Parameters:
  ///   - bytes: The input.
  ///   - file: The input's name (`-` for standard input).
  ///   - format: The input format; nil guesses it from the name, then from the bytes.
  ///   - options: Read options.
  ///   - pipelined: Whether the checks and the sink run on a second thread.
  ///   - sink: Receives the checked document.
  /// - Throws: As `stream(path:)`.
  public static func stream(
    bytes: [UInt8], file: String, format: Format? = nil, options: ReadOptions = .init(), pipelined: Bool = false,
    into sink: inout some BlockSink
  ) throws {
    let format = format ?? inputFormat(bytes: bytes, file: file)
    if format == .docx {
      let source = Source(format: .docx, file: file, sha256: sha256Hex(bytes))
      let reader = DocxBytesBlocks(reader: DocxReader(options: options.docx), bytes: bytes, file: file, source: source)
      return try check(reader, file: file, pipelined: pipelined, into: &sink)
    }
    if format == .tika {
      let reader = TikaBlocks(
        reader: TikaTextReader(layout: options.tikaLayout), bytes: bytes, file: file, sha256: sha256Hex(bytes))
      return try check(reader, file: file, pipelined: pipelined, into: &sink)
    }
    var document = try FormatRegistry.read(format, bytes: bytes, file: file, options: options)
    if format != .json {
      document.source = document.source ?? Source(format: format, file: file)
      document.source?.sha256 = sha256Hex(bytes)
    }
    try check(DocumentBlocks(document: document), file: file, pipelined: pipelined, into: &sink)
  }

  /// Feeds what a reader streams through every check into the sink, on this thread or, when
  /// `pipelined`, with the checks and the sink on a second one.
  private static func check(
    _ reader: some BlockSource, file: String, pipelined: Bool, into sink: inout some BlockSink
  ) throws {
    var checking = CheckingSink(sink, file: file)
    defer { sink = checking.base }
    guard pipelined else { return try reader.stream(into: &checking) }
    var pipeline = BlockPipeline(checking)
    defer { checking = pipeline.finish() }
    try reader.stream(into: &pipeline)
  }

  /// The format a file is read as when none is given: from its name's extension, else from its
  /// first bytes (`Format.sniff`), else Tika text.
  ///
  /// - Throws: `FileIOError.cannotOpen` when the file cannot be read.
  public static func inputFormat(path: String) throws -> Format {
    if let format = Format.guess(fromPath: path) { return format }
    return Format.sniff(try InputFile.prefix(path, count: 4096)) ?? .tika
  }

  /// The SHA-256 of a file, read in chunks, as 64 lower-case hex digits.
  ///
  /// - Throws: `FileIOError` when the file cannot be opened or read.
  public static func sha256Hex(ofFileAt path: String) throws -> String {
    var hasher = SHA256()
    try InputFile.forEachChunk(of: path) { hasher.update(bufferPointer: $0) }
    return hex(hasher.finalize())
  }

  /// The format an input is read as when none is given: from the file name's extension, else
  /// from the bytes (`Format.sniff`), else Tika text.
  public static func inputFormat(bytes: [UInt8], file: String) -> Format {
    (file == "-" ? nil : Format.guess(fromPath: file)) ?? Format.sniff(bytes) ?? .tika
  }

  /// The SHA-256 of some bytes as 64 lower-case hex digits.
  public static func sha256Hex(_ bytes: [UInt8]) -> String {
    hex(SHA256.hash(data: bytes))
  }

  private static func hex(_ digest: SHA256.Digest) -> String {
    digest.map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }
}
