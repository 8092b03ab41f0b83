/// A .docx that could not be written: which library failed, on which call, and in which part.
///
/// Writing a document the check has passed fails only when libzip or libxml2 fail (usually out
/// of memory): a zip failure is `ErrorCategory.ioFailure`, an XML writer failure
/// `.internalFailure`. Match on `code`; the message is made in `reason`.
public struct DocxWriteError: TabConvError, Equatable {
  /// What went wrong, as a value other code can match on.
  public enum Code: Sendable, Equatable {
    /// libzip failed building the archive: the libzip call and libzip's message.
    case zip(call: String, message: String)
    /// libxml2's text writer failed on a call while writing a part.
    case xml(call: String)
  }

  /// What went wrong.
  public var code: Code
  /// Where: the zip part being written, when known.
  public var location: SourceLocation

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - code: What went wrong.
  ///   - location: The part being written.
  public init(_ code: Code, at location: SourceLocation) {
    self.code = code
    self.location = location
  }

  /// The reason in one line, lower case.
  public var reason: String {
    switch code {
    case .zip(let call, let message):
      return "cannot build the zip archive: \(call) failed: \(message)"
    case .xml(let call):
      return "cannot write the XML part: libxml2's \(call) failed"
    }
  }

  /// `.ioFailure` for libzip, `.internalFailure` for libxml2.
  public var category: ErrorCategory {
    switch code {
    case .zip: .ioFailure
    case .xml: .internalFailure
    }
  }
}
