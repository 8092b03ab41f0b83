/// A writer that writes a document block by block, as a streaming reader gives it.
///
/// The bytes of `begin`, of each `add` and of `end`'s `after`, in that order, with `end`'s
/// `before` put in front of them all, are exactly the bytes the format's whole-document writer
/// writes for the same document (`FormatRegistry.write`); tests hold the two together.
public protocol BlockWriter {
  /// The bytes that start the output.
  ///
  /// - Parameter head: The document's source and notes; no blocks.
  /// - Returns: The bytes.
  /// - Throws: The format's error for options it cannot honour.
  mutating func begin(_ head: Document) throws -> [UInt8]

  /// The bytes for the next top-level block of the body (empty when it writes nothing of it,
  /// or holds it back until it knows what follows).
  ///
  /// - Parameter block: The block.
  /// - Returns: The bytes.
  /// - Throws: The format's error, such as a character the output encoding cannot hold.
  mutating func add(_ block: Block) throws -> [UInt8]

  /// The bytes that end the output, and those that must stand before everything written so far
  /// (Tika text's headers, known only once the body has been read).
  ///
  /// - Parameter rest: Everything but the body: source, notes, page furniture, warnings.
  /// - Returns: The bytes to put before, and the bytes to put after.
  /// - Throws: The format's error.
  mutating func end(_ rest: Document) throws -> (before: [UInt8], after: [UInt8])
}

extension BlockWriter {
  /// A whole document through this writer, as one array of bytes.
  ///
  /// - Parameter document: The document.
  /// - Returns: The output.
  /// - Throws: The writer's error.
  mutating func writeWhole(_ document: Document) throws -> [UInt8] {
    var output = try begin(Document(source: document.source, notes: document.notes))
    for block in document.blocks { output += try add(block) }
    var rest = document
    rest.blocks = []
    let (before, after) = try end(rest)
    return before + output + after
  }
}
