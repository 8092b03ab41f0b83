/// The styles of a written document and `word/styles.xml`, which defines them.
///
/// Always defined: the document defaults (Calibri for Latin text, SimSun for East Asian text,
/// language zh-CN for East Asian text, so Chinese renders in Word and LibreOffice), `Normal`,
/// `heading 1`–`heading 9` (ids `Heading1`–`Heading9`, each with `w:outlineLvl` N−1, bold, sized
/// down by level), the character styles of note marks (`FootnoteReference`, `EndnoteReference`,
/// `CommentReference`; the reader reads paragraph styles only), the table defaults and the bordered table style `Table Grid` (id `TableGrid`)
/// every table uses. Every other style name the document's paragraphs carry becomes a paragraph
/// style of that name based on `Normal` (paragraphs of notes, headers and footers included), with an id made from the name's ASCII letters and digits.
///
/// The reader gives a paragraph the name of its style and a heading level from that name
/// (`heading N`, any case) or from `w:outlineLvl`; `headingLevel(ofStyleNamed:)` tells the body
/// writer which level a name already gives, so it adds a paragraph `w:outlineLvl` only where the
/// paragraph's level differs.
struct DocxStyleSheet {
  /// The id of the default paragraph style.
  static let normalId = "Normal"
  /// The id of the table style every written table uses.
  static let tableGridId = "TableGrid"
  private static let tableNormalId = "TableNormal"

  /// The character styles of note reference marks, by id (Word's built-in ids and names).
  enum CharacterStyle: String, CaseIterable {
    case footnoteReference = "FootnoteReference"
    case endnoteReference = "EndnoteReference"
    case commentReference = "CommentReference"

    /// Word's built-in name of the style.
    var name: String {
      switch self {
      case .footnoteReference: "footnote reference"
      case .endnoteReference: "endnote reference"
      case .commentReference: "annotation reference"
      }
    }
  }

  /// Paragraph styles beyond the built-in ones, in order of first use: (id, name).
  private(set) var customStyles: [(id: String, name: String)] = []
  private var idsByName: [String: String] = [:]

  /// Collects the style names of every paragraph of a document: in cells and nested tables, notes,
  /// headers and footers too.
  init(for document: Document) {
    var taken: Set<String> = [Self.normalId, Self.tableGridId, Self.tableNormalId]
    for level in 1...9 { taken.insert(Self.headingId(level)) }
    for characterStyle in CharacterStyle.allCases { taken.insert(characterStyle.rawValue) }
    var names: [String] = []
    var seen: Set<String> = []
    document.forEachParagraph { paragraph in
      if let style = paragraph.style, seen.insert(style).inserted { names.append(style) }
    }
    for name in names {
      if let id = Self.builtInId(name) {
        idsByName[name] = id
        continue
      }
      let stem = String(String.UnicodeScalarView(name.unicodeScalars.filter(Self.isIdCharacter)))
      var id = stem.isEmpty ? "Style" : stem
      var suffix = 2
      while taken.contains(id) {
        id = (stem.isEmpty ? "Style" : stem) + String(suffix)
        suffix += 1
      }
      taken.insert(id)
      idsByName[name] = id
      customStyles.append((id, name))
    }
  }

  /// The style id written for a style name.
  func id(ofStyleNamed name: String) -> String {
    idsByName[name] ?? Self.normalId
  }

  /// The heading level the reader derives from a style of this name (nil: none).
  static func headingLevel(ofStyleNamed name: String) -> Int? {
    DocxStyles.headingLevel(named: name)
  }

  /// The id of the built-in heading style of a level (1–9).
  static func headingId(_ level: Int) -> String { "Heading\(level)" }

  /// The font size of a heading level in half-points (Word's `w:sz`), as Chinese Word's defaults.
  static func headingSize(_ level: Int) -> Int {
    switch level {
    case 1: 44
    case 2, 3: 32
    case 4, 5: 28
    default: 24
    }
  }

  /// ASCII letters and digits, what Word's own style ids are made of.
  private static func isIdCharacter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
  }

  private static func builtInId(_ name: String) -> String? {
    if name == "Normal" { return normalId }
    if name.hasPrefix("heading "), let level = Int(name.dropFirst(8)), (1...9).contains(level) {
      return headingId(level)
    }
    return nil
  }

  // MARK: - styles.xml

  /// Writes `word/styles.xml`.
  func write(to xml: XMLTextWriter) throws(XMLWriteFailure) {
    try xml.start("w:styles")
    try xml.attribute("xmlns:w", WordNamespace.main.transitionalURI)
    try writeDefaults(xml)
    try xml.start("w:style")
    try xml.attribute("w:type", "paragraph")
    try xml.attribute("w:default", "1")
    try xml.attribute("w:styleId", Self.normalId)
    try xml.empty("w:name", ["w:val": "Normal"])
    try xml.empty("w:qFormat")
    try xml.end()
    for level in 1...9 { try writeHeading(level, xml) }
    for style in customStyles {
      try xml.start("w:style")
      try xml.attribute("w:type", "paragraph")
      try xml.attribute("w:styleId", style.id)
      try xml.empty("w:name", ["w:val": style.name])
      try xml.empty("w:basedOn", ["w:val": Self.normalId])
      try xml.empty("w:qFormat")
      try xml.end()
    }
    for style in CharacterStyle.allCases { try writeCharacterStyle(style, xml) }
    try writeTableStyles(xml)
    try xml.end()
  }

  /// A note mark's style: footnote and endnote marks superscript, comment marks 8-point.
  private func writeCharacterStyle(_ style: CharacterStyle, _ xml: XMLTextWriter) throws(XMLWriteFailure) {
    try xml.start("w:style")
    try xml.attribute("w:type", "character")
    try xml.attribute("w:styleId", style.rawValue)
    try xml.empty("w:name", ["w:val": style.name])
    try xml.empty("w:uiPriority", ["w:val": "99"])
    try xml.empty("w:unhideWhenUsed")
    try xml.start("w:rPr")
    switch style {
    case .footnoteReference, .endnoteReference:
      try xml.empty("w:vertAlign", ["w:val": "superscript"])
    case .commentReference:
      try xml.empty("w:sz", ["w:val": "16"])
      try xml.empty("w:szCs", ["w:val": "16"])
    }
    try xml.end()
    try xml.end()
  }

  private func writeDefaults(_ xml: XMLTextWriter) throws(XMLWriteFailure) {
    try xml.start("w:docDefaults")
    try xml.start("w:rPrDefault")
    try xml.start("w:rPr")
    try xml.empty(
      "w:rFonts", ["w:ascii": "Calibri", "w:eastAsia": "SimSun", "w:hAnsi": "Calibri", "w:cs": "Times New Roman"])
    try xml.empty("w:sz", ["w:val": "21"])
    try xml.empty("w:szCs", ["w:val": "21"])
    try xml.empty("w:lang", ["w:val": "en-US", "w:eastAsia": "zh-CN", "w:bidi": "ar-SA"])
    try xml.end()
    try xml.end()
    try xml.start("w:pPrDefault")
    try xml.start("w:pPr")
    try xml.empty("w:spacing", ["w:after": "0", "w:line": "240", "w:lineRule": "auto"])
    try xml.end()
    try xml.end()
    try xml.end()
  }

  private func writeHeading(_ level: Int, _ xml: XMLTextWriter) throws(XMLWriteFailure) {
    let size = String(Self.headingSize(level))
    try xml.start("w:style")
    try xml.attribute("w:type", "paragraph")
    try xml.attribute("w:styleId", Self.headingId(level))
    try xml.empty("w:name", ["w:val": "heading \(level)"])
    try xml.empty("w:basedOn", ["w:val": Self.normalId])
    try xml.empty("w:next", ["w:val": Self.normalId])
    try xml.empty("w:uiPriority", ["w:val": "9"])
    try xml.empty("w:qFormat")
    try xml.start("w:pPr")
    try xml.empty("w:keepNext")
    try xml.empty("w:keepLines")
    try xml.empty("w:spacing", ["w:before": "240", "w:after": "120"])
    try xml.empty("w:outlineLvl", ["w:val": String(level - 1)])
    try xml.end()
    try xml.start("w:rPr")
    try xml.empty("w:b")
    try xml.empty("w:bCs")
    try xml.empty("w:sz", ["w:val": size])
    try xml.empty("w:szCs", ["w:val": size])
    try xml.end()
    try xml.end()
  }

  private func writeTableStyles(_ xml: XMLTextWriter) throws(XMLWriteFailure) {
    try xml.start("w:style")
    try xml.attribute("w:type", "table")
    try xml.attribute("w:default", "1")
    try xml.attribute("w:styleId", Self.tableNormalId)
    try xml.empty("w:name", ["w:val": "Normal Table"])
    try xml.empty("w:uiPriority", ["w:val": "99"])
    try xml.empty("w:semiHidden")
    try xml.empty("w:unhideWhenUsed")
    try xml.start("w:tblPr")
    try xml.empty("w:tblInd", ["w:w": "0", "w:type": "dxa"])
    try xml.start("w:tblCellMar")
    try xml.empty("w:top", ["w:w": "0", "w:type": "dxa"])
    try xml.empty("w:left", ["w:w": "108", "w:type": "dxa"])
    try xml.empty("w:bottom", ["w:w": "0", "w:type": "dxa"])
    try xml.empty("w:right", ["w:w": "108", "w:type": "dxa"])
    try xml.end()
    try xml.end()
    try xml.end()

    try xml.start("w:style")
    try xml.attribute("w:type", "table")
    try xml.attribute("w:styleId", Self.tableGridId)
    try xml.empty("w:name", ["w:val": "Table Grid"])
    try xml.empty("w:basedOn", ["w:val": Self.tableNormalId])
    try xml.empty("w:uiPriority", ["w:val": "59"])
    try xml.start("w:tblPr")
    try xml.start("w:tblBorders")
    for edge in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
      try xml.empty(edge, ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "auto"])
    }
    try xml.end()
    try xml.end()
    try xml.end()
  }
}
