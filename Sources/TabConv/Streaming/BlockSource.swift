/// Something that reads a document and streams it, block by block, into a sink.
protocol BlockSource {
  /// Reads and hands the document to the sink (`BlockSink`'s order: begin, add…, end).
  func stream(into sink: inout some BlockSink) throws
}

/// A .docx file on disk, streamed chunk by chunk.
struct DocxFileBlocks: BlockSource {
  let reader: DocxReader
  let path: String
  let source: Source

  func stream(into sink: inout some BlockSink) throws {
    try reader.stream(path: path, displayName: path, source: source, into: &sink)
  }
}

/// A .docx file held in memory.
struct DocxBytesBlocks: BlockSource {
  let reader: DocxReader
  let bytes: [UInt8]
  let file: String
  let source: Source

  func stream(into sink: inout some BlockSink) throws {
    try reader.stream(bytes: bytes, displayName: file, source: source, into: &sink)
  }
}

/// Tika text held in memory, streamed block by block as it is parsed.
struct TikaBlocks: BlockSource {
  let reader: TikaTextReader
  let bytes: [UInt8]
  let file: String
  let sha256: String

  func stream(into sink: inout some BlockSink) throws {
    try reader.stream(bytes: bytes, file: file, sha256: sha256, into: &sink)
  }
}

/// A document already read whole.
struct DocumentBlocks: BlockSource {
  let document: Document

  func stream(into sink: inout some BlockSink) throws {
    try document.stream(into: &sink)
  }
}
