import Testing

@testable import TabConv

@Suite struct JSONValueTests {
  @Test func `numbers compare exactly across int and double`() {
    #expect(JSONNumber.int(9_007_199_254_740_993) != .double(9_007_199_254_740_992))
    #expect(JSONNumber.int(9_007_199_254_740_992) == .double(9_007_199_254_740_992))
    #expect(JSONNumber.double(9_007_199_254_740_992) < .int(9_007_199_254_740_993))
    #expect(JSONNumber.int(.max) < .double(9_223_372_036_854_775_808))
    #expect(JSONNumber.int(.min) == .double(-9_223_372_036_854_775_808))
    #expect(JSONNumber.int(1) < .double(1.5))
    #expect(JSONNumber.double(1.5) < .int(2))
    #expect(!(JSONNumber.int(2) < .double(2)))
    #expect(JSONNumber.int(-3) < .double(-2.5))
    #expect(JSONValue.number(.int(1)) == .number(.double(1.0)))
  }

  @Test func `multiples are decided on the decimal digits, exactly`() {
    let cases: [(JSONNumber, JSONNumber, Bool)] = [
      (.double(0.0075), .double(0.0001), true), (.double(0.00751), .double(0.0001), false),
      (.double(19.99), .double(0.01), true), (.double(0.3), .double(0.1), true), (.double(-4.5), .double(1.5), true),
      (.double(1e308), .double(0.5), true), (.double(1e-9), .double(1e-10), true),
      (.double(1e-10), .double(1e-9), false),
      (.int(10), .double(2.5), true), (.int(10), .double(3), false), (.double(1.5), .int(2), false),
      (.double(4), .int(2), true), (.int(0), .double(0.7), true), (.int(7), .int(2), false), (.int(-9), .int(3), true),
      (.double(1.5e20), .int(7), false), (.double(1.4e21), .int(7), true),
      (.double(.leastNonzeroMagnitude), .double(1e-300), false),
    ]
    for (value, divisor, expected) in cases {
      #expect(value.isMultiple(of: divisor) == expected, "\(value) of \(divisor)")
    }
  }

  @Test func `strings and member names compare by code point`() {
    #expect(JSONValue.string("\u{E4}") != .string("a\u{308}"))
    #expect(JSONValue.object([(key: "\u{E4}", value: .null)]) != .object([(key: "a\u{308}", value: .null)]))
    let object = JSONValue.object([(key: "a\u{308}", value: .bool(true))])
    #expect(object["\u{E4}"] == nil)
    #expect(object["a\u{308}"] == .bool(true))
  }

  @Test func `equal values hash alike`() {
    let pairs: [(JSONValue, JSONValue)] = [
      (.number(.int(1)), .number(.double(1))),
      (.number(.double(0)), .number(.double(-0.0))),
      (
        .object([(key: "a", value: .array([.number(.int(1))])), (key: "b", value: .null)]),
        .object([(key: "b", value: .null), (key: "a", value: .array([.number(.double(1))]))])
      ),
    ]
    for (lhs, rhs) in pairs {
      #expect(lhs == rhs)
      #expect(lhs.jsonHash == rhs.jsonHash)
    }
  }

  @Test func `JSON pointers escape and split tokens`() {
    #expect(JSONPointer.escape("a/b~c") == "a~1b~0c")
    #expect(JSONPointer.appending("/x", "~1") == "/x/~01")
    #expect(JSONPointer.tokens(of: "") == [])
    #expect(JSONPointer.tokens(of: "/a~1b/~0/") == ["a/b", "~", ""])
    #expect(JSONPointer.tokens(of: "/~01") == ["~1"])
    #expect(JSONPointer.tokens(of: "a") == nil)
    #expect(JSONPointer.tokens(of: "/~2") == nil)
  }

  @Test func `summaries and compact text for messages`() {
    #expect(JSONValue.number(.double(1.5)).summary == "number 1.5")
    #expect(JSONValue.number(.double(2)).summary == "integer 2.0")
    #expect(JSONValue.string("a\"b\n").summary == #"string "a\"b\n""#)
    #expect(
      JSONValue.array([.null, .bool(true), .object([(key: "k", value: .string("v"))])]).compactText()
        == #"[null, true, {"k": "v"}]"#)
    #expect(JSONValue.string(String(repeating: "x", count: 100)).compactText(limit: 10) == "\"xxxxxxxxxx…\"")
  }
}
