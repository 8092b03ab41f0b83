/// Text is clean: valid Unicode with no control characters but `\t` and `\n`, and no
/// bookmark markup left behind (`[bookmark: …]` must have become an anchor), in the body, the
/// notes and the headers and footers.
///
/// Most text is clean, so each text is first scanned byte by byte for anything that could be a
/// problem (a C0 or C1 control, DEL, or `[`); only then are its scalars looked at and its place built.
public struct TextCheck: DocumentCheck {
  public var name: String { "clean text" }

  public init() {}

  public func findings(inBodyBlock block: Block, at index: Int) -> [CheckFinding] {
    var findings: [CheckFinding] = []
    walk(block, at: .body(index), into: &findings)
    return findings
  }

  public func findings(outsideBody document: Document) -> (beforeBody: [CheckFinding], afterBody: [CheckFinding]) {
    var findings: [CheckFinding] = []
    for (blocks, pointer) in document.blockListsOutsideBody {
      for (index, block) in blocks.enumerated() { walk(block, at: .outside(pointer, index), into: &findings) }
    }
    return ([], findings)
  }

  private func walk(_ block: Block, at place: BlockPlace, into findings: inout [CheckFinding]) {
    let here = place.location
    switch block {
    case .paragraph(let paragraph):
      guard Self.mayBeUnclean(paragraph.text) else { return }
      var textPlace = here
      textPlace.pointer = (here.pointer ?? "") + "/text"
      inspect(paragraph.text, at: textPlace, into: &findings)
    case .table(let table):
      for (rowIndex, row) in table.rows.enumerated() {
        for (cellIndex, cell) in row.cells.enumerated() {
          let unclean = Self.mayBeUnclean(cell.text)
          guard unclean || cell.blocks != nil else { continue }
          let cellPlace = here.atCell(row: rowIndex, cell: cellIndex)
          if unclean {
            var textPlace = cellPlace
            textPlace.pointer = (cellPlace.pointer ?? "") + "/text"
            inspect(cell.text, at: textPlace, into: &findings)
          }
          for (index, nested) in (cell.blocks ?? []).enumerated() {
            var location = cellPlace
            location.pointer = (cellPlace.pointer ?? "") + "/blocks/\(index)"
            walk(nested, at: BlockPlace(location: location, numbered: place.numbered), into: &findings)
          }
        }
      }
    }
  }

  private func inspect(_ text: String, at location: SourceLocation, into findings: inout [CheckFinding]) {
    if let bad = text.unicodeScalars.first(where: \.isForbiddenInText) {
      findings.append(
        CheckFinding(check: name, message: "control character \(bad.codePointName) in text", location: location))
    }
    if Self.containsBookmarkMarkup(text) {
      findings.append(CheckFinding(check: name, message: "bookmark markup left in text", location: location))
    }
  }

  /// Whether a text holds a byte that may start a problem: a C0 control but tab and line feed,
  /// DEL, the lead byte of a C1 control (U+0080–U+009F are `C2 80`–`C2 9F`), or `[`.
  static func mayBeUnclean(_ text: String) -> Bool {
    func scan(_ bytes: some Sequence<UInt8>) -> Bool {
      for byte in bytes {
        switch byte {
        case 0x09, 0x0A: continue
        case 0x00..<0x20, 0x7F, 0xC2, UInt8(ascii: "["): return true
        default: continue
        }
      }
      return false
    }
    var text = text
    return text.withUTF8 { scan($0) }
  }

  /// Whether `[bookmark: ` occurs in the text, compared byte by byte.
  static func containsBookmarkMarkup(_ text: String) -> Bool {
    let marker = Array("[bookmark: ".utf8)
    let bytes = Array(text.utf8)
    guard bytes.count >= marker.count else { return false }
    for start in 0...(bytes.count - marker.count) where bytes[start] == marker[0] {
      if bytes[start..<(start + marker.count)].elementsEqual(marker) { return true }
    }
    return false
  }
}
