/// Text is clean: valid Unicode with no control characters but `\t` and `\n`, and no
/// bookmark markup left behind (`[bookmark: …]` must have become an anchor), in the body, the
/// notes and the headers and footers.
public struct TextCheck: DocumentCheck {
  public var name: String { "clean text" }

  public init() {}

  public func findings(in document: Document) -> [CheckFinding] {
    var findings: [CheckFinding] = []
    func inspect(_ text: String, at location: SourceLocation) {
      if text.containsForbiddenScalar, let bad = text.unicodeScalars.first(where: \.isForbiddenInText) {
        findings.append(
          CheckFinding(check: name, message: "control character \(bad.codePointName) in text", location: location))
      }
      if text.containsBytes(of: "[bookmark: ") {
        findings.append(CheckFinding(check: name, message: "bookmark markup left in text", location: location))
      }
    }
    func walk(_ blocks: [Block], place: SourceLocation, pointer: String, numbered: Bool) {
      for (index, block) in blocks.enumerated() {
        var here = place
        if here.block == nil, numbered { here.block = index + 1 }
        here.pointer = "\(pointer)/\(index)"
        switch block {
        case .paragraph(let paragraph):
          var textPlace = here
          textPlace.pointer = "\(pointer)/\(index)/text"
          inspect(paragraph.text, at: textPlace)
        case .table(let table):
          for (rowIndex, row) in table.rows.enumerated() {
            for (cellIndex, cell) in row.cells.enumerated() {
              let cellPlace = here.atCell(row: rowIndex, cell: cellIndex)
              var textPlace = cellPlace
              textPlace.pointer = (cellPlace.pointer ?? "") + "/text"
              inspect(cell.text, at: textPlace)
              if let nested = cell.blocks {
                walk(nested, place: cellPlace, pointer: (cellPlace.pointer ?? "") + "/blocks", numbered: numbered)
              }
            }
          }
        }
      }
    }
    for (blocks, pointer, numbered) in document.blockLists {
      walk(blocks, place: SourceLocation(), pointer: pointer, numbered: numbered)
    }
    return findings
  }
}
