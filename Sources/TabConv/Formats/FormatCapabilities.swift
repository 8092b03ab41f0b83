/// What a format can hold.
///
/// The loss report compares a document against these.
public struct FormatCapabilities: OptionSet, Sendable, Hashable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// Paragraphs outside tables.
  public static let paragraphs = FormatCapabilities(rawValue: 1 << 0)
  /// More than one table in one output.
  public static let multipleTables = FormatCapabilities(rawValue: 1 << 1)
  /// Merged cells as spans (not just repeated or blank text).
  public static let spans = FormatCapabilities(rawValue: 1 << 2)
  /// Tables inside table cells.
  public static let nestedTables = FormatCapabilities(rawValue: 1 << 3)
  /// Bookmarks.
  public static let anchors = FormatCapabilities(rawValue: 1 << 4)
  /// Heading levels and style names.
  public static let styles = FormatCapabilities(rawValue: 1 << 5)
  /// Source information and warnings.
  public static let metadata = FormatCapabilities(rawValue: 1 << 6)
  /// Whether each span was declared or inferred.
  public static let spanSources = FormatCapabilities(rawValue: 1 << 7)
  /// Spans inferred when reading this format: written back, they are inferred again the same
  /// way (Tika text), so they are not lost even though the format records no merges.
  public static let ownInferredSpans = FormatCapabilities(rawValue: 1 << 8)
  /// Footnotes, endnotes and comments, and where each is referred to.
  public static let notes = FormatCapabilities(rawValue: 1 << 9)
  /// Headers and footers of every section.
  public static let pageFurniture = FormatCapabilities(rawValue: 1 << 10)
  /// Headers and footers of the last section only (Tika text prints no others); implied by
  /// `pageFurniture`.
  public static let lastSectionPageFurniture = FormatCapabilities(rawValue: 1 << 11)

  /// Everything the model holds.
  public static let everything: FormatCapabilities = [
    .paragraphs, .multipleTables, .spans, .nestedTables, .anchors, .styles, .metadata, .spanSources, .ownInferredSpans,
    .notes, .pageFurniture, .lastSectionPageFurniture,
  ]
}
