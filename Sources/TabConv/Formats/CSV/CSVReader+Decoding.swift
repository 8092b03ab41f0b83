extension CSVReader {
  /// Decoded input with the delimiter to read it with.
  struct DecodedInput {
    /// The text as valid UTF-8: a slice of the input itself when the input is UTF-8.
    var text: ArraySlice<UInt8>
    var delimiter: UInt8
    var quote: UInt8
    var decision: TextEncodingDetector.Decision
    var warnings: [DocumentWarning]
  }

  /// Decodes the input and finds the delimiter.
  ///
  /// - Parameters:
  ///   - bytes: The whole input.
  ///   - options: The delimiter, quote and encoding given.
  ///   - file: The input's name for messages.
  /// - Returns: The text, delimiter, quote, encoding decision and warnings.
  /// - Throws: `CSVError` for a delimiter or quote that cannot be used, bytes the encoding
  ///   cannot decode, or an encoding iconv lacks.
  static func decode(_ bytes: [UInt8], options: CSVReadOptions, file: String?) throws(CSVError)
    -> DecodedInput
  {
    let delimiterToCheck = options.delimiter ?? ","
    guard let ascii = CSVDialect.asciiDelimiterAndQuote(delimiterToCheck, options.quote) else {
      throw CSVError(
        kind: .unusableDialect(delimiter: delimiterToCheck, quote: options.quote), location: SourceLocation(file: file))
    }
    let decision = try decideEncoding(bytes, explicit: options.encoding, file: file)
    let text: ArraySlice<UInt8>
    do {
      text = try TextDecoder.decodeInPlace(
        bytes[decision.byteOrderMarkLength...], as: decision.encoding,
        isKnownValid: TextEncodingDetector.isValidatedUTF8(decision, explicit: options.encoding))
    } catch {
      switch error {
      case .unavailable(let encoding):
        throw CSVError(kind: .encodingUnavailable(encoding), location: SourceLocation(file: file))
      case .invalidByte(let byte, _, let position):
        let suggestion = TextEncodingDetector.suggestion(for: bytes, insteadOf: decision.encoding)
        throw CSVError(
          kind: .invalidByte(byte, encoding: decision.encoding, guessed: decision.guess != nil, suggestion: suggestion),
          location: SourceLocation(file: file, line: position.line, column: position.column))
      }
    }
    var warnings: [DocumentWarning] = []
    if let guess = decision.guess {
      let line = TextPosition.of(guess.firstNonUTF8Byte, in: bytes).line
      let byte = bytes[guess.firstNonUTF8Byte]
      let tried = TextEncodingDetector.candidates.map(\.displayName).joined(separator: ", ")
      warnings.append(
        DocumentWarning(
          .inputNormalized,
          "no encoding given; read as \(decision.encoding.displayName) (not UTF-8: byte \(CSVError.hex(byte)) on line "
            + "\(line); \(decision.encoding.displayName) decodes it most cleanly of \(tried)); use --encoding to override",
          at: SourceLocation(file: file)))
    }
    let delimiter =
      options.delimiter == nil
      ? text.withUnsafeBufferPointer { CSVDialectSniffer.sniffDelimiter(in: $0, quote: ascii.quote) } : ascii.delimiter
    return DecodedInput(text: text, delimiter: delimiter, quote: ascii.quote, decision: decision, warnings: warnings)
  }

  private static func decideEncoding(_ bytes: [UInt8], explicit: TextEncoding?, file: String?) throws(CSVError)
    -> TextEncodingDetector.Decision
  {
    do {
      return try TextEncodingDetector.decide(bytes, explicit: explicit)
    } catch {
      let encoding = TextEncoding.allCases.first { $0.iconvName == error.source } ?? explicit ?? .utf8
      throw CSVError(kind: .encodingUnavailable(encoding), location: SourceLocation(file: file))
    }
  }
}
