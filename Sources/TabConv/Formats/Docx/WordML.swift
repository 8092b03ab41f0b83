/// The WordprocessingML vocabulary tabconv reads, declared once.
///
/// Elements and attributes are matched by namespace and local name, never by prefix: a file may
/// bind `w:` to any prefix, and ISO 29500 Strict files use the `http://purl.oclc.org/ooxml/...`
/// namespaces instead of the transitional `http://schemas.openxmlformats.org/...` ones
/// (ECMA-376 Part 1, §A.1; Strict, ISO/IEC 29500-1:2016 §A). Both spellings map to one namespace here.
enum WordNamespace: Int, CaseIterable {
  /// WordprocessingML main (`w:`).
  case main
  /// Office document relationships (`r:`).
  case relationships
  /// Markup compatibility (`mc:`).
  case markupCompatibility
  /// Package relationships (the `.rels` parts).
  case packageRelationships
  /// Office Math (`m:`): equations, whose `m:t` text is read as plain text.
  case math

  /// The URIs that mean this namespace: transitional first, then Strict.
  var uris: [String] {
    switch self {
    case .main:
      [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
      ]
    case .relationships:
      [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
      ]
    case .markupCompatibility:
      ["http://schemas.openxmlformats.org/markup-compatibility/2006"]
    case .packageRelationships:
      ["http://schemas.openxmlformats.org/package/2006/relationships"]
    case .math:
      [
        "http://schemas.openxmlformats.org/officeDocument/2006/math",
        "http://purl.oclc.org/ooxml/officeDocument/math",
      ]
    }
  }
}

/// An element or attribute name tabconv reacts to.
///
/// The raw value is the id the XML parser reports.
enum WordName: Int16, CaseIterable {
  // Body and paragraphs.
  case body, p, pPr, pStyle, outlineLvl, numPr, ilvl, numId, rPr, sectPr
  // Runs and run content.
  case r, t, tab, ptab, br, cr, noBreakHyphen, softHyphen, sym, delText, instrText, delInstrText, fldChar
  // Containers whose runs count.
  case hyperlink, smartTag, smartTagPr, customXml, customXmlPr, fldSimple, ins, del, moveFrom, moveTo
  case sdt, sdtPr, sdtEndPr, sdtContent, txbxContent
  // Tables.
  case tbl, tblGrid, gridCol, tr, trPr, tblHeader, gridBefore, gridAfter, tc, tcPr, gridSpan, vMerge, hMerge
  // Bookmarks, notes and comments.
  case bookmarkStart, footnoteReference, endnoteReference, commentRangeStart, commentReference
  // footnotes.xml, endnotes.xml, comments.xml.
  case footnotes, endnotes, comments, footnote, endnote, comment
  // Section properties: the header and footer parts a section uses.
  case headerReference, footerReference, sectPrChange
  // numbering.xml (`abstractNumId`, `numId` and `ilvl` also name attributes).
  case numbering, abstractNum, abstractNumId, num, lvl, start, numFmt, lvlText, suff, lvlRestart, isLgl, lvlOverride
  case startOverride, numStyleLink, styleLink, rFonts
  // styles.xml.
  case style, name, basedOn
  // Markup compatibility.
  case alternateContent, choice, fallback
  // Attributes in the main namespace.
  case val, id, type, fldCharType, char, font, styleId, author, ascii, hAnsi
  // The relationship id attribute (`r:id`) of header and footer references.
  case relationshipReference
  // Package relationships: the element and its unqualified attributes.
  case relationship, relationshipId, relationshipType, target, targetMode
  // Office Math text.
  case mathText

  /// The namespace (nil: no namespace) and local name.
  var qualifiedName: (namespace: WordNamespace?, local: String) {
    switch self {
    case .alternateContent: (.markupCompatibility, "AlternateContent")
    case .choice: (.markupCompatibility, "Choice")
    case .fallback: (.markupCompatibility, "Fallback")
    case .relationship: (.packageRelationships, "Relationship")
    case .relationshipId: (nil, "Id")
    case .relationshipType: (nil, "Type")
    case .target: (nil, "Target")
    case .targetMode: (nil, "TargetMode")
    case .mathText: (.math, "t")
    case .relationshipReference: (.relationships, "id")
    default: (.main, "\(self)")
    }
  }

  /// The vocabulary handed to the XML parser: namespaces by `WordNamespace` raw value, names by raw value.
  static let vocabulary = XMLVocabulary(
    namespaces: WordNamespace.allCases.map(\.uris),
    names: allCases.map { name in
      let qualified = name.qualifiedName
      return (qualified.namespace?.rawValue, qualified.local)
    }
  )

  /// The name an id from the parser stands for; nil for names outside the vocabulary.
  @inline(__always)
  init?(id: XMLNameID) {
    guard id >= 0 else { return nil }
    self.init(rawValue: id)
  }
}

/// Relationship types, matched on the part after the last `/` of either the transitional
/// (`http://schemas.openxmlformats.org/officeDocument/2006/relationships/...`) or the Strict
/// (`http://purl.oclc.org/ooxml/officeDocument/relationships/...`) base.
enum WordRelationshipType: String {
  case officeDocument, styles, numbering, footnotes, endnotes, comments, header, footer

  /// The known bases the type name follows.
  private static let bases = [
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/",
  ]

  /// The relationship type a `Type` attribute names, if it is one tabconv uses.
  init?(uri: String) {
    guard let base = Self.bases.first(where: { uri.hasPrefix($0) }) else { return nil }
    self.init(rawValue: String(uri.dropFirst(base.count)))
  }
}

/// WordprocessingML attribute values.
enum WordValue {
  /// An `ST_OnOff` value: absent means on; `0`, `false`, `off` mean off (ECMA-376 §17.17.4).
  static func isOn(_ value: String?) -> Bool {
    guard let value else { return true }
    return !(value == "0" || value == "false" || value == "off")
  }
}
