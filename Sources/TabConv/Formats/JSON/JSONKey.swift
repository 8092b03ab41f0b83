#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
    sameCodePoints(lhs.string, rhs.string)
  }

  /// Whether two strings have the same code points (the same UTF-8 bytes), as JSON compares names.
  ///
  /// Two strings that share their representation (the same inline small string, or the same
  /// storage) are equal without reading further: the common case of a schema's member name and a
  /// literal name. Else byte counts, then the bytes in place; the generic `utf8.elementsEqual`
  /// walks them one index at a time, which the schema check's name lookups would pay for every member.
  static func sameCodePoints(_ lhs: String, _ rhs: String) -> Bool {
    if sameRepresentation(lhs, rhs) { return true }
    let count = lhs.utf8.count
    guard count == rhs.utf8.count else { return false }
    let same = lhs.utf8.withContiguousStorageIfAvailable { left in
      rhs.utf8.withContiguousStorageIfAvailable { right in
        guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return true }
        return memcmp(leftBase, rightBase, count) == 0
      }
    }
    return (same ?? nil) ?? lhs.utf8.elementsEqual(rhs.utf8)
  }

  /// Whether two strings are the same bits, which makes them the same string.
  ///
  /// False says nothing: equal strings may be stored apart.
  @inline(__always)
  private static func sameRepresentation(_ lhs: String, _ rhs: String) -> Bool {
    guard MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size else { return false }
    let left = unsafeBitCast(lhs, to: (UInt64, UInt64).self)
    let right = unsafeBitCast(rhs, to: (UInt64, UInt64).self)
    return left == right
  }

  func hash(into hasher: inout Hasher) {
    var string = string
    string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
