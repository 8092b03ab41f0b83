/// Decodes CSV input in a known encoding to text, reporting the first bad byte by line and column.
///
/// UTF-8 is validated by Swift; every other encoding goes through iconv (`Iconv.swift`) to UTF-8.
/// Nothing is replaced: a byte the encoding cannot decode stops decoding, so no U+FFFD ever
/// stands in silently for input.
enum TextDecoder {
  /// Why decoding stopped.
  enum Failure: Error, Equatable {
    /// The byte at `offset` (after any byte-order mark) starts no valid character.
    case invalidByte(UInt8, offset: Int, position: TextPosition)
    /// iconv on this system cannot decode the encoding.
    case unavailable(TextEncoding)
  }

  /// Decodes bytes.
  ///
  /// - Parameters:
  ///   - bytes: The input without its byte-order mark.
  ///   - encoding: The encoding to decode.
  /// - Returns: The text as UTF-8 bytes, checked to be valid.
  /// - Throws: `Failure.invalidByte` at the first byte that is not valid in `encoding`
  ///   (including a character cut off by the end of the input); `Failure.unavailable` when
  ///   iconv lacks the encoding.
  /// - Complexity: O(n) time; memory about twice the input for multi-byte encodings.
  static func decode(_ bytes: ArraySlice<UInt8>, as encoding: TextEncoding) throws(Failure) -> [UInt8] {
    Array(try decodeInPlace(bytes, as: encoding))
  }

  /// Decodes bytes as `decode(_:as:)` does, returning UTF-8 input itself rather than a copy.
  ///
  /// - Parameters:
  ///   - bytes: The input without its byte-order mark.
  ///   - encoding: The encoding to decode.
  ///   - isKnownValid: Whether the caller already checked that `bytes` are valid UTF-8.
  /// - Returns: The text as UTF-8 bytes, checked to be valid (`UTF8Validation`): `bytes`
  ///   itself for UTF-8.
  /// - Throws: As `decode(_:as:)`.
  static func decodeInPlace(_ bytes: ArraySlice<UInt8>, as encoding: TextEncoding, isKnownValid: Bool = false)
    throws(Failure) -> ArraySlice<UInt8>
  {
    if encoding == .utf8 {
      if isKnownValid || UTF8Validation.isValid(bytes) { return bytes }
      do {
        _ = try UTF8Text.decode(Array(bytes))
        return bytes
      } catch {
        throw .invalidByte(error.byte, offset: error.offset, position: TextPosition.of(error.offset, in: bytes))
      }
    }
    let conversion: Iconv.Conversion
    do {
      conversion = try Iconv.convert(bytes, from: encoding.iconvName, to: "UTF-8", onFailure: .stop)
    } catch {
      throw .unavailable(encoding)
    }
    if let offset = conversion.firstFailure {
      let byte = bytes[bytes.startIndex + offset]
      throw .invalidByte(
        byte, offset: offset, position: TextPosition.of(conversion.output.count, in: conversion.output))
    }
    // iconv writes well-formed UTF-8; should it ever not, repair it rather than pass it on unchecked.
    guard UTF8Validation.isValid(conversion.output[...]) else {
      return Array(String(decoding: conversion.output, as: UTF8.self).utf8)[...]
    }
    return conversion.output[...]
  }
}
