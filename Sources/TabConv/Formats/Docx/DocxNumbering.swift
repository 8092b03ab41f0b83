/// List definitions from `numbering.xml` (ECMA-376 Part 1, §17.9): abstract numberings and the
/// numbering instances (`w:num`) paragraphs refer to by `numId`.
///
/// Read: each level's `w:start`, `w:numFmt` (a Word 2010 `custom` format inside
/// `mc:AlternateContent` gives way to its fallback), `w:lvlText`, `w:suff`, `w:lvlRestart`,
/// `w:isLgl`, `w:pStyle` and the bullet font (`w:rPr/w:rFonts`); each instance's
/// `w:abstractNumId` and `w:lvlOverride` (`w:startOverride`, or a whole `w:lvl`); and
/// `w:numStyleLink`, which defers an abstract numbering to the one a numbering style names.
struct DocxNumbering {
  /// One list level as `w:lvl` defines it.
  struct Level: Equatable {
    /// `w:start`: the first number; 0 when absent (ECMA-376 §17.9.26).
    var start = 0
    /// `w:numFmt`: `decimal`, `chineseCounting`, `bullet` and so on.
    var format = "decimal"
    /// `w:lvlText`: the label with `%1`…`%9` standing for the levels' numbers; nil shows nothing.
    var text: String?
    /// `w:suff`: what follows the label: `tab` (the default), `space` or `nothing`.
    var suffix = "tab"
    /// `w:lvlRestart`: restart after this 1-based level is used (0: never); nil: after any higher level.
    var restartAfter: Int?
    /// `w:isLgl`: show every level's number in decimal.
    var isLegal = false
    /// `w:pStyle`: the paragraph style tied to this level.
    var style: String?
    /// The font of the label (`w:rPr/w:rFonts` ascii, else hAnsi), for bullet glyphs.
    var font: String?
  }

  /// An abstract numbering: its levels by `ilvl`.
  struct Abstract {
    var levels: [Int: Level] = [:]
    /// `w:numStyleLink`: the levels are those of the numbering this style names.
    var styleLink: String?
  }

  /// A numbering instance (`w:num`).
  struct Instance {
    var abstractId: Int
    /// `w:lvlOverride/w:startOverride` by level.
    var startOverrides: [Int: Int] = [:]
    /// `w:lvlOverride/w:lvl` by level: a level that replaces the abstract one for this instance.
    var levelOverrides: [Int: Level] = [:]
  }

  private(set) var abstracts: [Int: Abstract] = [:]
  private(set) var instances: [Int: Instance] = [:]

  /// Whether the document defines any list.
  var isEmpty: Bool { instances.isEmpty }

  /// The abstract numbering an instance uses, following `w:numStyleLink` through the styles.
  func abstractId(of numId: Int, styles: DocxStyles) -> Int? {
    guard var id = instances[numId]?.abstractId else { return nil }
    var seen = 0
    while let link = abstracts[id]?.styleLink, seen < 8,
      let linkedNum = styles.numbering(of: link).numId, let linked = instances[linkedNum]?.abstractId, linked != id
    {
      id = linked
      seen += 1
    }
    return id
  }

  /// The level definition an instance shows at `level`: its own override, else the abstract one.
  func level(_ level: Int, of numId: Int, abstractId: Int) -> Level? {
    instances[numId]?.levelOverrides[level] ?? abstracts[abstractId]?.levels[level]
  }

  /// The level of an abstract numbering tied to a paragraph style (`w:lvl/w:pStyle`).
  func level(tiedTo style: String, abstractId: Int) -> Int? {
    abstracts[abstractId]?.levels.first { $0.value.style == style }?.key
  }

  /// Reads `numbering.xml` through a package, if it has one.
  ///
  /// - Throws: `DocxError` for a malformed numbering part.
  static func read(from package: DocxPackage) throws(DocxError) -> DocxNumbering {
    guard let part = package.related[.numbering] else { return DocxNumbering() }
    let handler = NumberingHandler()
    try package.parse(part, with: handler)
    var result = DocxNumbering()
    result.abstracts = handler.abstracts
    result.instances = handler.instances
    return result
  }

  /// Collects `w:abstractNum` and `w:num` elements.
  private final class NumberingHandler: XMLContentHandler {
    var abstracts: [Int: Abstract] = [:]
    var instances: [Int: Instance] = [:]
    private var stack: [WordName?] = []
    private var abstractId: Int?
    private var abstract = Abstract()
    private var numId: Int?
    private var instance: Instance?
    private var overrideLevel: Int?
    private var levelIndex: Int?
    private var level = Level()

    override func startElement(_ id: XMLNameID, attributes: XMLAttributes) {
      let name = WordName(id: id)
      let parent = stack.last ?? nil
      stack.append(name)
      guard let name else { return }
      let value = { attributes.string(WordName.val.rawValue) }
      switch (name, parent) {
      case (.abstractNum, .numbering?) where stack.count == 2:
        abstractId = attributes.integer(WordName.abstractNumId.rawValue)
        abstract = Abstract()
      case (.numStyleLink, .abstractNum):
        abstract.styleLink = value()
      case (.num, _) where stack.count == 2:
        numId = attributes.integer(WordName.numId.rawValue)
        instance = nil
      case (.abstractNumId, .num):
        instance = attributes.integer(WordName.val.rawValue).map { Instance(abstractId: $0) }
      case (.lvlOverride, .num):
        overrideLevel = attributes.integer(WordName.ilvl.rawValue)
      case (.startOverride, .lvlOverride):
        if let overrideLevel, let start = attributes.integer(WordName.val.rawValue) {
          instance?.startOverrides[overrideLevel] = start
        }
      case (.lvl, .abstractNum), (.lvl, .lvlOverride):
        levelIndex = attributes.integer(WordName.ilvl.rawValue) ?? overrideLevel
        level = Level()
      case (.start, .lvl):
        level.start = attributes.integer(WordName.val.rawValue) ?? 0
      case (.numFmt, _) where stack.contains(.lvl):
        // Word 2010 writes `custom` in mc:Choice and a plain format in mc:Fallback: keep the plain one.
        if let format = value(), level.format == "decimal" || level.format == "custom" || parent == .fallback {
          level.format = format
        }
      case (.lvlText, .lvl):
        level.text = value()
      case (.suff, .lvl):
        level.suffix = value() ?? "tab"
      case (.lvlRestart, .lvl):
        level.restartAfter = attributes.integer(WordName.val.rawValue)
      case (.isLgl, .lvl):
        level.isLegal = WordValue.isOn(value())
      case (.pStyle, .pPr) where stack.dropLast(2).last == .lvl:
        level.style = value()
      case (.rFonts, .rPr) where stack.dropLast(2).last == .lvl:
        level.font = attributes.string(WordName.ascii.rawValue) ?? attributes.string(WordName.hAnsi.rawValue)
      default:
        break
      }
    }

    override func endElement(_ id: XMLNameID) {
      let name = stack.popLast() ?? nil
      let parent = stack.last ?? nil
      switch (name, parent) {
      case (.lvl?, .abstractNum?):
        if let levelIndex, abstract.levels[levelIndex] == nil { abstract.levels[levelIndex] = level }
      case (.lvl?, .lvlOverride?):
        if let levelIndex { instance?.levelOverrides[levelIndex] = level }
      case (.lvlOverride?, _):
        overrideLevel = nil
      case (.abstractNum?, _) where stack.count == 1:
        if let abstractId, abstracts[abstractId] == nil { abstracts[abstractId] = abstract }
      case (.num?, _) where stack.count == 1:
        if let numId, let instance, instances[numId] == nil { instances[numId] = instance }
      default:
        break
      }
    }
  }
}
