/// One CSV record: its fields and the line it starts on.
struct CSVRecord: Sendable, Equatable {
  /// The fields' text, unquoted, exactly as written otherwise.
  var fields: [String]
  /// The 1-based line the record starts on.
  var line: Int
}

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
struct CSVRecordParser {
  private let text: [UInt8]
  private let delimiter: UInt8
  private let quote: UInt8
  private let file: String?
  private var index = 0
  private var line = 1
  private var lineStart = 0
  private var field: [UInt8] = []

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

  /// Creates a parser.
  ///
  /// - Parameters:
  ///   - text: The decoded text as UTF-8, without a byte-order mark.
  ///   - delimiter: The field delimiter (ASCII).
  ///   - quote: The quote (ASCII).
  ///   - file: The input's name, for error locations.
  init(text: [UInt8], delimiter: UInt8, quote: UInt8, file: String?) {
    self.text = text
    self.delimiter = delimiter
    self.quote = quote
    self.file = file
  }

  private enum FieldEnd {
    case delimiter, lineEnd, endOfInput
  }

  /// Reads the next record.
  ///
  /// - Returns: The record, or nil at the end of the input.
  /// - Throws: `CSVError` for an unterminated quote, text after a closing quote or a control character.
  mutating func next() throws(CSVError) -> CSVRecord? {
    guard index < text.count else { return nil }
    var record = CSVRecord(fields: [], line: line)
    while true {
      let end = try readField()
      record.fields.append(String(decoding: field, as: UTF8.self))
      if end != .delimiter { return record }
    }
  }

  private mutating func readField() throws(CSVError) -> FieldEnd {
    field.removeAll(keepingCapacity: true)
    if index < text.count, text[index] == quote {
      return try readQuotedField()
    }
    return try readUnquotedRest()
  }

  /// Reads on to the delimiter or line end, appending to `field`; quotes are text here.
  private mutating func readUnquotedRest() throws(CSVError) -> FieldEnd {
    while index < text.count {
      let byte = text[index]
      if byte == delimiter {
        index += 1
        return .delimiter
      }
      if byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") {
        consumeLineEnd()
        return .lineEnd
      }
      try rejectControlCharacter(byte)
      field.append(byte)
      index += 1
    }
    return .endOfInput
  }

  private mutating func readQuotedField() throws(CSVError) -> FieldEnd {
    let openLine = line
    let openColumn = column(of: index)
    index += 1
    while index < text.count {
      let byte = text[index]
      switch byte {
      case quote:
        if index + 1 < text.count, text[index + 1] == quote {
          field.append(quote)
          index += 2
          continue
        }
        index += 1
        guard index < text.count else { return .endOfInput }
        let next = text[index]
        if next == delimiter {
          index += 1
          return .delimiter
        }
        if next == UInt8(ascii: "\r") || next == UInt8(ascii: "\n") {
          consumeLineEnd()
          return .lineEnd
        }
        textAfterClosingQuotes += 1
        if firstTextAfterClosingQuote == nil { firstTextAfterClosingQuote = location(of: index) }
        return try readUnquotedRest()
      case UInt8(ascii: "\r"):
        normalizedLineBreaks += 1
        if firstNormalizedLine == nil { firstNormalizedLine = line }
        field.append(UInt8(ascii: "\n"))
        index += 1
        if index < text.count, text[index] == UInt8(ascii: "\n") { index += 1 }
        startLine()
      case UInt8(ascii: "\n"):
        field.append(byte)
        index += 1
        startLine()
      default:
        // Copy the run of ordinary bytes in one go: a quoted field can be megabytes long.
        let end = Self.ordinaryRunEnd(in: text, from: index, stoppingAt: quote)
        if end > index {
          field.append(contentsOf: text[index..<end])
          index = end
          continue
        }
        try rejectControlCharacter(byte)
        field.append(byte)
        index += 1
      }
    }
    throw CSVError(
      kind: .unterminatedQuote(quote: Character(Unicode.Scalar(quote))),
      location: SourceLocation(file: file, line: openLine, column: openColumn))
  }

  /// Consumes the CR, LF or CRLF at `index`, remembering the first kind seen.
  private mutating func consumeLineEnd() {
    let ending: CSVLineEnding
    if text[index] == UInt8(ascii: "\r") {
      if index + 1 < text.count, text[index + 1] == UInt8(ascii: "\n") {
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

  /// The index of the first byte from `start` that a quoted field must look at: `stop`, a line
  /// end, a control character or the first byte of a C1 control (`C2`); `text.count` if none.
  static func ordinaryRunEnd(in text: [UInt8], from start: Int, stoppingAt stop: UInt8) -> Int {
    text.withUnsafeBufferPointer { buffer in
      var index = start
      while index < buffer.count {
        let byte = buffer[index]
        if byte == stop || (byte < 0x20 && byte != 0x09) || byte == 0x7F || byte == 0xC2 { return index }
        index += 1
      }
      return index
    }
  }

  private func rejectControlCharacter(_ byte: UInt8) throws(CSVError) {
    let isControl: Bool
    switch byte {
    case UInt8(ascii: "\t"): isControl = false
    case 0x00..<0x20, 0x7F: isControl = true
    case 0xC2: isControl = index + 1 < text.count && (0x80..<0xA0).contains(text[index + 1])
    default: isControl = false
    }
    guard isControl else { return }
    throw CSVError(kind: .controlCharacter(scalar(at: index)), location: location(of: index))
  }

  private func column(of offset: Int) -> Int {
    TextPosition.column(of: offset, lineStart: lineStart, in: text)
  }

  private func location(of offset: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: column(of: offset))
  }

  private func scalar(at offset: Int) -> Unicode.Scalar {
    let bytes = text[offset..<min(offset + 4, text.count)]
    return String(decoding: bytes, as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
  }
}
