extension Unicode.Scalar {
  /// The scalar as messages name it: `U+000C`.
  var codePointName: String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
