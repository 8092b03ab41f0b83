/// A .docx input that cannot be read: the reason and the place (file, zip part, XML line and column).
///
/// Every case is bad input (`ErrorCategory.badInput`) except a file that cannot be opened
/// (`.cannotOpenInput`). Match on `code`; the message is made in `reason`, in one place.
public struct DocxError: TabConvError, Equatable {
  /// What went wrong, as a value other code can match on.
  public enum Code: Sendable, Equatable {
    /// The file could not be opened; the system's reason.
    case cannotOpen(String)
    /// The input is not a zip archive.
    case notZip
    /// The input is an OLE2 compound file: an encrypted Office file or a legacy Word 97–2003 .doc.
    case oleCompoundFile
    /// libzip could not read the archive or an entry; its message.
    case unreadableZip(String)
    /// `_rels/.rels` names no main document part, or the part it names is missing.
    case missingMainDocument(String?)
    /// An entry declares or inflates to more bytes than allowed.
    case partTooLarge(size: UInt64, limit: UInt64, declared: Bool)
    /// An entry inflates to more than the allowed multiple of its compressed size.
    case compressionRatioTooHigh(ratio: UInt64, limit: UInt64)
    /// An entry name climbs out of the archive (a `..` segment or a leading `/`).
    case unsafePartName(String)
    /// A part is encrypted (a zip password).
    case encryptedPart
    /// Tables nested in one another deeper than the limit.
    case tablesNestedTooDeep(limit: Int)
    /// A part is not well-formed XML; libxml2's message.
    case malformedXML(String)
    /// A part refers to an entity that is not declared.
    case undefinedEntity(String)
    /// A part has a `<!DOCTYPE` declaration.
    case doctype
  }

  /// What went wrong.
  public var code: Code
  /// Where: the file, the zip part, and the XML line and column when known.
  public var location: SourceLocation

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - code: What went wrong.
  ///   - location: Where it was found.
  public init(_ code: Code, at location: SourceLocation) {
    self.code = code
    self.location = location
  }

  /// The reason in one line, lower case.
  public var reason: String {
    switch code {
    case .cannotOpen(let why):
      return "cannot open the file: \(why)"
    case .notZip:
      return "not a zip archive"
    case .oleCompoundFile:
      return "not a .docx but an OLE2 compound file: an encrypted (password-protected) Office file"
        + " or a legacy Word 97–2003 .doc; remove the password in Word, or convert it with"
        + " `soffice --headless --convert-to docx FILE`"
    case .unreadableZip(let message):
      return "cannot read the zip archive: \(message)"
    case .missingMainDocument(nil):
      return "no main document part: _rels/.rels names no officeDocument relationship"
    case .missingMainDocument(let part?):
      return "no main document part: _rels/.rels names \(part), which the archive does not hold"
    case .partTooLarge(let size, let limit, declared: true):
      return "zip entry declares \(size) bytes, more than the limit of \(limit)"
    case .partTooLarge(_, let limit, declared: false):
      return "zip entry inflates to more than the limit of \(limit) bytes"
    case .compressionRatioTooHigh(let ratio, let limit):
      return "zip entry inflates \(ratio) times its compressed size, more than the limit of \(limit) (a zip bomb?)"
    case .unsafePartName(let name):
      return
        "zip entry name \(name.jsonQuoted(limit: 80)) climbs out of the archive ('..' or a leading '/'); no .docx part"
        + " name does (ECMA-376 Part 2 §9.1.1.1)"
    case .tablesNestedTooDeep(let limit):
      return "tables nested more than \(limit) deep (a table in a cell of a table …); tabconv reads at most \(limit)"
    case .encryptedPart:
      return "zip entry is encrypted (password-protected); remove the password and save the file again"
    case .malformedXML(let message):
      return "malformed XML: \(message)"
    case .undefinedEntity(let name):
      return "undefined entity '\(name)'"
    case .doctype:
      return "DOCTYPE declarations are not allowed in a .docx part"
    }
  }

  /// `.cannotOpenInput` for a file that cannot be opened, `.badInput` otherwise.
  public var category: ErrorCategory {
    if case .cannotOpen = code { return .cannotOpenInput }
    return .badInput
  }
}
