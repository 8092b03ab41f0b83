/// Counts list items in document order and makes each one's label as Word shows it.
///
/// Counters belong to the abstract numbering, so instances (`w:num`) that share one continue
/// each other's count, as Word does; an instance with a `w:startOverride` restarts the level it
/// overrides the first time it is used (Word's "Restart at 1" makes such an instance). Using a
/// level restarts the deeper levels, unless their `w:lvlRestart` says otherwise.
struct DocxListCounter {
  /// A paragraph's label and the separator Word puts after it.
  struct Label: Equatable {
    var label: String
    var suffix: String
  }

  private let numbering: DocxNumbering
  private let styles: DocxStyles
  /// Per abstract numbering: each level's current number, nil when the level (re)starts.
  private var counters: [Int: [Int?]] = [:]
  /// Per abstract numbering: the start values instances have overridden.
  private var starts: [Int: [Int: Int]] = [:]
  /// Instances already used (their start overrides have been applied).
  private var usedInstances: Set<Int> = []

  init(numbering: DocxNumbering, styles: DocxStyles) {
    self.numbering = numbering
    self.styles = styles
  }

  /// The label of the next paragraph, counting it; nil when the paragraph is no list item.
  ///
  /// - Parameters:
  ///   - numId: The paragraph's own `w:numPr/w:numId`, if any.
  ///   - level: The paragraph's own `w:numPr/w:ilvl`, if any.
  ///   - styleId: The paragraph's style, whose numbering applies when the paragraph sets none.
  mutating func label(numId ownNumId: Int?, level ownLevel: Int?, styleId: String?) -> Label? {
    guard !numbering.isEmpty else { return nil }
    let fromStyle: (numId: Int?, level: Int?) = styleId.map { styles.numbering(of: $0) } ?? (nil, nil)
    guard let numId = ownNumId ?? fromStyle.numId, numId != 0,
      let abstractId = numbering.abstractId(of: numId, styles: styles)
    else { return nil }
    var level =
      ownLevel ?? fromStyle.level ?? styleId.flatMap { numbering.level(tiedTo: $0, abstractId: abstractId) } ?? 0
    level = max(0, min(level, 8))
    guard let definition = numbering.level(level, of: numId, abstractId: abstractId) else { return nil }
    count(level: level, numId: numId, abstractId: abstractId)
    guard let text = definition.text else { return Label(label: "", suffix: "") }
    let label = render(text, at: definition, numId: numId, abstractId: abstractId)
    let suffix =
      switch definition.suffix {
      case "space": " "
      case "nothing": ""
      default: "\t"
      }
    return Label(label: label, suffix: label.isEmpty ? "" : suffix)
  }

  private func start(_ level: Int, numId: Int, abstractId: Int) -> Int {
    starts[abstractId]?[level] ?? numbering.level(level, of: numId, abstractId: abstractId)?.start ?? 0
  }

  private mutating func count(level: Int, numId: Int, abstractId: Int) {
    var levels = counters[abstractId] ?? Array(repeating: nil, count: 9)
    if !usedInstances.contains(numId) {
      usedInstances.insert(numId)
      for (overridden, value) in numbering.instances[numId]?.startOverrides ?? [:] where (0..<9).contains(overridden) {
        starts[abstractId, default: [:]][overridden] = value
        levels[overridden] = nil
      }
    }
    levels[level] = levels[level].map { $0 + 1 } ?? start(level, numId: numId, abstractId: abstractId)
    for deeper in (level + 1)..<9 {
      let restartAfter = numbering.level(deeper, of: numId, abstractId: abstractId)?.restartAfter
      switch restartAfter {
      case nil: levels[deeper] = nil
      case let after? where after > 0 && level < after: levels[deeper] = nil
      default: break
      }
    }
    counters[abstractId] = levels
  }

  /// `w:lvlText` with each `%n` replaced by level n's number in that level's format.
  private func render(_ text: String, at definition: DocxNumbering.Level, numId: Int, abstractId: Int) -> String {
    let levels = counters[abstractId] ?? []
    var result = ""
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard scalar == "%" else {
        result.unicodeScalars.append(scalar)
        continue
      }
      guard let digit = scalars.next() else {
        result += "%"
        break
      }
      guard let n = Int(String(digit)), (1...9).contains(n) else {
        result.unicodeScalars.append(scalar)
        result.unicodeScalars.append(digit)
        continue
      }
      let shown = numbering.level(n - 1, of: numId, abstractId: abstractId)
      let value = (n - 1 < levels.count ? levels[n - 1] : nil) ?? start(n - 1, numId: numId, abstractId: abstractId)
      let format = definition.isLegal && shown?.format != "bullet" ? "decimal" : (shown?.format ?? "decimal")
      result += WordNumberFormat.text(of: value, format: format)
    }
    if definition.format == "bullet" {
      return WordNumberFormat.bullet(result, font: definition.font)
    }
    return result
  }
}
