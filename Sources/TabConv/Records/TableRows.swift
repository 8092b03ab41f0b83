/// A table's rows as the record extractor reads them: for each row, the cells covering it
/// left to right (merged cells from rows above included), with their grid columns.
struct TableRows {
  /// A cell covering part of a row.
  struct Region: Equatable {
    var address: CellAddress
    var columns: Range<Int>
    var text: String
  }

  let columns: Int
  private let regionsByRow: [[Region]]

  init(_ table: Table) {
    let grid = table.grid
    columns = table.columns
    regionsByRow = table.rows.indices.map { row in
      var regions: [Region] = []
      var column = 0
      while column < table.columns {
        guard let address = grid.slots[row][column], let start = grid.startColumn(of: address) else {
          column += 1
          continue
        }
        let end = min(start + table[address].colSpan, table.columns)
        regions.append(Region(address: address, columns: start..<end, text: table[address].text))
        column = end
      }
      return regions
    }
  }

  /// The cells covering a row, left to right.
  func regions(_ row: Int) -> [Region] { regionsByRow[row] }

  /// The texts covering a row, left to right, one per cell.
  func texts(_ row: Int) -> [String] { regionsByRow[row].map(\.text) }
}

/// A header row: which grid columns each field name covers, and the section label, if any.
struct RecordHeader {
  struct Column {
    var name: String
    var columns: Range<Int>
  }

  var columns: [Column] = []
  /// The label of a first-column header cell that spans down over the data rows.
  var section: String?
  /// That cell, which must cover every data row of this header.
  var sectionCell: CellAddress?

  init(row: Int, in rows: TableRows, table: Table) {
    var seen: [String: Int] = [:]
    for region in rows.regions(row) {
      if region.columns.lowerBound == 0, table[region.address].rowSpan > 1, region.address.row == row {
        section = region.text
        sectionCell = region.address
        continue
      }
      var name = region.text
      let count = (seen[name] ?? 0) + 1
      seen[name] = count
      if count > 1 { name += " (\(count))" }
      columns.append(Column(name: name, columns: region.columns))
    }
  }

  /// Whether a row still belongs under this header (under its section cell, when it has one).
  func covers(_ row: Int, in rows: TableRows) -> Bool {
    guard let sectionCell else { return true }
    return rows.regions(row).contains { $0.address == sectionCell }
  }

  /// The row's fields, one per header column: the texts of the cells under it (merged cells
  /// filled), distinct ones joined by a line break.
  func fields(of row: Int, in rows: TableRows, profile: TableProfile) -> [RecordField] {
    let regions = rows.regions(row)
    return columns.map { column in
      var texts: [String] = []
      for region in regions where region.columns.overlaps(column.columns) && !texts.contains(region.text) {
        texts.append(region.text)
      }
      let nonEmpty = texts.filter { !ValueParser.trim($0).isEmpty }
      let text = nonEmpty.isEmpty ? "" : nonEmpty.joined(separator: "\n")
      let key = TableProfile.squeezed(column.name)
      var value: ParsedValue?
      if profile.valueFields.contains(key) {
        value = ValueParser.parse(text)
      } else if profile.numberedFields.contains(key) {
        value = ValueParser.numberedItem(text)
      }
      return RecordField(name: column.name, text: text, value: value)
    }
  }
}
