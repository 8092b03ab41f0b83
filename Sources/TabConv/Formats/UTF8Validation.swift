/// Whether bytes are well-formed UTF-8, decided in place, without building a string.
///
/// Accepts exactly what `String(validating:as: UTF8.self)` accepts (the Unicode Standard's
/// table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF, no cut-off sequence);
/// tests hold the two equal over every lead byte with every kind of following byte, and debug
/// builds check every acceptance against the standard library. Readers validate their whole input
/// here once, then copy each field's string out of it unchecked (`String.init(validUTF8:)`).
/// Runs of ASCII are skipped eight bytes at a time, and the three-byte characters of CJK text
/// are checked with one four-byte load each.
enum UTF8Validation {
  /// Whether the bytes are well-formed UTF-8.
  ///
  /// - Parameter bytes: The bytes.
  /// - Returns: True when every byte belongs to a well-formed sequence.
  /// - Complexity: O(n).
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let valid = scan(bytes)
    // Accepting a bad byte would put it inside a String; rejecting a good one only costs the
    // callers' slow path (UTF8Text), which then finds nothing wrong.
    assert(!valid || String(validating: bytes, as: UTF8.self) != nil, "UTF8Validation accepted invalid UTF-8")
    return valid
  }

  /// Whether the bytes are well-formed UTF-8.
  ///
  /// - Parameter bytes: The bytes.
  /// - Returns: True when every byte belongs to a well-formed sequence.
  static func isValid(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { isValid($0) }
  }

  private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    var index = 0
    while index < count {
      let lead = base[index]
      if lead < 0x80 {
        index &+= 1
        while index &+ 8 <= count,
          UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          index &+= 8
        }
        continue
      }
      // Leads E1–EC and EE–EF take any two continuation bytes (most of CJK text): with four
      // bytes at hand, one mask checks both, character after character.
      let runStart = index
      while index &+ 4 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self)
        let runLead = UInt8(truncatingIfNeeded: word)
        guard runLead &- 0xE1 < 0x0F, runLead != 0xED else { break }
        guard word & 0x00C0_C000 == 0x0080_8000 else { return false }
        index &+= 3
      }
      if index == runStart {
        guard let length = sequenceLength(at: index, in: bytes) else { return false }
        index &+= length
      }
    }
    return true
  }

  /// The length of the well-formed sequence starting with the non-ASCII byte at `index`, or nil.
  private static func sequenceLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let length: Int
    // The second byte's range depends on the lead (table 3-7); later bytes are 80–BF.
    let secondLow: UInt8
    let secondHigh: UInt8
    switch bytes[index] {
    case 0xC2...0xDF: (length, secondLow, secondHigh) = (2, 0x80, 0xBF)
    case 0xE0: (length, secondLow, secondHigh) = (3, 0xA0, 0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: (length, secondLow, secondHigh) = (3, 0x80, 0xBF)
    case 0xED: (length, secondLow, secondHigh) = (3, 0x80, 0x9F)
    case 0xF0: (length, secondLow, secondHigh) = (4, 0x90, 0xBF)
    case 0xF1...0xF3: (length, secondLow, secondHigh) = (4, 0x80, 0xBF)
    case 0xF4: (length, secondLow, secondHigh) = (4, 0x80, 0x8F)
    default: return nil
    }
    guard index + length <= bytes.count, (secondLow...secondHigh).contains(bytes[index + 1]) else { return nil }
    for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
    return length
  }
}

extension String {
  /// A copy of bytes already checked to be valid UTF-8, made without checking them again.
  ///
  /// - Parameter bytes: Bytes `UTF8Validation.isValid` accepted, or a run of such bytes that
  ///   starts and ends between characters (next to an ASCII byte, or at an end).
  init(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
    self.init(copying: UTF8Span(unchecked: bytes.span))
  }
}
