/// Writes tabconv's canonical JSON (`Schemas/tabconv-document.schema.json`).
///
/// Coverage: everything in the model; nothing is lost. Members appear in a fixed order and
/// optional members only when they differ from their default (`rowSpan`/`colSpan` 1, no anchors,
/// no notes, not a header row, not in a text box), so equal documents give equal bytes.
///
/// Layout: one block per line, one table row per line (cells inline), one note or header or
/// footer per line with its blocks inline (`DocumentJSONWriter+Notes.swift`), or all on one line
/// with `pretty: false`.
///
/// - Complexity: memory grows with the output.
public struct DocumentJSONWriter: Sendable {
  /// Whether to break lines between blocks and rows.
  public var pretty: Bool
  /// The generator string written at the top (tool name and version).
  public var generator: String?

  /// What this format can hold: everything.
  public static let capabilities = FormatCapabilities.everything

  /// Creates a writer.
  ///
  /// - Parameters:
  ///   - pretty: Break lines between blocks and rows.
  ///   - generator: The `generator` member, e.g. `tabconv 0.1.0`; nil leaves it out.
  public init(pretty: Bool = true, generator: String? = nil) {
    self.pretty = pretty
    self.generator = generator
  }

  /// The document as canonical JSON, UTF-8, ending in a newline.
  ///
  /// - Parameter document: The document to write.
  /// - Returns: The JSON bytes.
  public func write(_ document: Document) -> [UInt8] {
    var out = JSONOutput()
    writeHead(document, to: &out)
    for (index, block) in document.blocks.enumerated() { writeBodyBlock(block, at: index, to: &out) }
    writeRest(document, afterBlocks: document.blocks.count, to: &out)
    return out.bytes
  }

  /// Everything before the body's first block: the top-level members up to `"blocks": [`.
  func writeHead(_ document: Document, to out: inout JSONOutput) {
    var first = true
    out.raw("{")
    out.key("version", first: &first)
    out.number(Document.modelVersion)
    if let generator {
      out.key("generator", first: &first)
      out.string(generator)
    }
    if let source = document.source {
      out.key("source", first: &first)
      write(source, to: &out)
    }
    out.key("blocks", first: &first)
    out.raw("[")
  }

  /// One top-level block of the body, with the comma and line break before it.
  func writeBodyBlock(_ block: Block, at index: Int, to out: inout JSONOutput) {
    if index > 0 { out.raw(",") }
    if pretty { out.newline(indent: 2) }
    write(block, indent: 2, to: &out)
  }

  /// Everything after the body's last block: the end of `blocks`, then notes, page furniture and
  /// warnings, and the closing brace and newline.
  func writeRest(_ document: Document, afterBlocks count: Int, to out: inout JSONOutput) {
    // "version" and "blocks" came before, so every member here follows another.
    var first = false
    if pretty, count > 0 { out.newline(indent: 1) }
    out.raw("]")
    write(document.notes, first: &first, to: &out)
    write(document.pageFurniture, first: &first, to: &out)
    if !document.warnings.isEmpty {
      out.key("warnings", first: &first)
      out.raw("[")
      for (index, warning) in document.warnings.enumerated() {
        if index > 0 { out.raw(",") }
        if pretty { out.newline(indent: 2) }
        write(warning, to: &out)
      }
      if pretty { out.newline(indent: 1) }
      out.raw("]")
    }
    out.raw("}\n")
  }

  private func write(_ source: Source, to out: inout JSONOutput) {
    var first = true
    out.raw("{")
    out.key("format", first: &first)
    out.string(source.format.rawValue)
    if let file = source.file {
      out.key("file", first: &first)
      out.string(file)
    }
    if let sha256 = source.sha256 {
      out.key("sha256", first: &first)
      out.string(sha256)
    }
    if let layout = source.tikaLayout {
      out.key("tikaLayout", first: &first)
      out.string(layout.rawValue)
    }
    out.raw("}")
  }

  func write(_ block: Block, indent: Int, to out: inout JSONOutput) {
    var first = true
    out.raw("{")
    switch block {
    case .paragraph(let paragraph):
      out.key("type", first: &first)
      out.raw("\"paragraph\"")
      out.key("text", first: &first)
      out.string(paragraph.text)
      if let label = paragraph.listLabel {
        out.key("listLabel", first: &first)
        out.string(label)
      }
      if let level = paragraph.headingLevel {
        out.key("headingLevel", first: &first)
        out.number(level)
      }
      if let style = paragraph.style {
        out.key("style", first: &first)
        out.string(style)
      }
      write(paragraph.anchors, withParagraphIndex: false, first: &first, to: &out)
      write(paragraph.noteReferences, withParagraphIndex: false, first: &first, to: &out)
      if paragraph.inTextBox {
        out.key("textBox", first: &first)
        out.raw("true")
      }
    case .table(let table):
      out.key("type", first: &first)
      out.raw("\"table\"")
      out.key("columns", first: &first)
      out.number(table.columns)
      if table.inTextBox {
        out.key("textBox", first: &first)
        out.raw("true")
      }
      out.key("rows", first: &first)
      out.raw("[")
      for (index, row) in table.rows.enumerated() {
        if index > 0 { out.raw(",") }
        if pretty { out.newline(indent: indent + 1) }
        write(row, indent: indent + 1, to: &out)
      }
      if pretty, !table.rows.isEmpty { out.newline(indent: indent) }
      out.raw("]")
    }
    out.raw("}")
  }

  private func write(_ row: Row, indent: Int, to out: inout JSONOutput) {
    var first = true
    out.raw("{")
    out.key("cells", first: &first)
    out.raw("[")
    for (index, cell) in row.cells.enumerated() {
      if index > 0 { out.raw(", ") }
      write(cell, indent: indent, to: &out)
    }
    out.raw("]")
    if row.isHeader {
      out.key("header", first: &first)
      out.raw("true")
    }
    out.raw("}")
  }

  private func write(_ cell: Cell, indent: Int, to out: inout JSONOutput) {
    var first = true
    out.raw("{")
    out.key("text", first: &first)
    out.string(cell.text)
    if cell.rowSpan != 1 {
      out.key("rowSpan", first: &first)
      out.number(cell.rowSpan)
    }
    if cell.colSpan != 1 {
      out.key("colSpan", first: &first)
      out.number(cell.colSpan)
    }
    if let spanSource = cell.spanSource {
      out.key("spanSource", first: &first)
      out.string(spanSource.rawValue)
    }
    write(cell.anchors, withParagraphIndex: true, first: &first, to: &out)
    write(cell.noteReferences, withParagraphIndex: true, first: &first, to: &out)
    if let blocks = cell.blocks {
      out.key("blocks", first: &first)
      out.raw("[")
      for (index, block) in blocks.enumerated() {
        if index > 0 { out.raw(", ") }
        // Nested blocks stay on the cell's line: a nested table is rare and small.
        var inline = self
        inline.pretty = false
        inline.write(block, indent: indent, to: &out)
      }
      out.raw("]")
    }
    out.raw("}")
  }

  private func write(_ anchors: [Anchor], withParagraphIndex: Bool, first: inout Bool, to out: inout JSONOutput) {
    guard !anchors.isEmpty else { return }
    out.key("anchors", first: &first)
    out.raw("[")
    for (index, anchor) in anchors.enumerated() {
      if index > 0 { out.raw(", ") }
      var anchorFirst = true
      out.raw("{")
      out.key("name", first: &anchorFirst)
      out.string(anchor.name)
      if withParagraphIndex, anchor.paragraph != 0 {
        out.key("paragraph", first: &anchorFirst)
        out.number(anchor.paragraph)
      }
      out.raw("}")
    }
    out.raw("]")
  }

  private func write(_ warning: DocumentWarning, to out: inout JSONOutput) {
    var first = true
    out.raw("{")
    out.key("kind", first: &first)
    out.string(warning.kind.rawValue)
    out.key("message", first: &first)
    out.string(warning.message)
    let location = warning.location
    let members: [(StaticString, Int?)] = [
      ("line", location.line), ("column", location.column), ("block", location.block), ("row", location.row),
      ("cell", location.cell),
    ]
    let strings: [(StaticString, String?)] = [("part", location.part), ("pointer", location.pointer)]
    var placeFirst = true
    out.key("place", first: &first)
    out.raw("{")
    for (name, value) in strings {
      if let value {
        out.key(name, first: &placeFirst)
        out.string(value)
      }
    }
    for (name, value) in members {
      if let value {
        out.key(name, first: &placeFirst)
        out.number(value)
      }
    }
    out.raw("}}")
  }
}
