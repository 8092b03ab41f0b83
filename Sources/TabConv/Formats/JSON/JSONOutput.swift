/// A small JSON text builder: escaping and the layout of the canonical JSON.
///
/// The document writer emits straight from the model through this (no intermediate tree),
/// so writing costs one pass over the document.
struct JSONOutput {
  private(set) var bytes: [UInt8] = []

  init(reservingCapacity capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// The bytes written so far, leaving the output empty (its capacity kept) for what follows.
  mutating func takeBytes() -> [UInt8] {
    let taken = bytes
    bytes.removeAll(keepingCapacity: true)
    return taken
  }

  /// Appends literal text. (The `String` overload is `raw(text:)`: with both named `raw(_:)`,
  /// a literal would pick `String` and pay for a UTF-8 view per call.)
  @inline(__always)
  mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { buffer in
      if buffer.count == 1 { bytes.append(buffer[0]) } else { bytes.append(contentsOf: buffer) }
    }
  }

  mutating func raw(text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  mutating func newline(indent: Int) {
    bytes.append(UInt8(ascii: "\n"))
    for _ in 0..<indent * 2 { bytes.append(UInt8(ascii: " ")) }
  }

  /// A decimal integer, written digit by digit (no `String` in between).
  mutating func number(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var rest = value.magnitude
    var divisor: UInt = 1
    while divisor <= rest / 10 { divisor *= 10 }
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
      rest %= divisor
      divisor /= 10
    } while divisor > 0
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped; all else raw UTF-8.
  mutating func string(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { appendEscaped($0) }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends UTF-8 bytes with JSON escapes, copying the runs that need none in one go.
  private mutating func appendEscaped(_ buffer: UnsafeBufferPointer<UInt8>) {
    var runStart = 0
    for index in 0..<buffer.count {
      let byte = buffer[index]
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
      if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index])) }
      runStart = index + 1
      switch byte {
      case UInt8(ascii: "\""): raw("\\\"")
      case UInt8(ascii: "\\"): raw("\\\\")
      case UInt8(ascii: "\n"): raw("\\n")
      case UInt8(ascii: "\t"): raw("\\t")
      case UInt8(ascii: "\r"): raw("\\r")
      case 0x00..<0x20:
        raw("\\u00")
        bytes.append(Self.hexDigits[Int(byte >> 4)])
        bytes.append(Self.hexDigits[Int(byte & 0x0F)])
      default: bytes.append(byte)
      }
    }
    if runStart < buffer.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart...])) }
  }

  /// `"key": ` with the separator before it unless it is the first member.
  @inline(__always)
  mutating func key(_ name: StaticString, first: inout Bool) {
    if !first { raw(", ") }
    first = false
    bytes.append(UInt8(ascii: "\""))
    raw(name)
    raw("\": ")
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)
}
