#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Scans of a text's UTF-8 bytes through a pointer (memchr, memcmp, a plain loop) for the checks
// that look at every cell of every document. They answer the common case, "nothing to see",
// without a per-scalar walk: a 50 MB cell is read, checked and written in seconds even in a
// debug build, where generic iteration over `unicodeScalars` costs far more per byte.

extension String {
  /// Whether the text holds a scalar `isForbiddenInText` refuses (C0 controls but tab and line
  /// feed, DEL, C1 controls), decided from the UTF-8 bytes.
  var containsForbiddenScalar: Bool {
    var text = self
    return text.withUTF8 { Self.containsForbiddenScalar(in: $0) }
  }

  /// Whether the UTF-8 bytes hold a C0 control (but tab and line feed), DEL, or a C1 control
  /// (U+0080–U+009F, `C2 80`–`C2 9F`).
  static func containsForbiddenScalar(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let count = bytes.count
    var index = 0
    while index < count {
      let byte = base[index]
      if byte < 0x20 {
        if byte != 0x09, byte != 0x0A { return true }
      } else if byte == 0x7F {
        return true
      } else if byte == 0xC2, index + 1 < count, base[index + 1] < 0xA0 {
        return true
      }
      index += 1
    }
    return false
  }

  /// Whether the text's UTF-8 holds `byte`.
  func containsByte(_ byte: UInt8) -> Bool {
    var text = self
    return text.withUTF8 { buffer in
      guard let base = buffer.baseAddress else { return false }
      return memchr(base, Int32(byte), buffer.count) != nil
    }
  }

  /// Whether the text holds `needle` as a run of UTF-8 bytes.
  func containsBytes(of needle: StaticString) -> Bool {
    var text = self
    return text.withUTF8 { buffer in
      guard let base = buffer.baseAddress else { return false }
      return needle.withUTF8Buffer { pattern in
        guard let patternBase = pattern.baseAddress, pattern.count > 0 else { return true }
        // memchr to each candidate first byte, then memcmp (memmem is not in Swift's Glibc).
        var offset = 0
        while buffer.count - offset >= pattern.count {
          guard let found = memchr(base + offset, Int32(pattern[0]), buffer.count - offset - pattern.count + 1) else {
            return false
          }
          let start = UnsafeRawPointer(found)
          if memcmp(start, patternBase, pattern.count) == 0 { return true }
          offset = start - UnsafeRawPointer(base) + 1
        }
        return false
      }
    }
  }
}

extension Substring {
  /// Whether the substring's UTF-8, past its first `skipping` bytes, holds `byte`.
  func containsByte(_ byte: UInt8, skipping: Int = 0) -> Bool {
    var text = self
    return text.withUTF8 { buffer in
      guard let base = buffer.baseAddress, buffer.count > skipping else { return false }
      return memchr(base + skipping, Int32(byte), buffer.count - skipping) != nil
    }
  }
}
