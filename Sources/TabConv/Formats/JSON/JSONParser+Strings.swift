extension JSONParser.Reader {
  /// Parses a string; `position` is at its opening quote.
  ///
  /// Strings without escapes become a `String` straight from the input bytes; the others are
  /// assembled in `scratch`.
  mutating func parseString() throws -> String {
    let quote = position
    position += 1
    let start = position
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        let string = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        position += 1
        return string
      }
      if byte == UInt8(ascii: "\\") {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
        return try parseEscapedString(quote: quote)
      }
      try stepOverCharacter(byte)
    }
    throw error("unterminated string", at: quote)
  }

  /// Goes on with a string from its first backslash, collecting its bytes in `scratch`.
  private mutating func parseEscapedString(quote: Int) throws -> String {
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        return String(decoding: scratch, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") {
        try parseEscape(quote: quote)
        continue
      }
      let start = position
      try stepOverCharacter(byte)
      scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
    }
    throw error("unterminated string", at: quote)
  }

  /// Steps over one unescaped character of a string, refusing control characters and invalid UTF-8.
  @inline(__always)
  private mutating func stepOverCharacter(_ byte: UInt8) throws {
    if byte >= 0x20, byte < 0x80 {
      position += 1
    } else if byte < 0x20 {
      let code = "U+" + String(byte, radix: 16, uppercase: true).leftPadded(to: 4)
      throw error("control character \(code) in a string, expected an escape such as \\u\(code.dropFirst(2))")
    } else {
      let sequence = utf8Sequence(at: position)
      guard sequence.isValid else { throw error(invalidUTF8Reason(length: sequence.length) + " in a string") }
      position += sequence.length
    }
  }

  /// Parses one escape at `position` (a backslash) and appends its UTF-8 to `scratch`.
  private mutating func parseEscape(quote: Int) throws {
    let backslash = position
    position += 1
    guard position < bytes.count else { throw error("unterminated string", at: quote) }
    let letter = bytes[position]
    position += 1
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(letter)
    case UInt8(ascii: "b"): scratch.append(0x08)
    case UInt8(ascii: "f"): scratch.append(0x0C)
    case UInt8(ascii: "n"): scratch.append(0x0A)
    case UInt8(ascii: "r"): scratch.append(0x0D)
    case UInt8(ascii: "t"): scratch.append(0x09)
    case UInt8(ascii: "u"):
      var value = try parseHexQuad(quote: quote)
      if value >= 0xDC00, value <= 0xDFFF { throw loneSurrogate(at: backslash) }
      if value >= 0xD800, value <= 0xDBFF {
        guard bytes.count - position >= 6, bytes[position] == UInt8(ascii: "\\"),
          bytes[position + 1] == UInt8(ascii: "u")
        else { throw loneSurrogate(at: backslash) }
        position += 2
        let low = try parseHexQuad(quote: quote)
        guard low >= 0xDC00, low <= 0xDFFF else { throw loneSurrogate(at: backslash) }
        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
      }
      appendUTF8(value)
    default:
      position -= 1
      let found = letter >= 0x20 && letter < 0x7F ? "'\\\(Character(Unicode.Scalar(letter)))'" : describeFound()
      throw error(
        "invalid escape \(found) in a string, expected one of \" \\ / b f n r t u after the backslash",
        at: backslash)
    }
  }

  /// Reads the four hex digits of a `\u` escape.
  private mutating func parseHexQuad(quote: Int) throws -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard position < bytes.count else { throw error("unterminated string", at: quote) }
      let byte = bytes[position]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw unexpected("a hex digit in a '\\u' escape", word: false)
      }
      value = value << 4 | UInt32(digit)
      position += 1
    }
    return value
  }

  /// The error for a `\u` escape of a surrogate that is not half of a pair, quoting it as written.
  private func loneSurrogate(at backslash: Int) -> JSONParseError {
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[backslash..<backslash + 6]), as: UTF8.self)
    return error("lone surrogate \(text) in a string", at: backslash)
  }

  /// Appends the UTF-8 form of a scalar value (not a surrogate) to `scratch`.
  private mutating func appendUTF8(_ value: UInt32) {
    switch value {
    case 0..<0x80:
      scratch.append(UInt8(value))
    case 0x80..<0x800:
      scratch.append(UInt8(0xC0 | value >> 6))
      scratch.append(UInt8(0x80 | value & 0x3F))
    case 0x800..<0x10000:
      scratch.append(UInt8(0xE0 | value >> 12))
      scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | value & 0x3F))
    default:
      scratch.append(UInt8(0xF0 | value >> 18))
      scratch.append(UInt8(0x80 | value >> 12 & 0x3F))
      scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | value & 0x3F))
    }
  }
}
