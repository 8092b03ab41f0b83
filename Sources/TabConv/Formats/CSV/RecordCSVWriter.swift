/// Writes records as one CSV table.
///
/// Columns: `title`, `section`, `table`, `row`, then one column per
/// field name (in the order names first appear), then the parsed parts of values as
/// `NAME.op`, `NAME.value`, `NAME.unit`, `NAME.start`, `NAME.end`, `NAME.number`, `NAME.text`
/// (only the parts that occur). Records of forms with other headers leave the others' columns empty.
public struct RecordCSVWriter: Sendable {
  /// The CSV writer used for quoting, delimiter, line ends and encoding.
  public var csv: CSVWriter

  /// Creates a writer.
  ///
  /// - Parameter csv: How to write the CSV.
  public init(csv: CSVWriter = CSVWriter()) {
    self.csv = csv
  }

  /// The records as CSV bytes.
  ///
  /// - Throws: `CSVError` when the encoding cannot hold a character.
  public func write(_ records: [Record]) throws -> [UInt8] {
    var names: [String] = []
    var parts: [String: [String]] = [:]
    for record in records {
      for field in record.fields {
        if !names.contains(field.name) { names.append(field.name) }
        for (part, _) in field.value?.members ?? [] where !(parts[field.name]?.contains("\(part)") ?? false) {
          parts[field.name, default: []].append("\(part)")
        }
      }
    }
    let order = ["op", "value", "unit", "start", "end", "number", "text"]
    let valueColumns = names.flatMap { name in
      (parts[name] ?? []).sorted { order.firstIndex(of: $0) ?? 0 < order.firstIndex(of: $1) ?? 0 }.map { (name, $0) }
    }
    var rows: [Row] = []
    let header = ["title", "section", "table", "row"] + names + valueColumns.map { "\($0.0).\($0.1)" }
    rows.append(Row(cells: header.map { Cell($0) }))
    for record in records {
      var cells = [record.title ?? "", record.section ?? "", String(record.table), String(record.row)]
      cells += names.map { record[$0] ?? "" }
      for (name, part) in valueColumns {
        let member = record.fields.first { $0.name == name }?.value?.members.first { "\($0.0)" == part }?.1
        switch member {
        case .text(let text)?: cells.append(text)
        case .number(let number)?: cells.append(ParsedValue.format(number))
        case nil: cells.append("")
        }
      }
      rows.append(Row(cells: cells.map { Cell($0) }))
    }
    return try csv.write([Table(columns: header.count, rows: rows)])
  }
}
