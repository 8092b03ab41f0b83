/// The line end between CSV records.
public enum CSVLineEnding: String, CaseIterable, Sendable {
  /// `\n`, as Unix tools write.
  case lf
  /// `\r\n`, as RFC 4180 and Excel on Windows write.
  case crlf
  /// `\r` alone, as classic Mac OS wrote.
  case cr

  /// The line end's characters.
  public var text: String {
    switch self {
    case .lf: "\n"
    case .crlf: "\r\n"
    case .cr: "\r"
    }
  }
}
