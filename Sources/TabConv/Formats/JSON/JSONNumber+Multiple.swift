extension JSONNumber {
  /// Whether this number is an integer multiple of `divisor`, which must be above 0.
  ///
  /// Doubles are taken as the shortest decimal that reads back as them, as JSON text writes them, so
  /// `0.0075` is a multiple of `0.0001` although their binary values are not. The arithmetic is exact
  /// integer arithmetic on the decimal digits, for any exponent.
  ///
  /// - Parameter divisor: A number above 0.
  /// - Returns: True when `self / divisor` is an integer.
  func isMultiple(of divisor: JSONNumber) -> Bool {
    if case .int(let value) = self, case .int(let step) = divisor, step > 0 { return value % step == 0 }
    guard let value = decimalParts, let step = divisor.decimalParts, step.digits != 0 else {
      return doubleValue.truncatingRemainder(dividingBy: divisor.doubleValue) == 0
    }
    if value.digits == 0 { return true }
    if value.exponent >= step.exponent {
      // value / step = value.digits × 10^k / step.digits: is value.digits × 10^k ≡ 0 (mod step.digits)?
      let modulus = step.digits
      var remainder = value.digits % modulus
      var power = 10 % modulus
      var k = value.exponent - step.exponent
      while k > 0 {
        if k & 1 == 1 { remainder = Self.multiply(remainder, power, modulo: modulus) }
        power = Self.multiply(power, power, modulo: modulus)
        k >>= 1
      }
      return remainder == 0
    }
    // value / step = value.digits / (step.digits × 10^k); a larger denominator than the numerator fails.
    var denominator = step.digits
    for _ in 0..<(step.exponent - value.exponent) {
      let (product, overflow) = denominator.multipliedReportingOverflow(by: 10)
      if overflow { return false }
      denominator = product
    }
    return value.digits % denominator == 0
  }

  /// The magnitude as `digits × 10^exponent`, from the shortest decimal form; nil for infinities and NaN.
  private var decimalParts: (digits: UInt64, exponent: Int)? {
    switch self {
    case .int(let value):
      return (value.magnitude, 0)
    case .double(let value):
      guard value.isFinite else { return nil }
      // Such as "1.35", "100.0", "1e-05" or "1.5e+20": at most 17 significant digits.
      var digits: UInt64 = 0
      var exponent = 0
      var afterPoint = false
      var text = value.magnitude.description.utf8[...]
      while let byte = text.first, byte != UInt8(ascii: "e") {
        text = text.dropFirst()
        if byte == UInt8(ascii: ".") {
          afterPoint = true
          continue
        }
        let (product, overflow) = digits.multipliedReportingOverflow(by: 10)
        guard !overflow, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        digits = product + UInt64(byte - UInt8(ascii: "0"))
        if afterPoint { exponent -= 1 }
      }
      if !text.isEmpty {
        guard let written = Int(String(decoding: text.dropFirst(), as: UTF8.self)) else { return nil }
        exponent += written
      }
      return (digits, exponent)
    }
  }

  /// `(a × b) mod m`, without overflow.
  private static func multiply(_ a: UInt64, _ b: UInt64, modulo m: UInt64) -> UInt64 {
    let product = a.multipliedFullWidth(by: b)
    return m.dividingFullWidth((product.high % m, product.low)).remainder
  }
}
