/// Which parts a document's package holds, how the main part reaches them, and which header and
/// footer parts each section refers to.
///
/// - Always: content types, package relationships, the main part, its relationships, styles,
///   settings. Then `numbering.xml` when a paragraph has a list label that can be written
///   (`DocxNumberingWriter`), `footnotes.xml`, `endnotes.xml` and `comments.xml` when the
///   document has notes of that kind, and one `headerN.xml` or `footerN.xml` per distinct list
///   of blocks among the headers (footers): pieces with equal blocks share a part, as sections
///   share them in Word, and the reader gives each reference the blocks of its part.
/// - Relationship ids of the main part are `rId1`, `rId2`, … in the order of `relatedToDocument`.
/// - Sections: the model numbers them but does not record where each ends. The body's final
///   `w:sectPr` is the last section; each earlier one is a continuous section break (no page break)
///   in the `w:pPr` of one of the first top-level paragraphs, so the reader, which counts
///   `w:sectPr` elements in document order, gives every reference its section number back.
struct DocxPackagePlan {
  /// A header or footer reference of a section (`w:headerReference`, `w:footerReference`).
  struct SectionReference: Equatable {
    var kind: PageFurniture.Kind
    var type: PageFurniture.PageType
    var relationshipId: String
  }

  /// The parts in the order they are added to the zip: `[Content_Types].xml` first, as
  /// streaming consumers expect (ECMA-376 Part 2, Annex C recommends it), then the rest.
  let parts: [WordPart]
  /// The parts the main document part relates to, `rId1` first.
  let relatedToDocument: [WordPart]
  /// The blocks of each header and footer part.
  let furnitureBlocks: [WordPart: [Block]]
  /// The references of each section, section 1 first; at least one section.
  let sections: [[SectionReference]]

  /// Plans the package of a document.
  ///
  /// - Parameters:
  ///   - document: The document.
  ///   - numbering: Its list definitions.
  init(_ document: Document, numbering: DocxNumberingWriter) {
    var related: [WordPart] = [.styles, .settings]
    if !numbering.isEmpty { related.append(.numbering) }
    let kinds = Set(document.notes.map(\.kind))
    if kinds.contains(.footnote) { related.append(.footnotes) }
    if kinds.contains(.endnote) { related.append(.endnotes) }
    if kinds.contains(.comment) { related.append(.comments) }

    var furnitureParts: [WordPart] = []
    var blocksOfPart: [WordPart: [Block]] = [:]
    var partOfPiece: [WordPart] = []
    var headers: [[Block]] = []
    var footers: [[Block]] = []
    for piece in document.pageFurniture {
      let part: WordPart
      switch piece.kind {
      case .header:
        if let index = headers.firstIndex(of: piece.blocks) {
          part = .header(index + 1)
        } else {
          headers.append(piece.blocks)
          part = .header(headers.count)
        }
      case .footer:
        if let index = footers.firstIndex(of: piece.blocks) {
          part = .footer(index + 1)
        } else {
          footers.append(piece.blocks)
          part = .footer(footers.count)
        }
      }
      if blocksOfPart[part] == nil {
        blocksOfPart[part] = piece.blocks
        furnitureParts.append(part)
      }
      partOfPiece.append(part)
    }
    related += furnitureParts.sorted { Self.furnitureOrder($0) < Self.furnitureOrder($1) }

    let relationshipIds = Dictionary(
      uniqueKeysWithValues: related.enumerated().map { ($0.element, "rId\($0.offset + 1)") })
    let sectionCount = max(document.pageFurniture.map(\.section).max() ?? 1, 1)
    var sections = [[SectionReference]](repeating: [], count: sectionCount)
    for (piece, part) in zip(document.pageFurniture, partOfPiece) {
      sections[max(piece.section, 1) - 1].append(
        SectionReference(kind: piece.kind, type: piece.type, relationshipId: relationshipIds[part] ?? ""))
    }

    relatedToDocument = related
    parts = [.contentTypes, .packageRelationships, .document, .documentRelationships] + related
    furnitureBlocks = blocksOfPart
    self.sections = sections
  }

  /// Whether any section has a header or footer for even pages, which Word shows only when the
  /// settings ask for different odd and even pages.
  var hasEvenPageFurniture: Bool { sections.contains { $0.contains { $0.type == .even } } }

  /// Headers before footers, each by number.
  private static func furnitureOrder(_ part: WordPart) -> (Int, Int) {
    switch part {
    case .header(let number): (0, number)
    case .footer(let number): (1, number)
    default: (2, 0)
    }
  }
}
