import Testing

@testable import TabConv

@Suite struct JSONParserTests {
  /// Parses UTF-8 text.
  private func parse(_ text: String) throws -> JSONValue {
    try JSONParser.parse(Array(text.utf8))
  }

  /// The error for some bytes, as `line:column: reason`, or nil when they parse.
  private func failure(_ bytes: [UInt8]) -> String? {
    do {
      _ = try JSONParser.parse(bytes)
      return nil
    } catch let error as JSONParseError {
      return "\(error.location.line ?? 0):\(error.location.column ?? 0): \(error.reason)"
    } catch {
      return "unexpected error type: \(error)"
    }
  }

  private func failure(_ text: String) -> String? {
    failure(Array(text.utf8))
  }

  @Test func `a mix of values parses exactly, keeping member order`() throws {
    let value = try parse(
      #"{"z": [1, -2, 3.5, 1e2, true, false, null, "x"], "a": {}, "m": [], "s": "a\u00e9\ud83d\ude00\n\"\/"}"#)
    guard case .object(let members) = value else {
      Issue.record("not an object: \(value)")
      return
    }
    #expect(members.map(\.key) == ["z", "a", "m", "s"])
    #expect(
      members[0].value
        == .array([
          .number(.int(1)), .number(.int(-2)), .number(.double(3.5)), .number(.double(100)), .bool(true),
          .bool(false), .null, .string("x"),
        ]))
    #expect(members[1].value == .object([]))
    #expect(members[2].value == .array([]))
    #expect(members[3].value == .string("a\u{E9}\u{1F600}\n\"/"))
  }

  @Test func `numbers are Int64 when written as integers that fit, else doubles`() throws {
    #expect(try parse("9223372036854775807") == .number(.int(.max)))
    #expect(try parse("-9223372036854775808") == .number(.int(.min)))
    #expect(try parse("-0") == .number(.int(0)))
    #expect(try parse("0") == .number(.int(0)))
    guard case .number(.double(let big)) = try parse("9223372036854775808") else {
      Issue.record("2^63 is not a double")
      return
    }
    #expect(big == 9_223_372_036_854_775_808.0)
    guard case .number(.double(let negativeZero)) = try parse("-0.0") else {
      Issue.record("-0.0 is not a double")
      return
    }
    #expect(negativeZero == 0 && negativeZero.sign == .minus)
    let doubles: [(String, Double)] = [
      ("0.1", 0.1), ("1.0", 1.0), ("0.1e1", 1.0), ("1E+2", 100), ("2.5E-3", 0.0025), ("-12.75", -12.75),
      ("1.7976931348623157e308", 1.7976931348623157e308), ("5e-324", .leastNonzeroMagnitude),
      ("123456789012345678901234567890", 1.2345678901234568e29), ("0.30000000000000004", 0.30000000000000004),
      ("1e-400", 0), ("9007199254740993.0", 9_007_199_254_740_992),
    ]
    for (text, expected) in doubles {
      guard case .number(.double(let value)) = try parse(text) else {
        Issue.record("\(text) is not a double")
        continue
      }
      #expect(value == expected, "\(text)")
    }
  }

  @Test func `strings keep raw UTF-8, NUL escapes and code points distinct from canonical equivalents`() throws {
    #expect(try parse(#""caf\u00e9 café \u0000""#) == .string("café café \u{0}"))
    let value = try parse(#"{"\u00e4": 1, "a\u0308": 2}"#)
    #expect(value["\u{E4}"] == .number(.int(1)))
    #expect(value["a\u{308}"] == .number(.int(2)))
  }

  @Test func `a byte-order mark is skipped and not counted in columns`() throws {
    #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == .array([.number(.int(1))]))
    #expect(failure([0xEF, 0xBB, 0xBF] + Array("[1,]".utf8)) == "1:4: expected a value after ',', found ']'")
  }

  @Test func `512 levels of nesting parse and 513 do not`() throws {
    let deep = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    #expect(throws: Never.self) { try parse(deep) }
    let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
    #expect(failure(tooDeep) == "1:513: nesting deeper than 512 levels")
    #expect(failure(String(repeating: #"{"a":"#, count: 513)) == "1:2561: nesting deeper than 512 levels")
  }

  @Test func `structural errors give line, column, what was found and what was expected`() {
    let cases: [(String, String)] = [
      (#"{"a" 1}"#, "1:6: expected ':' after an object key, found '1'"),
      (#"{"a": 1 x}"#, "1:9: expected ',' or '}' after an object member, found 'x'"),
      (#"{"a":1,}"#, "1:8: expected a string key after ',', found '}'"),
      ("{,}", "1:2: expected a string key or '}', found ','"),
      ("{\"a\": }", "1:7: expected a value after ':', found '}'"),
      ("[1,]", "1:4: expected a value after ',', found ']'"),
      ("[1 2]", "1:4: expected ',' or ']' after an array element, found '2'"),
      ("[true, tru]", "1:8: expected a value after ',', found 'tru'"),
      ("[", "1:2: expected a value or ']', found end of input"),
      ("", "1:1: expected a value, found end of input"),
      ("  \n ", "2:2: expected a value, found end of input"),
      ("[1] 2", "1:5: trailing content after the JSON value"),
      ("{} // comment", "1:4: trailing content after the JSON value"),
      ("[1, \u{A0}2]", "1:5: expected a value after ',', found U+00A0"),
      ("{\"\u{E9}\": 1, \"\u{FC}\" 2}", "1:14: expected ':' after an object key, found '2'"),
      ("{\r\n  \"a\": 1,\r\n  \"a\": 2\r\n}", "3:3: duplicate key \"a\" in an object"),
      ("[1,\r2 x]", "2:3: expected ',' or ']' after an array element, found 'x'"),
      ("{\"text\": 1,\n \"text\": 2}", "2:2: duplicate key \"text\" in an object"),
    ]
    for (input, expected) in cases {
      #expect(failure(input) == expected, "\(input.debugDescription)")
    }
  }

  @Test func `duplicate keys are found in large objects too`() {
    let members = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
    #expect(failure("{\(members), \"k7\": 0}") == "1:\(members.count + 4): duplicate key \"k7\" in an object")
  }

  @Test func `number errors`() {
    let cases: [(String, String)] = [
      ("01", "1:2: expected '.', 'e' or the end of the number after a leading '0', found '1'"),
      ("-01", "1:3: expected '.', 'e' or the end of the number after a leading '0', found '1'"),
      ("+1", "1:1: expected a value, found '+'"),
      (".5", "1:1: expected a value, found '.'"),
      ("NaN", "1:1: expected a value, found 'NaN'"),
      ("[Infinity]", "1:2: expected a value or ']', found 'Infinity'"),
      ("-x", "1:2: expected a digit after '-', found 'x'"),
      ("-", "1:2: expected a digit after '-', found end of input"),
      ("1.", "1:3: expected a digit after '.', found end of input"),
      ("1.e3", "1:3: expected a digit after '.', found 'e3'"),
      ("1e+", "1:4: expected a digit in the exponent, found end of input"),
      ("[1e400]", "1:2: number 1e400 is too large for a double"),
      ("0x10", "1:2: trailing content after the JSON value"),
    ]
    for (input, expected) in cases {
      #expect(failure(input) == expected, "\(input.debugDescription)")
    }
  }

  @Test func `string errors`() {
    let cases: [(String, String)] = [
      (#"["abc"#, "1:2: unterminated string"),
      (#""abc\"#, "1:1: unterminated string"),
      (#"["\ud800"]"#, #"1:3: lone surrogate \ud800 in a string"#),
      (#""x\uDC00""#, #"1:3: lone surrogate \uDC00 in a string"#),
      (#""\ud800\u0041""#, #"1:2: lone surrogate \ud800 in a string"#),
      (#""\ud800x""#, #"1:2: lone surrogate \ud800 in a string"#),
      (#""a\qb""#, #"1:3: invalid escape '\q' in a string, expected one of " \ / b f n r t u after the backslash"#),
      (#""\u12x4""#, #"1:6: expected a hex digit in a '\u' escape, found 'x'"#),
      ("\"tab\there\"", #"1:5: control character U+0009 in a string, expected an escape such as \u0009"#),
      ("\"line\nbreak\"", #"1:6: control character U+000A in a string, expected an escape such as \u000A"#),
    ]
    for (input, expected) in cases {
      #expect(failure(input) == expected, "\(input.debugDescription)")
    }
  }

  @Test func `invalid UTF-8 is an error at its place`() {
    let quote = UInt8(ascii: "\"")
    #expect(
      failure([UInt8(ascii: "[")] + [quote, UInt8(ascii: "a"), 0xFF, quote, UInt8(ascii: "]")])
        == "1:4: invalid UTF-8 byte 0xff in a string")
    #expect(failure([quote, 0xE2, 0x28, 0xA1, quote]) == "1:2: invalid UTF-8 sequence 0xe2 0x28 in a string")
    #expect(failure([quote, 0xED, 0xA0, 0x80, quote]) == "1:2: invalid UTF-8 sequence 0xed 0xa0 in a string")
    #expect(failure([quote, 0xC0, 0x80, quote]) == "1:2: invalid UTF-8 byte 0xc0 in a string")
    #expect(failure([quote, 0xF4, 0x90, 0x80, 0x80, quote]) == "1:2: invalid UTF-8 sequence 0xf4 0x90 in a string")
    #expect(failure([quote, 0xC3]) == "1:2: invalid UTF-8 byte 0xc3 in a string")
    #expect(failure(Array("[1,\n ".utf8) + [0xC3, UInt8(ascii: "]")]) == "2:2: invalid UTF-8 sequence 0xc3 0x5d")
    #expect(failure(Array("\"\u{E9}\u{E9}".utf8) + [0x80, quote]) == "1:4: invalid UTF-8 byte 0x80 in a string")
  }

  @Test func `the error renders as one line with the file name`() {
    do {
      _ = try JSONParser.parse(Array("{\n  \"a\": 1\n  \"b\": 2\n}".utf8), file: "in.json")
      Issue.record("no error")
    } catch let error as JSONParseError {
      #expect(error.description == "in.json: line 3, column 3: expected ',' or '}' after an object member, found '\"'")
      #expect(error.category == .badInput)
      #expect(error.location == SourceLocation(file: "in.json", line: 3, column: 3))
    } catch {
      Issue.record("unexpected error type: \(error)")
    }
  }
}
