extension JSONParser.Reader {
  /// An error at `offset` (the current position by default), which must be on the current line.
  ///
  /// The column counts the Unicode scalars before `offset` on its line, plus one.
  func error(_ reason: String, at offset: Int? = nil) -> JSONParseError {
    let offset = min(offset ?? position, bytes.count)
    var column = 1
    var index = lineStart
    while index < offset {
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return JSONParseError(reason, at: SourceLocation(file: file, line: line, column: column))
  }

  /// `expected …, found …` for what is at the current position, or the UTF-8 error if it is invalid.
  ///
  /// - Parameters:
  ///   - expected: What was expected, such as `',' or ']' after an array element`.
  ///   - word: Whether to quote a whole run of letters and digits (`'NaN'`) rather than one character.
  func unexpected(_ expected: String, word: Bool = true) -> JSONParseError {
    guard position < bytes.count else { return error("expected \(expected), found end of input") }
    let sequence = utf8Sequence(at: position)
    guard sequence.isValid else { return error(invalidUTF8Reason(length: sequence.length)) }
    return error("expected \(expected), found \(describeFound(word: word))")
  }

  /// What is at the current position, for a message: `'x'`, a word such as `'NaN'`, or `U+00A0`.
  ///
  /// - Parameter word: Whether to quote a whole run of letters and digits rather than one character.
  func describeFound(word: Bool = true) -> String {
    let byte = bytes[position]
    if word, byte.isASCIIAlphanumeric {
      var end = position
      while end < bytes.count, end - position < 20, bytes[end].isASCIIAlphanumeric { end += 1 }
      return "'" + String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self) + "'"
    }
    let sequence = utf8Sequence(at: position)
    let text = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + sequence.length]), as: UTF8.self)
    guard let scalar = text.unicodeScalars.first, sequence.isValid else { return "byte 0x" + byte.hex }
    switch scalar.properties.generalCategory {
    case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate,
      .privateUse:
      return "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
    default:
      return "'" + text + "'"
    }
  }

  /// The reason for an invalid UTF-8 sequence of `length` bytes at the current position.
  func invalidUTF8Reason(length: Int) -> String {
    if length == 1 { return "invalid UTF-8 byte 0x" + bytes[position].hex }
    let shown = bytes[position..<position + length].map { "0x" + $0.hex }
    return "invalid UTF-8 sequence " + shown.joined(separator: " ")
  }

  /// Checks the UTF-8 sequence at `offset` (RFC 3629: no overlong forms, surrogates or values past U+10FFFF).
  ///
  /// - Returns: When valid, its length; when not, how many bytes up to and including the first wrong one.
  func utf8Sequence(at offset: Int) -> (length: Int, isValid: Bool) {
    let lead = bytes[offset]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0x00...0x7F: return (1, true)
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default: return (1, false)
    }
    for index in 1..<length {
      guard offset + index < bytes.count else { return (index, false) }
      let byte = bytes[offset + index]
      guard byte >= low, byte <= high else { return (index + 1, false) }
      low = 0x80
      high = 0xBF
    }
    return (length, true)
  }
}

extension UInt8 {
  /// Whether this is an ASCII letter or digit.
  var isASCIIAlphanumeric: Bool {
    (self >= 0x30 && self <= 0x39) || (self | 0x20 >= 0x61 && self | 0x20 <= 0x7A)
  }

  /// Two lower-case hex digits.
  var hex: String {
    String(self, radix: 16).leftPadded(to: 2)
  }
}
