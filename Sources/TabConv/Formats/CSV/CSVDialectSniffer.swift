#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds the delimiter of CSV text the user did not describe.
///
/// Each candidate (comma, tab, semicolon, pipe) splits the first 50 non-empty records,
/// outside quotes, into fields. A record where a closing quote is followed by something other
/// than the candidate or a line end does not fit the candidate (`"a","b|c"` under the pipe)
/// and counts as 0 fields. A candidate's field count is the count most records share (the
/// larger on a tie), and it must be above 1. Its consistency is the share of records with
/// that count, and it must reach one half. The most consistent candidate wins; ties, and text
/// where no candidate qualifies (a single column), give the comma.
enum CSVDialectSniffer {
  /// The delimiters tried, in tie-breaking order.
  static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: ";"), UInt8(ascii: "|")]

  /// How many records are looked at.
  static let sampleRecords = 50

  /// Chooses the delimiter.
  ///
  /// - Parameters:
  ///   - text: The decoded text as UTF-8.
  ///   - quote: The quote character.
  /// - Returns: The delimiter.
  /// - Complexity: O(length of the first 50 records) per candidate.
  static func sniffDelimiter(in text: [UInt8], quote: UInt8) -> UInt8 {
    text.withUnsafeBufferPointer { sniffDelimiter(in: $0, quote: quote) }
  }

  /// Chooses the delimiter of UTF-8 bytes (see `sniffDelimiter(in:quote:)`).
  static func sniffDelimiter(in text: UnsafeBufferPointer<UInt8>, quote: UInt8) -> UInt8 {
    var best: (delimiter: UInt8, matching: Int, total: Int)?
    for delimiter in candidates {
      let counts = fieldCounts(in: text, delimiter: delimiter, quote: quote)
      var histogram: [Int: Int] = [:]
      for count in counts where count > 1 { histogram[count, default: 0] += 1 }
      guard let modal = histogram.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }),
        modal.value * 2 >= counts.count
      else { continue }
      if let current = best, modal.value * current.total <= current.matching * counts.count { continue }
      best = (delimiter, modal.value, counts.count)
    }
    return best?.delimiter ?? UInt8(ascii: ",")
  }

  /// The number of fields of each of the first non-empty records, for one delimiter.
  ///
  /// A quote opens a quoted part only at the start of a field (as the reader rules);
  /// a doubled quote inside stays inside.
  ///
  /// - Parameters:
  ///   - text: The decoded text as UTF-8.
  ///   - delimiter: The candidate delimiter.
  ///   - quote: The quote character.
  /// - Returns: Up to `sampleRecords` field counts, 0 for a record whose quotes do not fit
  ///   the delimiter; empty lines are skipped.
  static func fieldCounts(in text: UnsafeBufferPointer<UInt8>, delimiter: UInt8, quote: UInt8) -> [Int] {
    var counts: [Int] = []
    var fields = 1
    var atFieldStart = true
    var inQuotes = false
    var justClosed = false
    var fits = true
    var hasContent = false
    var index = 0
    while index < text.count, counts.count < sampleRecords {
      let byte = text[index]
      index += 1
      if inQuotes {
        if byte != quote {
          // Jump to the next quote: a quoted field can be megabytes long.
          guard let base = text.baseAddress, index < text.count,
            let found = memchr(base + index, Int32(quote), text.count - index)
          else {
            index = text.count
            continue
          }
          index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
          continue
        }
        if byte == quote {
          if index < text.count, text[index] == quote {
            index += 1
          } else {
            inQuotes = false
            justClosed = true
          }
        }
        continue
      }
      if justClosed, byte != delimiter, byte != UInt8(ascii: "\r"), byte != UInt8(ascii: "\n") { fits = false }
      justClosed = false
      switch byte {
      case quote where atFieldStart:
        inQuotes = true
        atFieldStart = false
        hasContent = true
      case delimiter:
        fields += 1
        atFieldStart = true
        hasContent = true
      case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
        if byte == UInt8(ascii: "\r"), index < text.count, text[index] == UInt8(ascii: "\n") { index += 1 }
        if hasContent { counts.append(fits ? fields : 0) }
        fields = 1
        atFieldStart = true
        hasContent = false
        fits = true
      default:
        atFieldStart = false
        hasContent = true
      }
    }
    if hasContent, counts.count < sampleRecords { counts.append(fits ? fields : 0) }
    return counts
  }
}
