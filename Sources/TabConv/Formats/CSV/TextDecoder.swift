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
    if encoding == .utf8 {
      let text = Array(bytes)
      do {
        _ = try UTF8Text.decode(text)
        return text
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
    return conversion.output
  }
}
