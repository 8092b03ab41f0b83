/// The RFC 4180 grammar over decoded text, one record at a time.
///
/// Rules, each decided here once:
/// - A field that starts with the quote is quoted: it runs to the next lone quote; a doubled
///   quote inside stands for one quote; delimiters and line breaks inside are text.
/// - After a closing quote the delimiter, a line end or the end of the input should follow.
///   Anything else is kept as text of the same field, read on as an unquoted field (`"a"b,c` is
///   `ab` and `c`, as Python's csv reads it), and counted for the reader's warning, so files with
///   `\"` escapes or a space after the quote read without losing a byte.
/// - A quote anywhere else, including after leading spaces, is kept literally (`a"b` is `a"b`),
///   as Excel, Python's csv and most readers do.
/// - Records end at CRLF, LF or CR, mixed freely; a final line end is optional, so `a\n` is
///   one record and `a\n\n` two (the second one empty field). Fields are never trimmed.
/// - Inside quoted fields a CR or CRLF line break becomes LF, because tabconv's text holds no
///   CR; the count and first line are kept for the reader's warning. LF stays LF.
/// - NUL, the other C0 controls but tab, CR and LF, DEL and the C1 controls are
///   `controlCharacter` wherever they appear.
///
/// The parser walks the text's UTF-8 bytes. The delimiter, quote, CR and LF are ASCII, so no
/// byte of a multi-byte character is ever taken for one of them, and every field boundary falls
/// between characters: each field's `String` is made straight from its run of the input. Only a
/// field that is not one run (a doubled quote, a CR read as LF, text after the closing quote)
/// is assembled in a reused byte buffer first. The text was validated whole before parsing,
/// and a run of it between ASCII bytes is valid too, so fields are copied without checking
/// their UTF-8 again (`String(validUTF8:)`).
struct CSVRecordParser {
  /// The text's UTF-8 bytes; valid only inside `parsing(_:delimiter:quote:file:_:)`.
  private let bytes: UnsafeBufferPointer<UInt8>
  /// What each byte value means to the scanning loops (`Self.endsUnquotedRun`, `Self.endsQuotedRun`),
  /// for `StopByteScan`.
  private let byteClasses: UnsafeBufferPointer<UInt8>
  private let delimiter: UInt8
  private let quote: UInt8
  private let file: String?
  private var index = 0
  private var line = 1
  private var lineStart = 0
  /// Where the line end consumed last started.
  private var lineEndStart = 0
  /// A field that is not one run of the input, as it is put together.
  private var assembled: [UInt8] = []

  /// The line end after the first record that has one.
  private(set) var firstLineEnding: CSVLineEnding?
  /// How many CR or CRLF line breaks inside quoted fields were read as LF.
  private(set) var normalizedLineBreaks = 0
  /// The line of the first of them.
  private(set) var firstNormalizedLine: Int?
  /// How many fields had text after their closing quote.
  private(set) var textAfterClosingQuotes = 0
  /// Where the first such text stood.
  private(set) var firstTextAfterClosingQuote: SourceLocation?

  /// A byte that ends a run of ordinary bytes in an unquoted field: the delimiter, a line end
  /// or a byte that may be (or start) a control character.
  private static let endsUnquotedRun: UInt8 = 1
  /// The same inside quotes: the quote, a line end or a possible control character.
  private static let endsQuotedRun: UInt8 = 2

  /// Runs `body` with a parser over some text.
  ///
  /// - Parameters:
  ///   - text: The decoded text as valid UTF-8 (checked by `UTF8Validation`), without a byte-order mark.
  ///   - delimiter: The field delimiter (ASCII).
  ///   - quote: The quote (ASCII).
  ///   - file: The input's name, for error locations.
  ///   - body: Reads records with the parser; the parser must not escape it.
  /// - Returns: What `body` returns.
  /// - Throws: What `body` throws.
  static func parsing<Value>(
    _ text: ArraySlice<UInt8>, delimiter: UInt8, quote: UInt8, file: String?,
    _ body: (inout CSVRecordParser) throws(CSVError) -> Value
  ) throws(CSVError) -> Value {
    try text.withUnsafeBufferPointer { bytes throws(CSVError) in
      try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { classes throws(CSVError) in
        for value in 0..<256 {
          let byte = UInt8(value)
          let mayBeControl = (byte < 0x20 && byte != UInt8(ascii: "\t")) || byte == 0x7F || byte == 0xC2
          classes[value] =
            (byte == delimiter || mayBeControl ? endsUnquotedRun : 0)
            | (byte == quote || mayBeControl ? endsQuotedRun : 0)
        }
        var parser = CSVRecordParser(
          bytes: bytes, byteClasses: UnsafeBufferPointer(classes), delimiter: delimiter, quote: quote, file: file)
        return try body(&parser)
      }
    }
  }

  private init(
    bytes: UnsafeBufferPointer<UInt8>, byteClasses: UnsafeBufferPointer<UInt8>, delimiter: UInt8, quote: UInt8,
    file: String?
  ) {
    self.bytes = bytes
    self.byteClasses = byteClasses
    self.delimiter = delimiter
    self.quote = quote
    self.file = file
  }

  private enum FieldEnd {
    case delimiter, lineEnd, endOfInput
  }

  /// Reads the next record, appending one cell per field.
  ///
  /// - Parameter cells: The row's cells so far (empty for a new row).
  /// - Returns: The 1-based line the record starts on, or nil at the end of the input.
  /// - Throws: `CSVError` for an unterminated quote or a control character.
  mutating func next(into cells: inout [Cell]) throws(CSVError) -> Int? {
    guard index < bytes.count else { return nil }
    let recordLine = line
    while true {
      let end: FieldEnd
      if index < bytes.count, bytes[index] == quote {
        end = try readQuotedField(into: &cells)
      } else {
        let start = index
        end = try readUnquotedRun()
        cells.appendTextCell(field(start..<fieldEnd(after: end)))
      }
      if end != .delimiter { return recordLine }
    }
  }

  /// The offset just past a field's last byte, given how the field ended (at `index`).
  private func fieldEnd(after end: FieldEnd) -> Int {
    switch end {
    case .delimiter: index - 1
    case .lineEnd: lineEndStart
    case .endOfInput: bytes.count
    }
  }

  /// Reads on to the delimiter or line end (consumed) or the end of the input; quotes are text here.
  private mutating func readUnquotedRun() throws(CSVError) -> FieldEnd {
    let count = bytes.count
    while true {
      index = StopByteScan.firstStop(
        in: bytes, from: index, table: byteClasses, mask: Self.endsUnquotedRun, special: delimiter)
      guard index < count else { return .endOfInput }
      let byte = bytes[index]
      if byte == delimiter {
        index += 1
        return .delimiter
      }
      if byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") {
        consumeLineEnd()
        return .lineEnd
      }
      if isControlCharacter(at: index) { throw controlCharacterError(at: index) }
      index += 1
    }
  }

  private mutating func readQuotedField(into cells: inout [Cell]) throws(CSVError) -> FieldEnd {
    let openLine = line
    let openColumn = column(of: index)
    index += 1
    let count = bytes.count
    // The field is `bytes[runStart..<closing]` unless something made it be assembled.
    var runStart = index
    var isAssembled = false
    while index < count {
      index = StopByteScan.firstStop(
        in: bytes, from: index, table: byteClasses, mask: Self.endsQuotedRun, special: quote)
      guard index < count else { break }
      switch bytes[index] {
      case quote:
        if index + 1 < count, bytes[index + 1] == quote {
          startAssembling(&isAssembled)
          assembled.append(contentsOf: bytes[runStart...index])
          index += 2
          runStart = index
          continue
        }
        let closing = index
        index += 1
        let end: FieldEnd
        if index == count {
          end = .endOfInput
        } else if bytes[index] == delimiter {
          index += 1
          end = .delimiter
        } else if bytes[index] == UInt8(ascii: "\r") || bytes[index] == UInt8(ascii: "\n") {
          consumeLineEnd()
          end = .lineEnd
        } else {
          textAfterClosingQuotes += 1
          if firstTextAfterClosingQuote == nil { firstTextAfterClosingQuote = location(of: index) }
          startAssembling(&isAssembled)
          assembled.append(contentsOf: bytes[runStart..<closing])
          let restStart = index
          let restEnd = try readUnquotedRun()
          assembled.append(contentsOf: bytes[restStart..<fieldEnd(after: restEnd)])
          cells.appendTextCell(assembledText())
          return restEnd
        }
        cells.appendTextCell(isAssembled ? assembledField(upTo: closing, from: runStart) : field(runStart..<closing))
        return end
      case UInt8(ascii: "\r"):
        normalizedLineBreaks += 1
        if firstNormalizedLine == nil { firstNormalizedLine = line }
        startAssembling(&isAssembled)
        assembled.append(contentsOf: bytes[runStart..<index])
        assembled.append(UInt8(ascii: "\n"))
        index += 1
        if index < count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
        runStart = index
        startLine()
      case UInt8(ascii: "\n"):
        index += 1
        startLine()
      default:
        if isControlCharacter(at: index) { throw controlCharacterError(at: index) }
        index += 1
      }
    }
    throw CSVError(
      kind: .unterminatedQuote(quote: Character(Unicode.Scalar(quote))),
      location: SourceLocation(file: file, line: openLine, column: openColumn))
  }

  /// Empties the buffer for assembling when a field first needs it.
  private mutating func startAssembling(_ isAssembled: inout Bool) {
    guard !isAssembled else { return }
    assembled.removeAll(keepingCapacity: true)
    isAssembled = true
  }

  /// The assembled field with its last run, `bytes[runStart..<end]`, added.
  private mutating func assembledField(upTo end: Int, from runStart: Int) -> String {
    assembled.append(contentsOf: bytes[runStart..<end])
    return assembledText()
  }

  /// The text of the assembled field: runs of valid text joined next to ASCII bytes, so valid.
  private func assembledText() -> String {
    assembled.withUnsafeBufferPointer(String.init(validUTF8:))
  }

  /// The text of a run of the input.
  private func field(_ range: Range<Int>) -> String {
    String(validUTF8: UnsafeBufferPointer(rebasing: bytes[range]))
  }

  /// Consumes the CR, LF or CRLF at `index`, remembering the first kind seen.
  private mutating func consumeLineEnd() {
    lineEndStart = index
    let ending: CSVLineEnding
    if bytes[index] == UInt8(ascii: "\r") {
      if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
        ending = .crlf
        index += 2
      } else {
        ending = .cr
        index += 1
      }
    } else {
      ending = .lf
      index += 1
    }
    if firstLineEnding == nil { firstLineEnding = ending }
    startLine()
  }

  private mutating func startLine() {
    line += 1
    lineStart = index
  }

  /// Whether the byte at `offset`, one the scanning loops stopped at, starts a control character.
  private func isControlCharacter(at offset: Int) -> Bool {
    switch bytes[offset] {
    case UInt8(ascii: "\t"): false
    case 0x00..<0x20, 0x7F: true
    case 0xC2: offset + 1 < bytes.count && (0x80..<0xA0).contains(bytes[offset + 1])
    default: false
    }
  }

  /// The error for the control character at `offset` (kept out of the scanning loops).
  @inline(never)
  private func controlCharacterError(at offset: Int) -> CSVError {
    CSVError(kind: .controlCharacter(scalar(at: offset)), location: location(of: offset))
  }

  private func column(of offset: Int) -> Int {
    TextPosition.column(of: offset, lineStart: lineStart, in: bytes)
  }

  private func location(of offset: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: column(of: offset))
  }

  private func scalar(at offset: Int) -> Unicode.Scalar {
    let scalarBytes = bytes[offset..<min(offset + 4, bytes.count)]
    return String(decoding: scalarBytes, as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
  }
}
