/// What one pass over Tika text's bytes finds, before anything is parsed.
///
/// The pass proves the bytes UTF-8 (well-formed sequences as in Unicode's table 3-7, which is
/// what the standard library accepts), notes carriage returns and the control characters Tika
/// never writes, counts the lines that sniff the layout, and finds every `[bookmark: `, so that
/// markup left in the text is found without searching each text again.
struct TikaTextScan {
  /// Whether the bytes are UTF-8.
  private(set) var isUTF8 = true
  /// Whether they hold a carriage return.
  private(set) var hasCarriageReturn = false
  /// Whether they hold a C0 control other than tab, line feed and carriage return, DEL, or a C1
  /// control (`C2 80`–`C2 9F`).
  private(set) var hasForbiddenControl = false
  /// How many lines start with a tab.
  private(set) var cellLines = 0
  /// How many of those hold another tab.
  private(set) var multiCellLines = 0
  /// Where each `[bookmark: ` starts, in order.
  private(set) var bookmarkOpens: [Int] = []

  /// The layout the text uses: row-per-line when most cell lines hold more tabs.
  var sniffedLayout: TikaLayout {
    cellLines > 0 && multiCellLines * 2 > cellLines ? .rowPerLine : .cellPerLine
  }

  /// Bit n is set when lead byte `En` starts a three-byte sequence whose second byte may be any
  /// continuation byte: all but E0 and ED.
  private static let plainLeads: UInt64 = 0xDFFE

  private static let tab = UInt8(ascii: "\t")
  private static let lineFeed = UInt8(ascii: "\n")

  /// Scans some bytes; stops at the first byte that is not UTF-8.
  init(_ text: UnsafeBufferPointer<UInt8>) {
    isUTF8 = scan(text)
  }

  /// The pass itself.
  ///
  /// - Returns: Whether the bytes are UTF-8.
  private mutating func scan(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = text.baseAddress else { return true }
    let count = text.count
    var index = 0
    var lineStart = 0
    var lastMultiCellLine = -1
    while index < count {
      let byte = base[index]
      if byte < 0x80 {
        if byte < 0x20 {
          if byte == Self.lineFeed {
            lineStart = index + 1
          } else if byte == Self.tab {
            if index == lineStart {
              cellLines += 1
            } else if base[lineStart] == Self.tab, lastMultiCellLine != lineStart {
              multiCellLines += 1
              lastMultiCellLine = lineStart
            }
          } else if byte == 0x0D {
            hasCarriageReturn = true
          } else {
            hasForbiddenControl = true
          }
        } else if byte == UInt8(ascii: "[") {
          if TikaTextRules.startsWithBookmarkOpen(text, at: index, end: count) { bookmarkOpens.append(index) }
        } else if byte == 0x7F {
          hasForbiddenControl = true
        }
        index &+= 1
      } else if byte < 0xE0 {
        guard byte >= 0xC2, index + 1 < count else { return false }
        let second = base[index + 1]
        guard second & 0xC0 == 0x80 else { return false }
        if byte == 0xC2, second < 0xA0 { hasForbiddenControl = true }
        index &+= 2
      } else if byte < 0xF0 {
        // Most of the text is CJK: runs of three-byte sequences whose lead byte is neither E0
        // nor ED (the two with a narrower second byte), checked two at a time in eight bytes.
        let runStart = index
        while count &- index >= 8 {
          let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
          guard word & 0xC0C0_F0C0_C0F0 == 0x8080_E080_80E0,
            Self.plainLeads &>> (word & 0x0F) & Self.plainLeads &>> (word &>> 24 & 0x0F) & 1 == 1
          else { break }
          index &+= 6
        }
        if index != runStart { continue }
        guard index + 2 < count else { return false }
        let second = base[index + 1]
        guard second & 0xC0 == 0x80, base[index + 2] & 0xC0 == 0x80 else { return false }
        // No overlong forms (E0 80–9F) and no surrogates (ED A0–BF).
        if byte == 0xE0 && second < 0xA0 || byte == 0xED && second > 0x9F { return false }
        index &+= 3
      } else {
        guard byte <= 0xF4, index + 3 < count else { return false }
        let second = base[index + 1]
        guard second & 0xC0 == 0x80, base[index + 2] & 0xC0 == 0x80, base[index + 3] & 0xC0 == 0x80 else {
          return false
        }
        // No overlong forms (F0 80–8F) and nothing past U+10FFFF (F4 90–BF).
        if byte == 0xF0 && second < 0x90 || byte == 0xF4 && second > 0x8F { return false }
        index &+= 4
      }
    }
    return true
  }
}
