/// Spans tile each table's grid exactly, and every span is at least 1.
///
/// JSON Schema cannot say this: a table's cells and spans must cover each of its
/// `rows × columns` positions exactly once (`TableGrid`).
public struct SpanTilingCheck: DocumentCheck {
  public var name: String { "span tiling" }

  public init() {}

  public func findings(inBodyBlock block: Block, at index: Int) -> [CheckFinding] {
    guard case .table = block else { return [] }
    return findings(in: block, at: .body(index))
  }

  public func findings(outsideBody document: Document) -> (beforeBody: [CheckFinding], afterBody: [CheckFinding]) {
    var findings: [CheckFinding] = []
    for (blocks, pointer) in document.blockListsOutsideBody {
      for (index, block) in blocks.enumerated() { findings += self.findings(in: block, at: .outside(pointer, index)) }
    }
    return ([], findings)
  }

  private func findings(in block: Block, at blockPlace: BlockPlace) -> [CheckFinding] {
    var findings: [CheckFinding] = []
    forEachTable(in: block, at: blockPlace) { table, place in
      // Laid out (slots, addresses) only when it does not tile, for the places of its problems.
      let problems = TableGrid.tiles(table) ? [] : TableGrid(table).problems
      for problem in problems {
        let location: SourceLocation
        let message: String
        switch problem {
        case .pastLastColumn(let address, let column):
          location = place.atCell(row: address.row, cell: address.index)
          message =
            "cell starting at grid column \(column + 1) spans \(plural(table[address].colSpan, "column")), past the table's \(table.columns)"
        case .pastLastRow(let address):
          location = place.atCell(row: address.row, cell: address.index)
          message = "cell spans \(plural(table[address].rowSpan, "row")), past the table's last row"
        case .overlap(let address, let row, let column):
          location = place.atCell(row: address.row, cell: address.index)
          message = "cell overlaps another at row \(row + 1), grid column \(column + 1)"
        case .uncovered(let row, let column):
          location = place.atCell(row: row, cell: nil)
          message = "grid column \(column + 1) of this row is covered by no cell"
        case .invalidSpan(let address):
          location = place.atCell(row: address.row, cell: address.index)
          message = "span below 1"
        }
        findings.append(CheckFinding(check: name, message: message, location: location))
      }
      for (rowIndex, row) in table.rows.enumerated() {
        for (cellIndex, cell) in row.cells.enumerated() where cell.isMerged != (cell.spanSource != nil) {
          let location = place.atCell(row: rowIndex, cell: cellIndex)
          let message =
            cell.isMerged ? "merged cell has no spanSource" : "spanSource on a cell that spans nothing"
          findings.append(CheckFinding(check: name, message: message, location: location))
        }
      }
    }
    return findings
  }
}

private func plural(_ count: Int, _ noun: String) -> String {
  "\(count) \(noun)\(count == 1 ? "" : "s")"
}
