/// The list definitions of a written document and `word/numbering.xml`, which holds them.
///
/// The model keeps a list item's label as text (`listLabel`, at the start of `text`, followed by
/// its separator), not the list it counts in. So each distinct pair of label and separator gets
/// an abstract numbering of one level whose `w:lvlText` is the label itself, with no `%N`
/// placeholder, and `w:numFmt` `none` (ECMA-376 Part 1, §17.9.6, §17.9.11): the reader renders
/// such a level literally, whatever its counters say, so `一、` stays `一、` however many items
/// share it. The separator is `w:suff`: `\t` tab, ` ` space, anything else nothing. The paragraph
/// gets `w:numPr` and its text is written without the label and separator.
///
/// A label the reader would not give back literally is written as plain text, and the paragraph
/// reads back without `listLabel`: a label holding `%` followed by a digit 1–9 (a placeholder in
/// `w:lvlText`) or `&` (the reader's SAX parser hands `&amp;` in an attribute over as `&#38;`),
/// and a `text` that does not start with its `listLabel`.
struct DocxNumberingWriter {
  /// What follows a label (`w:suff`).
  enum Separator: String {
    case tab, space, nothing

    /// The text the reader puts after the label.
    var text: String {
      switch self {
      case .tab: "\t"
      case .space: " "
      case .nothing: ""
      }
    }
  }

  /// One list definition: a literal label and its separator.
  struct Definition: Hashable {
    var label: String
    var separator: Separator
  }

  /// How a list item is written: its `w:numId` and its text after the label and separator.
  struct Item: Equatable {
    var numId: Int
    var text: String
    /// The label and separator's length in Unicode scalars, which note offsets are measured past.
    var prefixLength: Int
  }

  /// The definitions in order of first use; definition `i` is abstract numbering `i`, instance `i + 1`.
  private(set) var definitions: [Definition] = []
  private var numIds: [Definition: Int] = [:]

  /// Whether the document has no list item to write, and so no numbering part.
  var isEmpty: Bool { definitions.isEmpty }

  /// Collects the labels of every paragraph of a document: body, cells, notes, headers, footers.
  init(for document: Document) {
    var definitions: [Definition] = []
    var numIds: [Definition: Int] = [:]
    document.forEachParagraph { paragraph in
      guard let (definition, _) = Self.split(paragraph), numIds[definition] == nil else { return }
      definitions.append(definition)
      numIds[definition] = definitions.count
    }
    self.definitions = definitions
    self.numIds = numIds
  }

  /// How a paragraph is written as a list item; nil for a paragraph written as plain text.
  func item(for paragraph: Paragraph) -> Item? {
    guard let (definition, rest) = Self.split(paragraph), let numId = numIds[definition] else { return nil }
    return Item(
      numId: numId, text: String(rest),
      prefixLength: paragraph.text.unicodeScalars.count - rest.count)
  }

  /// The paragraph's label definition and the text after label and separator, when the label can be written.
  private static func split(_ paragraph: Paragraph) -> (Definition, Substring.UnicodeScalarView)? {
    guard let label = paragraph.listLabel, isLiteral(label) else { return nil }
    let text = Substring(paragraph.text).unicodeScalars
    guard text.starts(with: label.unicodeScalars) else { return nil }
    let rest = text.dropFirst(label.unicodeScalars.count)
    // An empty label has no separator: the reader gives `""` for a level without text.
    guard !label.isEmpty else { return (Definition(label: "", separator: .nothing), rest) }
    switch rest.first {
    case "\t": return (Definition(label: label, separator: .tab), rest.dropFirst())
    case " ": return (Definition(label: label, separator: .space), rest.dropFirst())
    default: return (Definition(label: label, separator: .nothing), rest)
    }
  }

  /// Whether `w:lvlText` holding the label reads back as the label: no `%1`…`%9` placeholder
  /// (a `%` is literal before anything else, `%%` included, as `DocxListCounter` renders it) and no `&`.
  private static func isLiteral(_ label: String) -> Bool {
    var scalars = label.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      if scalar == "&" { return false }
      guard scalar == "%" else { continue }
      guard let next = scalars.next() else { return true }
      if ("1"..."9").contains(next) { return false }
      if next == "&" { return false }
    }
    return true
  }

  // MARK: - numbering.xml

  /// Writes `word/numbering.xml`: every abstract numbering, then every instance (ECMA-376 Part 1, §17.9.17).
  func write(to xml: XMLTextWriter) throws(XMLWriteFailure) {
    try xml.start("w:numbering")
    try xml.attribute("xmlns:w", WordNamespace.main.transitionalURI)
    for (index, definition) in definitions.enumerated() {
      try xml.start("w:abstractNum")
      try xml.attribute("w:abstractNumId", String(index))
      try xml.empty("w:multiLevelType", ["w:val": "singleLevel"])
      try xml.start("w:lvl")
      try xml.attribute("w:ilvl", "0")
      try xml.empty("w:start", ["w:val": "1"])
      try xml.empty("w:numFmt", ["w:val": "none"])
      try xml.empty("w:suff", ["w:val": definition.separator.rawValue])
      try xml.empty("w:lvlText", ["w:val": definition.label])
      try xml.empty("w:lvlJc", ["w:val": "left"])
      try xml.end()
      try xml.end()
    }
    for index in definitions.indices {
      try xml.start("w:num")
      try xml.attribute("w:numId", String(index + 1))
      try xml.empty("w:abstractNumId", ["w:val": String(index)])
      try xml.end()
    }
    try xml.end()
  }
}
