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

  /// The format an input is read as when none is given: from the file name's extension, else
  /// from the bytes (`Format.sniff`), else Tika text.
  public static func inputFormat(bytes: [UInt8], file: String) -> Format {
    (file == "-" ? nil : Format.guess(fromPath: file)) ?? Format.sniff(bytes) ?? .tika
  }

  /// The SHA-256 of some bytes as 64 lower-case hex digits.
  public static func sha256Hex(_ bytes: [UInt8]) -> String {
    SHA256.hash(data: bytes).map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }
}
