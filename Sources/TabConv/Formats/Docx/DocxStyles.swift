/// Paragraph styles from `styles.xml`: each style's name, the heading level it gives and the list
/// it numbers its paragraphs with.
///
/// A style is a heading of level N when its name is `heading N` (Word's built-in names are
/// English whatever the UI language), when it sets `w:outlineLvl` N−1 (ECMA-376 §17.3.1.20;
/// level 9, body text, is no heading), or when it is based on such a style.
struct DocxStyles {
  private struct Style {
    var name: String?
    var basedOn: String?
    var outlineLevel: Int?
    var numId: Int?
    var numLevel: Int?
  }

  private var styles: [String: Style] = [:]

  /// The display name of a style id, or nil when the style is not defined.
  func name(of styleId: String) -> String? {
    styles[styleId]?.name
  }

  /// The heading level (1–9) of a style id, following `w:basedOn`.
  func headingLevel(of styleId: String) -> Int? {
    var current: String? = styleId
    var seen = 0
    while let id = current, let style = styles[id], seen < 32 {
      if let name = style.name, let level = Self.headingLevel(named: name) { return level }
      if let level = style.outlineLevel { return level < 9 ? level + 1 : nil }
      current = style.basedOn
      seen += 1
    }
    return nil
  }

  /// The list a style numbers its paragraphs with (`w:pPr/w:numPr`), following `w:basedOn`:
  /// the `numId` of the nearest style that sets one, and the `ilvl` of the nearest that sets one.
  func numbering(of styleId: String) -> (numId: Int?, level: Int?) {
    var numId: Int?
    var level: Int?
    var current: String? = styleId
    var seen = 0
    while let id = current, let style = styles[id], seen < 32, numId == nil || level == nil {
      if numId == nil { numId = style.numId }
      if level == nil { level = style.numLevel }
      current = style.basedOn
      seen += 1
    }
    return (numId, level)
  }

  /// 1–9 for `heading 1` … `heading 9` (any case), else nil.
  static func headingLevel(named name: String) -> Int? {
    let lower = name.lowercased()
    guard lower.hasPrefix("heading "), let level = Int(lower.dropFirst(8)), (1...9).contains(level) else { return nil }
    return level
  }

  /// Reads `styles.xml` through a package, if it has one.
  ///
  /// - Throws: `DocxError` for a malformed styles part.
  static func read(from package: DocxPackage) throws(DocxError) -> DocxStyles {
    guard let part = package.related[.styles] else { return DocxStyles() }
    let handler = StylesHandler()
    try package.parse(part, with: handler)
    var result = DocxStyles()
    result.styles = handler.styles
    return result
  }

  /// Collects `w:style` elements of type paragraph.
  private final class StylesHandler: XMLContentHandler {
    var styles: [String: Style] = [:]
    private var stack: [WordName?] = []
    private var currentId: String?
    private var current = Style()

    override func startElement(_ id: XMLNameID, attributes: XMLAttributes) {
      let name = WordName(id: id)
      let parent = stack.last ?? nil
      stack.append(name)
      switch name {
      case .style where stack.count == 2:
        let type = attributes.string(WordName.type.rawValue)
        currentId = (type == nil || type == "paragraph") ? attributes.string(WordName.styleId.rawValue) : nil
        current = Style()
      case .name where parent == .style:
        current.name = attributes.string(WordName.val.rawValue)
      case .basedOn where parent == .style:
        current.basedOn = attributes.string(WordName.val.rawValue)
      case .outlineLvl where parent == .pPr && stack.count == 4:
        current.outlineLevel = attributes.integer(WordName.val.rawValue)
      case .numId where parent == .numPr && stack.count == 5 && stack[2] == .pPr:
        current.numId = attributes.integer(WordName.val.rawValue)
      case .ilvl where parent == .numPr && stack.count == 5 && stack[2] == .pPr:
        current.numLevel = attributes.integer(WordName.val.rawValue)
      default:
        break
      }
    }

    override func endElement(_ id: XMLNameID) {
      if stack.count == 2, WordName(id: id) == .style, let currentId, styles[currentId] == nil {
        styles[currentId] = current
      }
      _ = stack.popLast()
    }
  }
}
