/// A header or footer of a document section: shown on every page, kept apart from the body.
///
/// Flat outputs (CSV, TSV, `Document.flatTables`) leave page furniture out unless asked for it.
public struct PageFurniture: Sendable, Equatable {
  /// Header or footer.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// Printed at the top of the page.
    case header
    /// Printed at the bottom of the page.
    case footer
  }

  /// Which pages of its section the piece is printed on.
  public enum PageType: String, Sendable, Equatable, CaseIterable {
    /// Every page not covered by `first` or `even` (Word's `default`).
    case `default`
    /// The section's first page.
    case first
    /// Even pages.
    case even
  }

  /// Header or footer.
  public var kind: Kind
  /// Which pages it is printed on.
  public var type: PageType
  /// The 1-based number of the document section it belongs to.
  public var section: Int
  /// Its paragraphs and tables.
  public var blocks: [Block]

  /// Creates a header or footer.
  ///
  /// - Parameters:
  ///   - kind: Header or footer.
  ///   - type: Which pages it is printed on.
  ///   - section: The 1-based section number.
  ///   - blocks: Its content.
  public init(kind: Kind, type: PageType = .default, section: Int = 1, blocks: [Block]) {
    self.kind = kind
    self.type = type
    self.section = section
    self.blocks = blocks
  }
}
