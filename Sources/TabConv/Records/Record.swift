/// One cleaned row of a table, keyed by its header: what other systems take in.
///
/// Merged cells are filled (a label merged down over ten rows appears in all ten records),
/// values keep their original text, and a table profile may add parsed values.
public struct Record: Sendable, Equatable {
  /// The form's title: title rows inside the table, else the nearest paragraph above it.
  public var title: String?
  /// The label of a header cell that spans down over the data rows (`年度绩效指标`), if any.
  public var section: String?
  /// The 1-based number of the table among the document's flat tables.
  public var table: Int
  /// The 1-based row in that table.
  public var row: Int
  /// The fields in header order.
  public var fields: [RecordField]

  /// Creates a record.
  public init(title: String?, section: String?, table: Int, row: Int, fields: [RecordField]) {
    self.title = title
    self.section = section
    self.table = table
    self.row = row
    self.fields = fields
  }

  /// The text of the field with this header name, if the record has it.
  public subscript(name: String) -> String? {
    fields.first { $0.name == name }?.text
  }
}

/// One field of a record: the header's name, the cell's text, and its parsed value.
public struct RecordField: Sendable, Equatable {
  /// The header text, as written.
  public var name: String
  /// The cell text, as written (merged cells filled).
  public var text: String
  /// The value a profile parsed from the text, when it parses values for this field.
  public var value: ParsedValue?

  /// Creates a field.
  public init(name: String, text: String, value: ParsedValue? = nil) {
    self.name = name
    self.text = text
    self.value = value
  }
}
