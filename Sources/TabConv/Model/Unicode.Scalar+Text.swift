extension Unicode.Scalar {
  /// The scalar as messages name it: `U+000C`.
  var codePointName: String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// Whether the model's text may not hold this scalar: a C0 or C1 control character other
  /// than tab and line feed (what `TextCheck` refuses).
  var isForbiddenInText: Bool {
    switch value {
    case 0x09, 0x0A: false
    case 0x00..<0x20, 0x7F..<0xA0: true
    default: false
    }
  }
}

extension String {
  /// The text with every scalar the model may not hold replaced by U+FFFD, as Apache Tika
  /// replaces them, and how many were replaced.
  func replacingForbiddenScalars() -> (text: String, replaced: Int) {
    guard containsForbiddenScalar else { return (self, 0) }
    var scalars = String.UnicodeScalarView()
    var replaced = 0
    for scalar in unicodeScalars {
      if scalar.isForbiddenInText {
        scalars.append("\u{FFFD}")
        replaced += 1
      } else {
        scalars.append(scalar)
      }
    }
    return (String(scalars), replaced)
  }
}
