/// Turns the SAX events of a part into `DocxEvent`s in Word's vocabulary: the main document, a
/// header or footer (`w:hdr`, `w:ftr`), or the footnotes, endnotes or comments part, whose
/// `w:footnote`/`w:endnote`/`w:comment` children become notes.
///
/// Its state is an element stack plus one "skip from this depth" mark, not a set of flags:
/// - Property elements count only in their place (`w:pStyle` in `w:p/w:pPr`, `w:gridSpan` in
///   `w:tc/w:tcPr`, `w:gridCol` in `w:tbl/w:tblGrid`), so the old properties inside
///   `w:pPrChange`, `w:tcPrChange` or `w:tblGridChange` are never read as current ones.
/// - Section properties give only their header and footer references.
/// - Whole subtrees are skipped for run properties, old section properties, content-control
///   properties, field codes (`w:instrText`), the side of tracked changes not read, and every
///   `mc:AlternateContent` branch after the first one read (the first `mc:Choice`, else `mc:Fallback`).
/// - Every other element is transparent: runs inside `w:hyperlink`, `w:smartTag`, `w:customXml`,
///   `w:fldSimple`, `w:ins`/`w:moveTo`, and `w:sdt` at any level are read as if unwrapped.
/// - Complex fields (`w:fldChar` begin/separate/end) keep their shown result only.
struct WordDocumentScanner {
  private struct Frame {
    var name: WordName?
    /// For `mc:AlternateContent`: a branch has been read.
    var branchTaken = false
  }

  private var stack: [Frame] = []
  /// The stack depth of the element being skipped; `Int.max` when not skipping.
  private var skipDepth = Int.max
  /// Open complex fields: whether each is past its `separate` (showing its result).
  private var fields: [Bool] = []
  private let revisions: DocxReadOptions.Revisions
  /// Receives the events; read it back when the part is done.
  var sink: DocxDocumentBuilder

  /// Creates a scanner that reports to `sink`.
  init(revisions: DocxReadOptions.Revisions, sink: DocxDocumentBuilder) {
    self.revisions = revisions
    self.sink = sink
    stack.reserveCapacity(64)
  }

  @inline(__always)
  private func name(fromTop offset: Int) -> WordName? {
    stack.count > offset ? stack[stack.count - 1 - offset].name : nil
  }

  /// The `offset`-th enclosing element of the current one (1: its parent) that is not
  /// `mc:AlternateContent` or a branch of it, which Word puts around `w:sym` and drawings.
  private func enclosingName(_ offset: Int) -> WordName? {
    var remaining = offset
    var index = stack.count - 1
    while index > 0 {
      index -= 1
      switch stack[index].name {
      case .alternateContent, .choice, .fallback: continue
      case let name:
        remaining -= 1
        if remaining == 0 { return name }
      }
    }
    return nil
  }

  mutating func startElement(_ id: XMLNameID, attributes: XMLAttributes) {
    if stack.count >= skipDepth {
      stack.append(Frame(name: nil))
      return
    }
    let name = WordName(id: id)
    let parent = self.name(fromTop: 0)
    stack.append(Frame(name: name))
    if parent == .sectPr, name != .headerReference, name != .footerReference {
      skip()  // page size, columns, note settings: nothing of them is text
      return
    }
    guard let name else { return }
    switch name {
    case .p: sink.handle(.paragraphStart)
    case .tbl: sink.handle(.tableStart)
    case .tr: sink.handle(.rowStart)
    case .tc: sink.handle(.cellStart)
    case .txbxContent: sink.handle(.textBoxStart)
    case .bookmarkStart:
      if let bookmark = attributes.string(WordName.name.rawValue) { sink.handle(.bookmark(bookmark)) }
    case .rPr, .sectPrChange, .sdtPr, .sdtEndPr, .smartTagPr, .customXmlPr, .instrText, .delInstrText:
      skip()
    case .sectPr:
      sink.handle(.sectionStart)
    case .commentRangeStart:
      if let id = attributes.string(WordName.id.rawValue) { sink.handle(.commentRangeStart(id: id)) }
    case .footnote where parent == .footnotes, .endnote where parent == .endnotes, .comment where parent == .comments:
      note(name, attributes: attributes)
    case .del, .moveFrom, .ins, .moveTo:
      revisionMark(name, parent: parent)
    case .delText:
      if revisions == .accepted { skip() }
    case .choice, .fallback:
      let altIndex = stack.count - 2
      if altIndex >= 0, stack[altIndex].name == .alternateContent {
        if stack[altIndex].branchTaken { skip() } else { stack[altIndex].branchTaken = true }
      }
    default:
      property(name, parent: enclosingName(1), attributes: attributes)
    }
  }

  /// Elements that count only under a given parent (and grandparent).
  private mutating func property(_ name: WordName, parent: WordName?, attributes: XMLAttributes) {
    let grandparent = enclosingName(2)
    switch (name, parent) {
    case (.pStyle, .pPr) where grandparent == .p:
      if let style = attributes.string(WordName.val.rawValue) { sink.handle(.paragraphStyle(style)) }
    case (.outlineLvl, .pPr) where grandparent == .p:
      if let level = attributes.integer(WordName.val.rawValue) { sink.handle(.paragraphOutlineLevel(level)) }
    case (.numId, .numPr) where grandparent == .pPr && enclosingName(3) == .p:
      if let numId = attributes.integer(WordName.val.rawValue) { sink.handle(.paragraphNumbering(numId: numId)) }
    case (.ilvl, .numPr) where grandparent == .pPr && enclosingName(3) == .p:
      if let level = attributes.integer(WordName.val.rawValue) { sink.handle(.paragraphNumberingLevel(level)) }
    case (.footnoteReference, .r), (.endnoteReference, .r):
      if let id = attributes.string(WordName.id.rawValue) {
        sink.handle(.noteReference(name == .footnoteReference ? .footnote : .endnote, id: id))
      }
    case (.commentReference, .r):
      if let id = attributes.string(WordName.id.rawValue) { sink.handle(.commentReference(id: id)) }
    case (.headerReference, .sectPr), (.footerReference, .sectPr):
      let type = attributes.string(WordName.type.rawValue).flatMap(PageFurniture.PageType.init(rawValue:)) ?? .default
      if let id = attributes.string(WordName.relationshipReference.rawValue) {
        sink.handle(.pageFurnitureReference(name == .headerReference ? .header : .footer, type, relationshipId: id))
      }
    case (.gridCol, .tblGrid) where grandparent == .tbl:
      sink.handle(.gridColumn)
    case (.tblHeader, .trPr) where grandparent == .tr:
      if WordValue.isOn(attributes.string(WordName.val.rawValue)) { sink.handle(.rowHeader) }
    case (.gridBefore, .trPr) where grandparent == .tr:
      sink.handle(.rowGridBefore(attributes.integer(WordName.val.rawValue) ?? 0))
    case (.gridAfter, .trPr) where grandparent == .tr:
      sink.handle(.rowGridAfter(attributes.integer(WordName.val.rawValue) ?? 0))
    case (.gridSpan, .tcPr) where grandparent == .tc:
      sink.handle(.cellGridSpan(attributes.integer(WordName.val.rawValue) ?? 1))
    case (.vMerge, .tcPr) where grandparent == .tc:
      sink.handle(.cellVerticalMerge(restart: attributes.string(WordName.val.rawValue) == "restart"))
    case (.hMerge, .tcPr) where grandparent == .tc:
      sink.handle(.cellHorizontalMerge(restart: attributes.string(WordName.val.rawValue) == "restart"))
    case (.tab, .r), (.ptab, .r):
      emitText("\t")
    case (.br, .r), (.cr, .r):
      emitText("\n")
    case (.noBreakHyphen, .r):
      emitText("\u{2011}")
    case (.sym, .r):
      symbol(attributes)
    case (.fldChar, .r):
      field(attributes.string(WordName.fldCharType.rawValue))
    default:
      break
    }
  }

  /// A footnote, endnote or comment of a notes part; Word's separator footnotes are skipped.
  private mutating func note(_ name: WordName, attributes: XMLAttributes) {
    switch attributes.string(WordName.type.rawValue) {
    case nil, "normal":
      let kind: Note.Kind = name == .footnote ? .footnote : name == .endnote ? .endnote : .comment
      let id = attributes.string(WordName.id.rawValue) ?? ""
      let author = kind == .comment ? attributes.string(WordName.author.rawValue) : nil
      sink.handle(.noteStart(kind, id: id, author: author))
    default:
      skip()  // separator, continuationSeparator, continuationNotice
    }
  }

  /// `w:ins`/`w:del`/`w:moveFrom`/`w:moveTo` around runs: keep or skip their content;
  /// in `w:trPr` they mark the row itself.
  private mutating func revisionMark(_ name: WordName, parent: WordName?) {
    let deleted = name == .del || name == .moveFrom
    if parent == .trPr {
      if self.name(fromTop: 2) == .tr { sink.handle(.rowRevision(deleted: deleted)) }
      return
    }
    switch revisions {
    case .accepted where deleted, .original where !deleted: skip()
    default: break
    }
  }

  private mutating func field(_ type: String?) {
    switch type {
    case "begin":
      if fields.count < 64 { fields.append(false) }
    case "separate":
      if !fields.isEmpty { fields[fields.count - 1] = true }
    case "end":
      _ = fields.popLast()
    default:
      break
    }
  }

  private mutating func symbol(_ attributes: XMLAttributes) {
    let font = attributes.string(WordName.font.rawValue)
    let code = attributes.string(WordName.char.rawValue)
    if let scalar = WordSymbol.scalar(char: code, font: font) {
      emitText(scalar)
    } else {
      let described = code.map { "U+\($0.uppercased())" } ?? "without w:char"
      sink.handle(
        .warning(.contentSkipped, "w:sym \(described) of font \(font ?? "(none)") has no Unicode equivalent; dropped"))
    }
  }

  /// Whether run text is shown here: not inside a field's instruction part.
  @inline(__always)
  private var showsText: Bool { fields.last ?? true }

  private mutating func emitText(_ scalar: Unicode.Scalar) {
    if showsText { sink.handle(.character(scalar)) }
  }

  private mutating func skip() {
    skipDepth = stack.count
  }

  mutating func endElement(_ id: XMLNameID) {
    let frame = stack.removeLast()
    if stack.count >= skipDepth { return }
    if stack.count + 1 == skipDepth {
      skipDepth = Int.max
      return
    }
    switch frame.name {
    case .p: sink.handle(.paragraphEnd)
    case .tbl: sink.handle(.tableEnd)
    case .tr: sink.handle(.rowEnd)
    case .tc: sink.handle(.cellEnd)
    case .txbxContent: sink.handle(.textBoxEnd)
    case .footnote, .endnote, .comment:
      switch stack.last?.name {
      case .footnotes, .endnotes, .comments: sink.handle(.noteEnd)
      default: break
      }
    default: break
    }
  }

  mutating func characters(_ text: UnsafeBufferPointer<UInt8>) {
    guard stack.count < skipDepth, let top = stack.last?.name, top == .t || top == .delText || top == .mathText,
      showsText
    else { return }
    sink.handle(.text(text))
  }
}

/// Feeds the parser's events to a `WordDocumentScanner`: one exclusive access per event, and
/// the scanner's own state is a plain struct mutated in place.
final class WordDocumentHandler: XMLContentHandler {
  var scanner: WordDocumentScanner

  init(_ scanner: WordDocumentScanner) {
    self.scanner = scanner
  }

  override var locator: XMLLocator? {
    didSet { scanner.sink.locator = locator }
  }

  override func startElement(_ name: XMLNameID, attributes: XMLAttributes) {
    scanner.startElement(name, attributes: attributes)
  }

  override func endElement(_ name: XMLNameID) {
    scanner.endElement(name)
  }

  override func characters(_ text: UnsafeBufferPointer<UInt8>) {
    scanner.characters(text)
  }
}
