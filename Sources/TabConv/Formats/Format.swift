/// The formats tabconv reads and writes.
///
/// Formats are an enum, not strings: `FormatRegistry` is the one switch from a format to its
/// reader, writer and capabilities, so adding a case makes the compiler list every place to extend.
public enum Format: String, Sendable, Equatable, CaseIterable {
  /// tabconv's canonical JSON model.
  case json
  /// Plain text as Apache Tika extracts it from a Word file.
  case tika
  /// Comma-separated values (RFC 4180).
  case csv
  /// Tab-separated values: one line per row, tabs and line breaks in fields escaped.
  case tsv
  /// One self-contained HTML page (written only).
  case html
  /// A Word document (Office Open XML WordprocessingML).
  case docx

  /// The format a file name's extension names, if any.
  ///
  /// - Parameter path: A file name or path.
  /// - Returns: The format, or nil when the extension names none.
  public static func guess(fromPath path: String) -> Format? {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    switch path[path.index(after: dot)...].lowercased() {
    case "json": return .json
    case "txt", "text", "tika": return .tika
    case "csv": return .csv
    case "tsv", "tab": return .tsv
    case "html", "htm": return .html
    case "docx", "docm", "dotx": return .docx
    default: return nil
    }
  }

  /// The format some input bytes look like, if they look like one.
  ///
  /// A zip (`PK\u{3}\u{4}`) is docx; text whose first non-blank character is `{` is JSON;
  /// other valid text is Tika text. CSV is never guessed from content alone.
  ///
  /// - Parameter bytes: The first bytes of the input (a few KB are enough).
  /// - Returns: The guessed format, or nil.
  public static func sniff(_ bytes: some Collection<UInt8>) -> Format? {
    let prefix = Array(bytes.prefix(4096))
    if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
    if prefix.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return .docx }  // OLE2: the docx reader explains it
    var body = prefix[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if let first = body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first == UInt8(ascii: "{") {
      return .json
    }
    return .tika
  }

  /// The usual file extension, without the dot.
  public var fileExtension: String {
    switch self {
    case .json: "json"
    case .tika: "txt"
    case .csv: "csv"
    case .tsv: "tsv"
    case .html: "html"
    case .docx: "docx"
    }
  }
}
