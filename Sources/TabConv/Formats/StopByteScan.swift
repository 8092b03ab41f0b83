/// Finds the next byte a delimited-text reader must look at, eight bytes at a time.
///
/// The CSV and TSV readers stop only at ASCII bytes with a meaning (delimiter, quote, escape,
/// line ends) and at bytes that may be or start a control character; everything else, most
/// of a text and all of its multi-byte characters, is skipped a word at a time.
enum StopByteScan {
  /// The offset of the first byte from `start` whose entry in `table` has a bit of `mask`;
  /// `bytes.count` if none.
  ///
  /// - Parameters:
  ///   - bytes: The text.
  ///   - start: Where to start.
  ///   - table: 256 entries, one per byte value. Only `special`, the C0 controls (below 0x20,
  ///     which include tab, CR and LF), DEL and C2 (which starts the C1 controls) may have a
  ///     bit of `mask` set: a word holding none of them is skipped without looking at `table`.
  ///   - mask: The bits of `table` that stop the scan.
  ///   - special: The one other byte that may stop it (a delimiter, quote or escape).
  /// - Returns: The offset of the byte to stop at, or `bytes.count`.
  @inline(__always)
  static func firstStop(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, table: UnsafeBufferPointer<UInt8>, mask: UInt8,
    special: UInt8
  ) -> Int {
    guard let base = bytes.baseAddress else { return start }
    let count = bytes.count
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    let specials = UInt64(special) &* ones
    let deletes = 0x7F &* ones
    let c1Leads = 0xC2 &* ones
    var scan = start
    while scan &+ 8 <= count {
      let word = UnsafeRawPointer(base + scan).loadUnaligned(as: UInt64.self)
      // A byte equal to the one looked for becomes zero after the xor, and a zero byte (or one
      // below 0x20) borrows its high bit in `x - n·ones`. Borrows only run towards later bytes,
      // so the lowest high bit set marks exactly the first candidate.
      let isSpecial = ((word ^ specials) &- ones) & ~(word ^ specials)
      let isControl = (word &- (0x20 &* ones)) & ~word
      let isDelete = ((word ^ deletes) &- ones) & ~(word ^ deletes)
      let isC1Lead = ((word ^ c1Leads) &- ones) & ~(word ^ c1Leads)
      let candidates = (isSpecial | isControl | isDelete | isC1Lead) & highBits
      if candidates == 0 {
        scan &+= 8
        continue
      }
      let candidate = scan &+ candidates.trailingZeroBitCount >> 3
      if table[Int(base[candidate])] & mask != 0 { return candidate }
      scan = candidate &+ 1  // A candidate this scan does not stop at (a tab inside a CSV field).
    }
    while scan < count, table[Int(base[scan])] & mask == 0 { scan &+= 1 }
    return scan
  }
}
