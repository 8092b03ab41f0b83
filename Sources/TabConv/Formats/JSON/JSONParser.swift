/// A strict RFC 8259 JSON parser, from UTF-8 bytes to `JSONValue`.
///
/// Strict means: one value with nothing after it but whitespace, no comments, no trailing commas,
/// no duplicate keys in an object, no lone surrogates, and only valid UTF-8. A UTF-8 byte-order mark
/// at the start is skipped. Integers that fit in 64 bits become `.int`, every other number `.double`.
public enum JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  public static let maximumDepth = 512

  /// Parses a JSON text.
  ///
  /// - Parameters:
  ///   - bytes: The text, in UTF-8.
  ///   - file: The file name for error locations, or nil.
  /// - Returns: The value.
  /// - Throws: `JSONParseError` with the 1-based line and column (in Unicode scalars) of the problem.
  public static func parse(_ bytes: [UInt8], file: String? = nil) throws -> JSONValue {
    try bytes.withUnsafeBufferPointer { buffer in
      var reader = Reader(bytes: buffer, file: file)
      return try reader.parseDocument()
    }
  }

  /// The parser's state: a position in the bytes, and the line it is on.
  struct Reader {
    /// The whole input.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The file name for error locations.
    let file: String?
    /// The offset of the next byte to read.
    var position = 0
    /// The 1-based line of `position`.
    var line = 1
    /// The offset where the current line starts.
    var lineStart = 0
    /// How many arrays and objects enclose `position`.
    var depth = 0
    /// Reused storage for strings with escapes.
    var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, file: String?) {
      self.bytes = bytes
      self.file = file
    }

    /// Parses the one value of the input, after an optional byte-order mark.
    mutating func parseDocument() throws -> JSONValue {
      if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
        position = 3
        lineStart = 3
      }
      skipWhitespace()
      let value = try parseValue(expecting: "a value")
      skipWhitespace()
      guard position == bytes.count else { throw error("trailing content after the JSON value") }
      return value
    }

    /// Skips spaces, tabs and line breaks (LF, CR LF or a lone CR), counting lines.
    @inline(__always)
    mutating func skipWhitespace() {
      while position < bytes.count {
        switch bytes[position] {
        case 0x20, 0x09:
          position += 1
        case 0x0A:
          position += 1
          line += 1
          lineStart = position
        case 0x0D:
          position += 1
          if position < bytes.count, bytes[position] == 0x0A { position += 1 }
          line += 1
          lineStart = position
        default:
          return
        }
      }
    }

    /// Parses a value at `position`, which is not whitespace.
    ///
    /// - Parameter expected: What the error says was expected, such as `a value after ','`.
    mutating func parseValue(expecting expected: String) throws -> JSONValue {
      guard position < bytes.count else { throw unexpected(expected) }
      switch bytes[position] {
      case UInt8(ascii: "{"): return try parseObject()
      case UInt8(ascii: "["): return try parseArray()
      case UInt8(ascii: "\""): return .string(try parseString())
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
      case UInt8(ascii: "t") where matches("true"):
        position += 4
        return .bool(true)
      case UInt8(ascii: "f") where matches("false"):
        position += 5
        return .bool(false)
      case UInt8(ascii: "n") where matches("null"):
        position += 4
        return .null
      default:
        throw unexpected(expected)
      }
    }

    /// Whether the bytes at `position` spell `literal`.
    private func matches(_ literal: StaticString) -> Bool {
      let count = literal.utf8CodeUnitCount
      guard bytes.count - position >= count else { return false }
      let start = literal.utf8Start
      for index in 0..<count where bytes[position + index] != start[index] { return false }
      return true
    }

    /// Parses an object; `position` is at its `{`.
    private mutating func parseObject() throws -> JSONValue {
      try enterContainer()
      skipWhitespace()
      var members: [(key: String, value: JSONValue)] = []
      if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
        position += 1
        depth -= 1
        return .object(members)
      }
      var keys: Set<JSONKey> = []
      while true {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
          throw unexpected(members.isEmpty ? "a string key or '}'" : "a string key after ','")
        }
        let keyStart = position
        let key = try parseString()
        if isDuplicate(key, in: members, keys: &keys) {
          throw error("duplicate key \(key.jsonQuoted(limit: 60)) in an object", at: keyStart)
        }
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
          throw unexpected("':' after an object key")
        }
        position += 1
        skipWhitespace()
        members.append((key: key, value: try parseValue(expecting: "a value after ':'")))
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: ",") {
          position += 1
          skipWhitespace()
        } else if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
          position += 1
          depth -= 1
          return .object(members)
        } else {
          throw unexpected("',' or '}' after an object member")
        }
      }
    }

    /// Whether `key` is already a member name, compared code point by code point.
    ///
    /// Small objects are scanned; from 16 members on, `keys` holds every name so far.
    private func isDuplicate(_ key: String, in members: [(key: String, value: JSONValue)], keys: inout Set<JSONKey>)
      -> Bool
    {
      let threshold = 16
      if members.count < threshold {
        return members.contains { $0.key.utf8.elementsEqual(key.utf8) }
      }
      if keys.isEmpty { keys = Set(members.map { JSONKey($0.key) }) }
      return !keys.insert(JSONKey(key)).inserted
    }

    /// Parses an array; `position` is at its `[`.
    private mutating func parseArray() throws -> JSONValue {
      try enterContainer()
      skipWhitespace()
      var elements: [JSONValue] = []
      if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
        position += 1
        depth -= 1
        return .array(elements)
      }
      while true {
        elements.append(try parseValue(expecting: elements.isEmpty ? "a value or ']'" : "a value after ','"))
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: ",") {
          position += 1
          skipWhitespace()
        } else if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
          position += 1
          depth -= 1
          return .array(elements)
        } else {
          throw unexpected("',' or ']' after an array element")
        }
      }
    }

    /// Steps over a `[` or `{`, refusing to go deeper than `maximumDepth`.
    private mutating func enterContainer() throws {
      guard depth < JSONParser.maximumDepth else {
        throw error("nesting deeper than \(JSONParser.maximumDepth) levels")
      }
      depth += 1
      position += 1
    }
  }
}
