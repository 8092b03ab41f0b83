import Foundation

/// Tika text as UTF-8 bytes, checked and normalised once before it is parsed.
///
/// One pass over the bytes (`TikaTextScan`) proves them UTF-8 and notes whether they hold a
/// carriage return or a control character Tika never writes; only then are places (line,
/// column) worked out, on the slow path of an error. A UTF-8 byte-order mark is skipped and CRLF
/// line ends become LF (the only case that copies the input), each with an `input-normalized`
/// warning, as is a missing last newline.
struct TikaTextInput {
  /// The text's bytes; the text itself is `bytes[start...]`.
  let bytes: [UInt8]
  /// Where the text starts in `bytes`: 3 after a skipped byte-order mark, else 0.
  let start: Int
  /// What the pass over the text found; its offsets count from `start`.
  let scan: TikaTextScan
  /// What normalising the input noticed, in order: byte-order mark, CRLF, last newline.
  private(set) var warnings: [DocumentWarning] = []

  /// Checks and normalises some bytes.
  ///
  /// - Parameters:
  ///   - input: The input as read.
  ///   - file: The input's name for messages.
  /// - Throws: `TikaTextError` for invalid UTF-8, a lone carriage return or a control character,
  ///   each at its line and column.
  init(_ input: [UInt8], file: String?) throws {
    var start = input.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var scan = input.withUnsafeBufferPointer { TikaTextScan(UnsafeBufferPointer(rebasing: $0[start...])) }
    if !scan.isUTF8 {
      do {
        _ = try UTF8Text.decode(input)
      } catch {
        throw TikaTextError(
          kind: .invalidUTF8(byte: error.byte),
          location: SourceLocation(file: file, line: error.line, column: error.column))
      }
    }
    let whole = SourceLocation(file: file)
    if start > 0 {
      warnings.append(.init(.inputNormalized, "a UTF-8 byte-order mark was removed (Tika writes none)", at: whole))
    }
    var bytes = input
    if scan.hasCarriageReturn {
      let (crlf, lf) = Self.countLineEnds(bytes[start...])
      if crlf > 0 {
        bytes = Self.readingCRLFAsLF(bytes[start...])
        start = 0
        scan = bytes.withUnsafeBufferPointer(TikaTextScan.init)
        let message =
          lf == 0
          ? "CRLF line ends were read as LF (Tika writes LF)"
          : "line ends are mixed: \(crlf) of \(crlf + lf) were CRLF and were read as LF (Tika writes LF)"
        warnings.append(.init(.inputNormalized, message, at: whole))
      }
    }
    self.bytes = bytes
    self.start = start
    self.scan = scan
    // Carriage returns left now end no line.
    if scan.hasForbiddenControl || scan.hasCarriageReturn {
      try TikaTextErrorPlaces.rejectControlCharacters(text, file: file)
    }
    if let last = bytes.last, bytes.count > start, last != UInt8(ascii: "\n") {
      warnings.append(
        .init(.inputNormalized, "the last line has no newline (Tika ends every line with one)", at: whole))
    }
  }

  /// The text as a `String`, for the slow paths that place an error.
  var text: String { String(decoding: bytes[start...], as: UTF8.self) }

  /// How many line ends are CRLF and how many a bare LF.
  private static func countLineEnds(_ bytes: ArraySlice<UInt8>) -> (crlf: Int, lf: Int) {
    var previous: UInt8 = 0
    var crlf = 0
    var lf = 0
    for byte in bytes {
      if byte == UInt8(ascii: "\n") {
        if previous == UInt8(ascii: "\r") { crlf += 1 } else { lf += 1 }
      }
      previous = byte
    }
    return (crlf, lf)
  }

  /// The bytes with CRLF line ends read as LF, as Foundation's `replacingOccurrences` reads them.
  ///
  /// Foundation does not match a CRLF that a combining mark follows (it would split a composed
  /// character sequence); a CR so left ends no line and is refused later. When a CRLF is followed
  /// by anything but ASCII or a CJK ideograph (U+4000–U+9FFF, lead bytes E4–E9, never combining),
  /// Foundation itself decides.
  private static func readingCRLFAsLF(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var index = bytes.startIndex
    while let cr = bytes[index...].firstIndex(of: UInt8(ascii: "\r")) {
      index = cr + 1
      guard index + 1 < bytes.endIndex, bytes[index] == UInt8(ascii: "\n") else { continue }
      let next = bytes[index + 1]
      if next >= 0x80 && !(0xE4...0xE9).contains(next) {
        let text = String(decoding: bytes, as: UTF8.self)
        return Array(text.replacingOccurrences(of: "\r\n", with: "\n").utf8)
      }
    }
    return removingCRBeforeLF(bytes)
  }

  /// The bytes with every CR that comes right before an LF removed.
  private static func removingCRBeforeLF(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte != UInt8(ascii: "\r") || index + 1 == bytes.endIndex || bytes[index + 1] != UInt8(ascii: "\n") {
        result.append(byte)
      }
      index += 1
    }
    return result
  }
}
