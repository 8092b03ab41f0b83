/// The package vocabulary the .docx writer emits, declared once: part paths, content types,
/// relationship types and the namespace URIs bound to the usual prefixes.
///
/// The writer always writes the transitional namespaces (ECMA-376 Part 1, §A.1), which every
/// client reads; the reader's `WordNamespace` lists them first.
extension WordNamespace {
  /// The transitional URI, the one the writer binds.
  var transitionalURI: String { uris[0] }
}

/// Namespaces the writer binds besides those of `WordNamespace`.
enum WordWritingNamespace {
  /// `[Content_Types].xml` (ECMA-376 Part 2, §10.1.2.2).
  static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
  /// WordprocessingML drawing (`wp:`): where a drawing sits in the text (ECMA-376 Part 1, §20.4).
  static let wordprocessingDrawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
  /// DrawingML main (`a:`).
  static let drawingML = "http://schemas.openxmlformats.org/drawingml/2006/main"
  /// Word 2010 shapes (`wps:`), whose `wps:txbx` holds a text box's `w:txbxContent` ([MS-ODRAWXML] §2.5).
  static let wordprocessingShape = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
}

/// The parts of a written package, each with its path, content type and how it is reached.
///
/// Which parts a package has depends on the document (`DocxPackagePlan`): the first six always,
/// the others only when the document has lists, notes of that kind, or headers and footers.
enum WordPart: Hashable {
  /// `[Content_Types].xml`: the first entry of the zip, mapping parts to content types.
  case contentTypes
  /// `_rels/.rels`: the package relationships, naming the main document part.
  case packageRelationships
  /// `word/document.xml`: the main document part.
  case document
  /// `word/_rels/document.xml.rels`: the main part's relationships.
  case documentRelationships
  /// `word/styles.xml`.
  case styles
  /// `word/settings.xml`.
  case settings
  /// `word/numbering.xml`: the list definitions behind list labels.
  case numbering
  /// `word/footnotes.xml`.
  case footnotes
  /// `word/endnotes.xml`.
  case endnotes
  /// `word/comments.xml`.
  case comments
  /// `word/headerN.xml` (N from 1).
  case header(Int)
  /// `word/footerN.xml` (N from 1).
  case footer(Int)

  /// The part's name inside the zip, without a leading slash.
  var path: String {
    switch self {
    case .contentTypes: "[Content_Types].xml"
    case .packageRelationships: "_rels/.rels"
    case .document: "word/document.xml"
    case .documentRelationships: "word/_rels/document.xml.rels"
    default: "word/" + (relationship?.target ?? "")
    }
  }

  /// The content type `[Content_Types].xml` declares for the part with an `Override`; nil for
  /// parts covered by a `Default` (the `.rels` parts) or for the content-types part itself.
  var overrideContentType: String? {
    let base = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    return switch self {
    case .document: base + "document.main+xml"
    case .styles: base + "styles+xml"
    case .settings: base + "settings+xml"
    case .numbering: base + "numbering+xml"
    case .footnotes: base + "footnotes+xml"
    case .endnotes: base + "endnotes+xml"
    case .comments: base + "comments+xml"
    case .header: base + "header+xml"
    case .footer: base + "footer+xml"
    case .contentTypes, .packageRelationships, .documentRelationships: nil
    }
  }

  /// The relationship that reaches the part: its type URI and the target written in the
  /// relationships part (relative to the source part's folder, ECMA-376 Part 2, §9.3).
  var relationship: (type: String, target: String)? {
    let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    return switch self {
    case .document: (base + "officeDocument", "word/document.xml")  // from the package root
    case .styles: (base + "styles", "styles.xml")
    case .settings: (base + "settings", "settings.xml")
    case .numbering: (base + "numbering", "numbering.xml")
    case .footnotes: (base + "footnotes", "footnotes.xml")
    case .endnotes: (base + "endnotes", "endnotes.xml")
    case .comments: (base + "comments", "comments.xml")
    case .header(let number): (base + "header", "header\(number).xml")
    case .footer(let number): (base + "footer", "footer\(number).xml")
    case .contentTypes, .packageRelationships, .documentRelationships: nil
    }
  }
}

/// Content types the `Default` entries of `[Content_Types].xml` give by file extension.
enum WordDefaultContentType {
  /// Relationships parts.
  static let relationships = (extension: "rels", type: "application/vnd.openxmlformats-package.relationships+xml")
  /// Any other XML part not overridden.
  static let xml = (extension: "xml", type: "application/xml")
}
