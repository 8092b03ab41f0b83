import Testing

@testable import TabConv

/// `UTF8Validation` accepts exactly what the standard library accepts: readers copy fields out
/// of text it accepted without checking them again, so a byte it let through wrongly would
/// end up inside a `String`.
@Suite struct UTF8ValidationTests {
  func agree(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
    bytes.withUnsafeBufferPointer { agree($0, sourceLocation: sourceLocation) }
  }

  func agree(_ bytes: UnsafeBufferPointer<UInt8>, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
    guard Self.agrees(bytes) else {
      Issue.record("\(bytes.map { String($0, radix: 16) }) is misjudged", sourceLocation: sourceLocation)
      return false
    }
    return true
  }

  static func agrees(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    // The standard library's UTF-8 parser, one scalar at a time. (Its validating initialisers
    // throw and catch inside, and swift-testing records a backtrace for every error thrown.)
    let hadError = transcode(bytes.makeIterator(), from: UTF8.self, to: UTF32.self, stoppingOnError: true) { _ in }
    return UTF8Validation.isValid(bytes) == !hadError
  }

  @Test func `every lead byte with every second byte and the boundary bytes after it`() {
    // Bytes at the edges of table 3-7's ranges, and ASCII.
    let boundaries: [UInt8] = [0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
    // One buffer, rewritten in place: the sequence at 1..<5 between ASCII bytes, so the
    // four-byte loads and the ASCII words are used; and the sequence alone at the end.
    var embedded: [UInt8] = Array("a....bcde".utf8)
    var agreed = 0
    var checked = 0
    embedded.withUnsafeMutableBufferPointer { buffer in
      for lead in UInt8.min...UInt8.max {
        buffer[1] = lead
        for second in UInt8.min...UInt8.max {
          buffer[2] = second
          if Self.agrees(UnsafeBufferPointer(rebasing: buffer[1..<3])) { agreed += 1 }
          checked += 1
          for third in boundaries {
            buffer[3] = third
            buffer[4] = 0x61
            if Self.agrees(UnsafeBufferPointer(buffer)) { agreed += 1 }
            checked += 1
            guard lead >= 0xF0 else { continue }
            for fourth in boundaries {
              buffer[4] = fourth
              if Self.agrees(UnsafeBufferPointer(rebasing: buffer[1..<5])) { agreed += 1 }
              checked += 1
            }
          }
        }
      }
    }
    #expect(agreed == checked)
    #expect(checked == 65_536 * 11 + 16 * 256 * 100)
  }

  @Test func `named cases: overlong forms, surrogates, beyond U+10FFFF, cut-off characters`() {
    #expect(UTF8Validation.isValid(Array("表格 csv, ≥12平方米, é, 😀".utf8)[...]))
    #expect(UTF8Validation.isValid([][...]))
    for bad: [UInt8] in [
      [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
      [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE4, 0xB8],
      [0xE4, 0xB8, 0x41, 0x41],
      [0x80], [0xE4, 0x41, 0x80, 0x41], [0xFF],
    ] {
      #expect(!UTF8Validation.isValid(bad[...]))
      #expect(!UTF8Validation.isValid((Array("前文 abcdefgh ".utf8) + bad + Array(" 后文".utf8))[...]))
    }
  }

  @Test func `random mixtures of ASCII, CJK and broken sequences`() {
    var generator = SeededGenerator(seed: 20_241_122)
    let pieces: [[UInt8]] = [
      Array("a".utf8), Array("abcdefghij".utf8), Array("中".utf8), Array("，".utf8), Array("é".utf8), Array("😀".utf8),
      [0x80], [0xE4], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xC2], [0xF0, 0x9F], [0x0A], [0x2C],
    ]
    for _ in 0..<5_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...12, using: &generator) {
        bytes += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
      }
      _ = agree(bytes)
    }
  }
}

/// A small deterministic generator (SplitMix64), so a failure repeats.
private struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
