/// A value read from a cell's text by a table profile.
public enum ParsedValue: Sendable, Equatable {
  /// A number with an optional comparator and unit: `≥4000户`, `100%`, `≤3万元`, `1个工作日`.
  case quantity(comparator: String?, value: Double, unit: String?)
  /// A period: `2023.01.01-2023.12.31`, as ISO 8601 dates.
  case dateRange(start: String, end: String)
  /// An item that numbers itself in its text: `1、新增市场主体`.
  case numberedItem(number: Int, text: String)
  /// A qualitative target kept as text: `持续改善`, `较上一年度提升`.
  case text(String)
}
