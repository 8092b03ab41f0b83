import Foundation

/// JSON pointers (RFC 6901): `""` is the whole document, `/blocks/3/rows/0` a place inside it.
enum JSONPointer {
  /// A reference token with `~` written `~0` and `/` written `~1`.
  ///
  /// - Parameter token: A member name or an array index as text.
  /// - Returns: The token as it appears in a pointer.
  static func escape(_ token: String) -> String {
    guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
    return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
  }

  /// `pointer` with one more reference token.
  ///
  /// - Parameters:
  ///   - pointer: A pointer.
  ///   - token: A member name, unescaped.
  /// - Returns: For example `/a~1b` for `""` and `a/b`.
  static func appending(_ pointer: String, _ token: String) -> String {
    pointer + "/" + escape(token)
  }

  /// The reference tokens of a pointer, unescaped.
  ///
  /// - Parameter pointer: A pointer, `""` or starting with `/`.
  /// - Returns: The tokens, or nil if the pointer does not start with `/` or has a `~` not followed by 0 or 1.
  static func tokens(of pointer: String) -> [String]? {
    if pointer.isEmpty { return [] }
    guard pointer.hasPrefix("/") else { return nil }
    var tokens: [String] = []
    for raw in pointer.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
      var token: [UInt8] = []
      var iterator = raw.makeIterator()
      while let byte = iterator.next() {
        guard byte == UInt8(ascii: "~") else {
          token.append(byte)
          continue
        }
        switch iterator.next() {
        case UInt8(ascii: "0"): token.append(UInt8(ascii: "~"))
        case UInt8(ascii: "1"): token.append(UInt8(ascii: "/"))
        default: return nil
        }
      }
      tokens.append(String(decoding: token, as: UTF8.self))
    }
    return tokens
  }
}
