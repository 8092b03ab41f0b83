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
}

/// The parts of a written package, each with its path, content type and how it is reached.
enum WordPart: CaseIterable {
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

  /// The part's name inside the zip, without a leading slash.
  var path: String {
    switch self {
    case .contentTypes: "[Content_Types].xml"
    case .packageRelationships: "_rels/.rels"
    case .document: "word/document.xml"
    case .documentRelationships: "word/_rels/document.xml.rels"
    case .styles: "word/styles.xml"
    case .settings: "word/settings.xml"
    }
  }

  /// The content type `[Content_Types].xml` declares for the part with an `Override`; nil for
  /// parts covered by a `Default` (the `.rels` parts) or for the content-types part itself.
  var overrideContentType: String? {
    switch self {
    case .document: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    case .styles: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
    case .settings: "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
    case .contentTypes, .packageRelationships, .documentRelationships: nil
    }
  }

  /// The relationship that reaches the part: its type URI and the target written in the
  /// relationships part (relative to the source part's folder, ECMA-376 Part 2, §9.3).
  var relationship: (type: String, target: String)? {
    let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    switch self {
    case .document: return (base + "officeDocument", path)
    case .styles: return (base + "styles", "styles.xml")
    case .settings: return (base + "settings", "settings.xml")
    case .contentTypes, .packageRelationships, .documentRelationships: return nil
    }
  }

  /// The parts in the order they are added to the zip: `[Content_Types].xml` first, as
  /// streaming consumers expect (ECMA-376 Part 2, Annex C recommends it), then the rest.
  static let writingOrder: [WordPart] = [
    .contentTypes, .packageRelationships, .document, .documentRelationships, .styles, .settings,
  ]

  /// The parts the main document part relates to.
  static let relatedToDocument: [WordPart] = [.styles, .settings]
}

/// Content types the `Default` entries of `[Content_Types].xml` give by file extension.
enum WordDefaultContentType {
  /// Relationships parts.
  static let relationships = (extension: "rels", type: "application/vnd.openxmlformats-package.relationships+xml")
  /// Any other XML part not overridden.
  static let xml = (extension: "xml", type: "application/xml")
}
