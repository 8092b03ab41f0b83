/// Spans tile each table's grid exactly, and every span is at least 1.
///
/// JSON Schema cannot say this: a table's cells and spans must cover each of its
/// `rows × columns` positions exactly once (`TableGrid`).
public struct SpanTilingCheck: DocumentCheck {
  public var name: String { "span tiling" }

  public init() {}

  public func findings(in document: Document) -> [CheckFinding] {
    var findings: [CheckFinding] = []
    document.forEachTable { table, place in
      for problem in TableGrid(table).problems {
        var location = place
        let message: String
        switch problem {
        case .pastLastColumn(let address, let column):
          (location.row, location.cell) = (address.row + 1, address.index + 1)
          message =
            "cell starting at grid column \(column + 1) spans \(table[address].colSpan) columns, past the table's \(table.columns)"
        case .pastLastRow(let address):
          (location.row, location.cell) = (address.row + 1, address.index + 1)
          message = "cell spans \(table[address].rowSpan) rows, past the table's last row"
        case .overlap(let address, let row, let column):
          (location.row, location.cell) = (address.row + 1, address.index + 1)
          message = "cell overlaps another at row \(row + 1), grid column \(column + 1)"
        case .uncovered(let row, let column):
          location.row = row + 1
          message = "grid column \(column + 1) of this row is covered by no cell"
        case .invalidSpan(let address):
          (location.row, location.cell) = (address.row + 1, address.index + 1)
          message = "span below 1"
        }
        findings.append(CheckFinding(check: name, message: message, location: location))
      }
      for (rowIndex, row) in table.rows.enumerated() {
        for (cellIndex, cell) in row.cells.enumerated() where cell.isMerged != (cell.spanSource != nil) {
          var location = place
          (location.row, location.cell) = (rowIndex + 1, cellIndex + 1)
          let message =
            cell.isMerged ? "merged cell has no spanSource" : "spanSource on a cell that spans nothing"
          findings.append(CheckFinding(check: name, message: message, location: location))
        }
      }
    }
    return findings
  }
}
