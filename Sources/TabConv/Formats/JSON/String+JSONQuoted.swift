extension String {
  /// The string in double quotes with JSON escapes, for messages; shortened with `…` past `limit` scalars.
  ///
  /// - Parameter limit: The most scalars to show, or nil for all.
  /// - Returns: For example `"a\"b"` or `"a long text…"`.
  func jsonQuoted(limit: Int? = nil) -> String {
    var result = "\""
    var count = 0
    for scalar in unicodeScalars {
      if let limit, count == limit {
        result += "…"
        break
      }
      count += 1
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{08}": result += "\\b"
      case "\u{0C}": result += "\\f"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// The string with zeros in front up to `width` characters.
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
