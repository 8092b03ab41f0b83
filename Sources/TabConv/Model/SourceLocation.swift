/// A place in an input or in a document, as precise as the format allows.
///
/// Rendered as `file: part:line:column: ` or `file: block 3, row 2, cell 1: `.
public struct SourceLocation: Sendable, Equatable {
  /// The input file name (`-` for standard input).
  public var file: String?
  /// A part inside a package, such as `word/document.xml`.
  public var part: String?
  /// A 1-based line.
  public var line: Int?
  /// A 1-based column, counted in Unicode scalars.
  public var column: Int?
  /// A JSON pointer into a JSON input, such as `/blocks/3/rows/0`.
  public var pointer: String?
  /// The 1-based index of a block in the document.
  public var block: Int?
  /// The 1-based row of a table.
  public var row: Int?
  /// The 1-based cell of a row.
  public var cell: Int?

  /// Creates a location; every field is optional.
  public init(
    file: String? = nil, part: String? = nil, line: Int? = nil, column: Int? = nil,
    pointer: String? = nil, block: Int? = nil, row: Int? = nil, cell: Int? = nil
  ) {
    self.file = file
    self.part = part
    self.line = line
    self.column = column
    self.pointer = pointer
    self.block = block
    self.row = row
    self.cell = cell
  }

  /// The place without the file name, such as `word/document.xml:12:5` or `block 3, row 2, cell 1`.
  ///
  /// Empty when nothing but the file is known.
  public var placeDescription: String {
    var pieces: [String] = []
    var position = ""
    if let part { position = part }
    if let line {
      position += position.isEmpty ? "line \(line)" : ":\(line)"
      if let column { position += part == nil ? ", column \(column)" : ":\(column)" }
    }
    if !position.isEmpty { pieces.append(position) }
    var structure: [String] = []
    if let block { structure.append("block \(block)") }
    if let row { structure.append("row \(row)") }
    if let cell { structure.append("cell \(cell)") }
    // Block, row and cell read the same for every input format; a JSON pointer is shown when
    // nothing else places the problem (JSON input errors).
    if !structure.isEmpty {
      pieces.append(structure.joined(separator: ", "))
    } else if let pointer {
      pieces.append(pointer.isEmpty ? "/" : pointer)
    }
    return pieces.joined(separator: ", ")
  }

  /// The one-line prefix for a message: `file: place: `.
  public var messagePrefix: String {
    let place = placeDescription
    switch (file, place.isEmpty) {
    case (let file?, false): return "\(file): \(place): "
    case (let file?, true): return "\(file): "
    case (nil, false): return "\(place): "
    case (nil, true): return ""
    }
  }
}
