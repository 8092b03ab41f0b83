extension JSONParser.Reader {
  /// Powers of ten that doubles hold exactly, for the fast path of `parseNumber`.
  private static let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22,
  ]

  /// Parses a number; `position` is at its `-` or first digit.
  ///
  /// A number written as an integer (no fraction, no exponent) that fits in 64 bits becomes `.int`;
  /// any other becomes `.double`, correctly rounded. A number too large for a double is an error.
  mutating func parseNumber() throws -> JSONNumber {
    let start = position
    let negative = bytes[position] == UInt8(ascii: "-")
    if negative { position += 1 }
    guard let first = digit(at: position) else { throw unexpected("a digit after '-'") }
    // The integer part is accumulated negated, so that Int64.min fits.
    var integer: Int64 = 0
    var integerFits = true
    // Every digit, while they fit, for the fast path to a double.
    var mantissa: UInt64 = 0
    var mantissaExact = true
    var exponent = 0
    var isInteger = true

    func accumulate(_ digit: UInt8) {
      guard mantissaExact else { return }
      if mantissa > (UInt64.max - 9) / 10 {
        mantissaExact = false
      } else {
        mantissa = mantissa * 10 + UInt64(digit)
      }
    }

    position += 1
    if first == 0 {
      if digit(at: position) != nil {
        throw unexpected("'.', 'e' or the end of the number after a leading '0'")
      }
    } else {
      integer = -Int64(first)
      accumulate(first)
      while let next = digit(at: position) {
        if integerFits {
          let (product, overflow) = integer.multipliedReportingOverflow(by: 10)
          let (sum, underflow) = product.subtractingReportingOverflow(Int64(next))
          if overflow || underflow { integerFits = false } else { integer = sum }
        }
        accumulate(next)
        position += 1
      }
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      isInteger = false
      position += 1
      guard digit(at: position) != nil else { throw unexpected("a digit after '.'") }
      while let next = digit(at: position) {
        accumulate(next)
        exponent -= 1
        position += 1
      }
    }
    if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
      isInteger = false
      position += 1
      var exponentSign = 1
      if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
        if bytes[position] == UInt8(ascii: "-") { exponentSign = -1 }
        position += 1
      }
      guard digit(at: position) != nil else { throw unexpected("a digit in the exponent") }
      var written = 0
      while let next = digit(at: position) {
        if written < 1_000_000 { written = written * 10 + Int(next) }
        position += 1
      }
      exponent += exponentSign * written
    }

    if isInteger, integerFits {
      if negative { return .int(integer) }
      if integer != .min { return .int(-integer) }
    }
    // Clinger's fast path: both the digits and the power of ten are exact doubles, so one
    // multiplication or division rounds correctly.
    if mantissaExact, mantissa <= 1 << 53, abs(exponent) <= 22 {
      let digits = Double(mantissa)
      let power = Self.exactPowersOfTen[abs(exponent)]
      let value = exponent < 0 ? digits / power : digits * power
      return .double(negative ? -value : value)
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      throw error("number \(text) is too large for a double", at: start)
    }
    return .double(value)
  }

  /// The value of the ASCII digit at `offset`, or nil if there is none.
  @inline(__always)
  private func digit(at offset: Int) -> UInt8? {
    guard offset < bytes.count else { return nil }
    let value = bytes[offset] &- UInt8(ascii: "0")
    return value < 10 ? value : nil
  }
}
