/// A string compared and hashed code point by code point, as JSON compares member names.
///
/// Swift's `String` equality is canonical equivalence, so `"\u{E4}"` equals `"a\u{308}"`; JSON
/// (RFC 8259, section 8.3) tells them apart. Use this as a set element or dictionary key.
struct JSONKey: Hashable, Sendable {
  /// The string.
  var string: String

  /// Wraps a string.
  init(_ string: String) {
    self.string = string
  }

  static func == (lhs: JSONKey, rhs: JSONKey) -> Bool {
    lhs.string.utf8.elementsEqual(rhs.string.utf8)
  }

  func hash(into hasher: inout Hasher) {
    var string = string
    string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
