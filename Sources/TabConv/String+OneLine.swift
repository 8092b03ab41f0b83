extension String {
  /// The text with every character that could break a line or hide in a terminal shown as an
  /// escape (`\n`, `\r`, `\u{2028}`…), so a message built from hostile input stays one line.
  ///
  /// Tabs are kept; C0 and C1 controls, DEL, U+2028 and U+2029 are escaped.
  var oneLine: String {
    guard unicodeScalars.contains(where: Self.breaksLine) else { return self }
    var result = ""
    for scalar in unicodeScalars {
      switch scalar {
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case _ where Self.breaksLine(scalar): result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func breaksLine(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09: false
    case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029: true
    default: false
    }
  }
}
