import Glibc

/// The one place tabconv calls glibc's iconv: converting a whole buffer between two encodings.
///
/// `iconv_open`, `iconv` and `iconv_close` are used nowhere else; the descriptor is closed on
/// every path. The C status (`EILSEQ`, `EINVAL`, `E2BIG`) becomes a value: where in the input
/// the first sequence that could not be converted starts, and how many there were.
enum Iconv {
  /// What to do with a sequence that cannot be converted.
  enum OnFailure {
    /// Stop there: the output holds everything before it.
    case stop
    /// Skip one input byte, count a failure and go on (for scoring candidate encodings).
    case skipByte
  }

  /// The result of a conversion.
  struct Conversion {
    /// The converted bytes (up to the first failure when stopping there).
    var output: [UInt8]
    /// How many sequences could not be converted.
    var failureCount: Int
    /// The input offset of the first sequence that could not be converted.
    var firstFailure: Int?
  }

  /// iconv cannot convert between the two encodings on this system (`iconv_open` failed).
  struct Unavailable: Error, Equatable {
    /// The source encoding's iconv name.
    var source: String
    /// The target encoding's iconv name.
    var target: String
  }

  /// Converts bytes from one encoding to another.
  ///
  /// - Parameters:
  ///   - input: The bytes in the source encoding.
  ///   - source: The source encoding's iconv name (`GB18030`).
  ///   - target: The target encoding's iconv name (`UTF-8`).
  ///   - onFailure: Whether to stop at the first sequence that cannot be converted.
  ///   - inputMayBeCut: When true, an incomplete sequence at the very end is not a failure
  ///     (the input is a sample cut from a longer text).
  /// - Returns: The output and where conversion failed, if it did.
  /// - Throws: `Unavailable` when iconv does not know one of the encodings.
  /// - Complexity: O(n) time; the output is at most about twice the input for tabconv's encodings.
  static func convert(
    _ input: ArraySlice<UInt8>, from source: String, to target: String, onFailure: OnFailure,
    inputMayBeCut: Bool = false
  ) throws(Unavailable) -> Conversion {
    guard let descriptor = iconv_open(target, source), descriptor != UnsafeMutableRawPointer(bitPattern: -1) else {
      throw Unavailable(source: source, target: target)
    }
    defer { iconv_close(descriptor) }

    var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
    var produced = 0
    var failureCount = 0
    var firstFailure: Int?
    input.withUnsafeBufferPointer { inBuffer in
      guard let inBase = inBuffer.baseAddress else { return }
      var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: inBase)
        .assumingMemoryBound(to: CChar.self)
      var inLeft = inBuffer.count
      func recordFailure() {
        failureCount += 1
        if firstFailure == nil { firstFailure = inBuffer.count - inLeft }
      }
      while inLeft > 0 {
        if output.count - produced < 16 { output.append(contentsOf: repeatElement(0, count: output.count)) }
        let (status, code) = output.withUnsafeMutableBufferPointer { outBuffer -> (Int, Int32) in
          guard let outBase = outBuffer.baseAddress else { return (-1, EINVAL) }
          var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase + produced)
            .assumingMemoryBound(to: CChar.self)
          var outLeft = outBuffer.count - produced
          let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
          let code = errno
          produced = outBuffer.count - outLeft
          return (status, code)
        }
        guard status == -1 else { break }
        switch code {
        case E2BIG:
          continue
        case EILSEQ where onFailure == .skipByte:
          recordFailure()
          inPointer = inPointer.map { $0 + 1 }
          inLeft -= 1
        case EINVAL where inputMayBeCut:
          inLeft = 0
        default:
          recordFailure()
          inLeft = 0
        }
      }
    }
    output.removeSubrange(produced...)
    return Conversion(output: output, failureCount: failureCount, firstFailure: firstFailure)
  }
}
