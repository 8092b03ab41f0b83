/// Decides which encoding CSV input is in when the user did not say.
///
/// In order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides; else input that is valid
/// UTF-8 is UTF-8; else the first MiB is decoded as each of UTF-8, GB18030, Big5, Shift_JIS and
/// Latin-1 and the cleanest decoding wins. GBK is not a candidate of its own: GB18030 contains it.
///
/// "Cleanest" is a score over the sample. Every sequence iconv cannot decode costs 5. Each
/// character then counts for how plausible it is in that encoding, judged by where its bytes
/// sit in the code table: a frequent hanzi of GB2312, a level-1 Big5 character, kana or a
/// level-1 kanji of JIS X 0208 earn 2; the punctuation rows earn 1; rarer rows (GBK's
/// extensions, Big5 level 2, JIS level 2) cost 1 or 2; user-defined (private-use) rows and
/// Shift_JIS half-width katakana cost 2 or 3. Latin-1 earns 1 for an accented letter standing
/// alone or in a pair among ASCII (`ção`) and 0 inside longer runs of high bytes (which is what
/// CJK text looks like to it); its C1 controls (0x80–0x9F) cost 5, as the reader rejects them.
/// UTF-8 earns 2 per well-formed multi-byte sequence, so input that is UTF-8 but for a stray
/// byte is reported at that byte instead of being read as mojibake.
/// Ties go to the earlier candidate in that list.
enum TextEncodingDetector {
  /// How the input's encoding was decided.
  struct Decision: Sendable, Equatable {
    /// The encoding to decode with.
    var encoding: TextEncoding
    /// How many leading bytes are a byte-order mark to skip.
    var byteOrderMarkLength: Int
    /// Set when no encoding was given and the input is not valid UTF-8: the encoding was guessed.
    var guess: Guess?
  }

  /// A guess among the legacy encodings.
  struct Guess: Sendable, Equatable {
    /// The offset of the first byte that is not valid UTF-8.
    var firstNonUTF8Byte: Int
    /// The candidates, best first.
    var ranking: [TextEncoding]
  }

  /// Whether deciding checked the whole input to be valid UTF-8, so decoding need not check it again.
  ///
  /// - Parameters:
  ///   - decision: What `decide(_:explicit:)` returned.
  ///   - explicit: The encoding it was given.
  /// - Returns: True for UTF-8 decided by validating the input.
  static func isValidatedUTF8(_ decision: Decision, explicit: TextEncoding?) -> Bool {
    explicit == nil && decision.encoding == .utf8 && decision.byteOrderMarkLength == 0 && decision.guess == nil
  }

  /// The candidates tried when the input is not UTF-8, in tie-breaking order.
  static let candidates: [TextEncoding] = [.utf8, .gb18030, .big5, .shiftJIS, .latin1]

  /// How many bytes are scored.
  static let sampleSize = 1 << 20

  /// Decides the encoding of some input.
  ///
  /// - Parameters:
  ///   - bytes: The whole input.
  ///   - explicit: The encoding the user named, if any; it wins, and only its own
  ///     byte-order mark is skipped.
  /// - Returns: The decision. UTF-8 without a byte-order mark or guess, when no encoding was
  ///   given, means the whole input was checked to be valid UTF-8 (`isValidatedUTF8`).
  /// - Throws: `Iconv.Unavailable` when iconv lacks a candidate encoding.
  /// - Complexity: O(n) to validate UTF-8, plus O(1 MiB) per candidate when guessing.
  static func decide(_ bytes: [UInt8], explicit: TextEncoding?) throws(Iconv.Unavailable) -> Decision {
    if let explicit {
      let mark = explicit.byteOrderMark ?? []
      let skip = !mark.isEmpty && bytes.starts(with: mark) ? mark.count : 0
      return Decision(encoding: explicit, byteOrderMarkLength: skip, guess: nil)
    }
    for encoding in [TextEncoding.utf8, .utf16le, .utf16be] {
      if let mark = encoding.byteOrderMark, bytes.starts(with: mark) {
        return Decision(encoding: encoding, byteOrderMarkLength: mark.count, guess: nil)
      }
    }
    let firstInvalid: Int
    do {
      if UTF8Validation.isValid(bytes[...]) { return Decision(encoding: .utf8, byteOrderMarkLength: 0, guess: nil) }
      _ = try UTF8Text.decode(bytes)
      return Decision(encoding: .utf8, byteOrderMarkLength: 0, guess: nil)
    } catch {
      firstInvalid = error.offset
    }
    let sample = bytes.prefix(sampleSize)
    var scored: [(encoding: TextEncoding, score: Int)] = []
    for encoding in candidates {
      scored.append((encoding, try score(sample, as: encoding, isCut: sample.count < bytes.count)))
    }
    let ranking = scored.enumerated()
      .sorted { $0.element.score != $1.element.score ? $0.element.score > $1.element.score : $0.offset < $1.offset }
      .map(\.element.encoding)
    return Decision(
      encoding: ranking.first ?? .latin1, byteOrderMarkLength: 0,
      guess: Guess(firstNonUTF8Byte: firstInvalid, ranking: ranking))
  }

  /// An encoding to suggest when the input failed to decode in another one: the best-ranked
  /// encoding that decodes the whole input (Latin-1 only without C1 controls).
  ///
  /// - Parameters:
  ///   - bytes: The whole input.
  ///   - failed: The encoding that failed.
  /// - Returns: The encoding to suggest, or nil when none decodes the input cleanly.
  /// - Complexity: O(n) per candidate tried; for error messages only.
  static func suggestion(for bytes: [UInt8], insteadOf failed: TextEncoding) -> TextEncoding? {
    let decision: Decision
    do {
      decision = try decide(bytes, explicit: nil)
    } catch {
      return nil  // iconv lacks a candidate: no suggestion rather than a wrong one.
    }
    let ranking = decision.guess?.ranking ?? [decision.encoding]
    return ranking.first { encoding in
      guard encoding != failed else { return false }
      do {
        _ = try TextDecoder.decode(bytes[decision.byteOrderMarkLength...], as: encoding)
        return encoding != .latin1 || !bytes.contains { (0x80..<0xA0).contains($0) }
      } catch {
        return false
      }
    }
  }

  /// How cleanly a sample decodes in an encoding: higher is cleaner.
  ///
  /// - Parameters:
  ///   - sample: The bytes to score.
  ///   - encoding: The candidate encoding.
  ///   - isCut: Whether the sample was cut from longer input (a character cut at its end is no failure).
  /// - Returns: The score described in this type's overview.
  /// - Throws: `Iconv.Unavailable` when iconv lacks the encoding.
  static func score(_ sample: ArraySlice<UInt8>, as encoding: TextEncoding, isCut: Bool = false)
    throws(Iconv.Unavailable) -> Int
  {
    let failures = try Iconv.convert(
      sample, from: encoding.iconvName, to: "UTF-8", onFailure: .skipByte, inputMayBeCut: isCut
    ).failureCount
    let bytes = Array(sample)
    let plausibility: Int
    switch encoding {
    case .utf8: plausibility = utf8Plausibility(bytes)
    case .gb18030, .gbk: plausibility = doubleByteCJKPlausibility(bytes, classify: gbClass)
    case .big5: plausibility = doubleByteCJKPlausibility(bytes, classify: big5Class)
    case .shiftJIS: plausibility = doubleByteCJKPlausibility(bytes, classify: shiftJISClass)
    case .latin1: plausibility = latin1Plausibility(bytes)
    case .utf16le, .utf16be: plausibility = 0
    }
    return plausibility - 5 * failures
  }

  private static func utf8Plausibility(_ bytes: [UInt8]) -> Int {
    var score = 0
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      let length =
        lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xC2 && lead <= 0xDF ? 2 : 1
      if length > 1, index + length <= bytes.count,
        bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 })
      {
        score += 2
        index += length
      } else {
        index += 1
      }
    }
    return score
  }

  private static func latin1Plausibility(_ bytes: [UInt8]) -> Int {
    var score = 0
    var runLetters = 0
    var runLength = 0
    func endRun() {
      if runLength <= 2 { score += runLetters }
      runLetters = 0
      runLength = 0
    }
    for byte in bytes {
      switch byte {
      case 0x00..<0x80:
        endRun()
      case 0x80..<0xA0:
        score -= 5
        runLength += 1
      default:
        runLength += 1
        if byte >= 0xC0, byte != 0xD7, byte != 0xF7 { runLetters += 1 }
      }
    }
    endRun()
    return score
  }

  /// The score of one well-formed character of a double-byte CJK encoding, from its bytes.
  private typealias Classifier = (_ lead: UInt8, _ trail: UInt8?) -> (length: Int, score: Int)?

  /// Walks the bytes as a double-byte encoding; a byte the classifier rejects is skipped
  /// (iconv's failure count has already charged for it).
  private static func doubleByteCJKPlausibility(_ bytes: [UInt8], classify: Classifier) -> Int {
    var score = 0
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let trail = index + 1 < bytes.count ? bytes[index + 1] : nil
      if let character = classify(lead, trail) {
        score += character.score
        index += character.length
      } else {
        index += 1
      }
    }
    return score
  }

  /// GB18030: GB2312's hanzi rows B0–F7 are frequent, its symbol rows A1–A9 punctuation;
  /// AA–AF and F8–FE with a high trail are user-defined; the rest (GBK/GB18030 extensions) rare.
  private static func gbClass(_ lead: UInt8, _ trail: UInt8?) -> (length: Int, score: Int)? {
    guard (0x81...0xFE).contains(lead), let trail else { return nil }
    if (0x30...0x39).contains(trail) { return (4, -2) }
    guard (0x40...0x7E).contains(trail) || (0x80...0xFE).contains(trail) else { return nil }
    guard trail >= 0xA1 else { return (2, -2) }
    switch lead {
    case 0xB0...0xF7: return (2, 2)
    case 0xA1...0xA9: return (2, 1)
    case 0xAA...0xAF, 0xF8...0xFE: return (2, -3)
    default: return (2, -2)
    }
  }

  /// Big5: level 1 (A440–C67E) is the frequent hanzi, A1–A3 symbols, level 2 (C940–F9D5)
  /// less frequent; other leads are user-defined or extensions.
  private static func big5Class(_ lead: UInt8, _ trail: UInt8?) -> (length: Int, score: Int)? {
    guard (0x81...0xFE).contains(lead), let trail,
      (0x40...0x7E).contains(trail) || (0xA1...0xFE).contains(trail)
    else { return nil }
    switch lead {
    case 0xA4...0xC5: return (2, 2)
    case 0xC6 where trail <= 0x7E: return (2, 2)
    case 0xA1...0xA3: return (2, 1)
    case 0xC9...0xF9: return (2, -1)
    default: return (2, -3)
    }
  }

  /// Shift_JIS (CP932): 0x81 symbols, 0x82–0x83 kana and full-width letters, 0x889F–0x9872
  /// level-1 kanji; level 2 and the NEC/IBM rows are rarer, F0–F9 user-defined, A1–DF half-width katakana.
  private static func shiftJISClass(_ lead: UInt8, _ trail: UInt8?) -> (length: Int, score: Int)? {
    if (0xA1...0xDF).contains(lead) { return (1, -2) }
    guard (0x81...0x9F).contains(lead) || (0xE0...0xFC).contains(lead), let trail,
      (0x40...0x7E).contains(trail) || (0x80...0xFC).contains(trail)
    else { return nil }
    switch (lead, trail) {
    case (0x82...0x83, _): return (2, 2)
    case (0x81, _): return (2, 1)
    case (0x88, 0x9F...), (0x89...0x97, _), (0x98, ...0x72): return (2, 2)
    case (0x84, _), (0x87, _): return (2, 0)
    case (0x98...0xEA, _): return (2, -1)
    case (0xF0...0xF9, _): return (2, -3)
    default: return (2, -2)
    }
  }
}
