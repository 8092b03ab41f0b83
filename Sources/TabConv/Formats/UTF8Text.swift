/// Decoding UTF-8 input for the text formats, with the place of the first bad byte.
enum UTF8Text {
  /// Where decoding failed: 1-based line and column (in Unicode scalars) and the byte offset.
  struct InvalidByte: Error, Equatable {
    var line: Int
    var column: Int
    var offset: Int
    var byte: UInt8
  }

  /// Decodes UTF-8 bytes, reporting the first invalid sequence by line and column.
  ///
  /// - Parameter bytes: The input; a leading byte-order mark is kept (callers strip it).
  /// - Returns: The text.
  /// - Throws: `InvalidByte` at the first ill-formed sequence.
  static func decode(_ bytes: [UInt8]) throws(InvalidByte) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    var line = 1
    var column = 1
    var offset = 0
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      let before = offset
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .emptyInput:
        // Unreachable when String(validating:) failed; report the end rather than trap.
        throw InvalidByte(line: line, column: column, offset: offset, byte: 0)
      case .error:
        throw InvalidByte(line: line, column: column, offset: before, byte: bytes[before])
      }
    }
  }
}
