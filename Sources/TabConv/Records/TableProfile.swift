import Foundation

/// What tabconv knows about one family of tables: how to tell their title, header and
/// signature rows apart, and which fields hold values to parse.
///
/// Labels are matched with all white space removed (`可持续影响  指标` is `可持续影响指标`);
/// the original text is what records keep.
public struct TableProfile: Sendable {
  /// The profile's name, as `--profile` takes it.
  public var name: String
  /// Header texts; a row with at least `minimumHeaderMatches` of them is a header row.
  ///
  /// Empty: the generic rule (see `RecordExtractor`).
  public var headerVocabulary: Set<String>
  /// How many of a row's texts must be header words for it to be a header row.
  public var minimumHeaderMatches: Int
  /// Whether a row's only text is a form title (`附表3`, `…绩效目标表`).
  public var isTitle: @Sendable (String) -> Bool
  /// Whether a row's first text opens a signature block, which ends a section (`单位负责人签字：`).
  public var isSignature: @Sendable (String) -> Bool
  /// Fields whose values are parsed with `ValueParser.parse`.
  public var valueFields: Set<String>
  /// Fields that number themselves (`1、新增市场主体`), split with `ValueParser.numberedItem`.
  public var numberedFields: Set<String>

  /// Creates a profile.
  public init(
    name: String, headerVocabulary: Set<String>, minimumHeaderMatches: Int = 2,
    isTitle: @escaping @Sendable (String) -> Bool, isSignature: @escaping @Sendable (String) -> Bool,
    valueFields: Set<String> = [], numberedFields: Set<String> = []
  ) {
    self.name = name
    self.headerVocabulary = headerVocabulary
    self.minimumHeaderMatches = minimumHeaderMatches
    self.isTitle = isTitle
    self.isSignature = isSignature
    self.valueFields = valueFields
    self.numberedFields = numberedFields
  }

  /// Any table: the header is the given row or the first row that is not a title row; a title
  /// row is one whose only text spans the whole row.
  public static let generic = TableProfile(
    name: "generic", headerVocabulary: [], isTitle: { _ in true }, isSignature: { _ in false })

  /// Budget performance-target annexes (绩效目标表): indicator tables with 一级/二级/三级指标.
  public static let performanceIndicators = TableProfile(
    name: "performance-indicators",
    headerVocabulary: [
      "一级指标", "二级指标", "三级指标", "指标值", "指标值及单位", "绩效指标描述", "指标值确定依据", "绩效标准", "指标内容",
      "指标名称", "指标值设定依据",
    ],
    isTitle: { text in
      let label = TableProfile.squeezed(text)
      return label.range(of: #"^附表[0-9一二三四五六七八九十]+"#, options: .regularExpression) != nil
        || label.hasSuffix("绩效目标表") || label.hasSuffix("目标申报表")
    },
    isSignature: { text in
      let label = TableProfile.squeezed(text)
      return ["单位负责人签字", "填表人", "联系电话", "单位负责人"].contains { label.hasPrefix($0) }
    },
    valueFields: ["指标值", "指标值及单位"],
    numberedFields: ["三级指标"]
  )

  /// The built-in profiles by name.
  public static let builtIn: [String: TableProfile] = [
    generic.name: generic, performanceIndicators.name: performanceIndicators,
  ]

  /// Text with all white space removed, for matching labels.
  public static func squeezed(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
  }
}
