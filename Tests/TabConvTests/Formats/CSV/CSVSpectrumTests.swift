import Testing

@testable import TabConv

/// csv-spectrum (max-mapper/csv-spectrum): each file gives the rows its `expected/<name>.json` lists.
///
/// The JSON is an array of objects keyed by the header, so the header row is the keys in
/// order and each object a row. Two files differ from their JSON on purpose or by upstream
/// error, and each difference is stated and checked exactly.
@Suite struct CSVSpectrumTests {
  /// Where tabconv's rows knowingly differ from csv-spectrum's JSON.
  enum Difference: Sendable {
    /// None.
    case none
    /// CRLF inside a quoted field is read as LF (tabconv's text holds no CR), with a warning.
    case crlfInQuotesReadAsLF
    /// The JSON holds another value than the CSV for one cell (an upstream mistake).
    case upstreamCell(row: Int, column: Int, json: String, csv: String)
  }

  static let cases: [(String, Difference)] = [
    ("csv-spectrum__empty", .none),
    ("csv-spectrum__empty_crlf", .none),
    ("csv-spectrum__escaped_quotes", .none),
    ("csv-spectrum__json", .none),
    // location_coordinates.json says 1234567890; the CSV beside it says 2095257564.
    ("csv-spectrum__location_coordinates", .upstreamCell(row: 1, column: 0, json: "1234567890", csv: "2095257564")),
    ("csv-spectrum__newlines", .none),
    ("csv-spectrum__newlines_crlf", .crlfInQuotesReadAsLF),
    ("csv-spectrum__quotes_and_newlines", .none),
    ("csv-spectrum__simple", .none),
    ("csv-spectrum__utf8", .none),
  ]

  @Test func `the cases cover every csv-spectrum file`() throws {
    let files = try CSVCorpus.fileNames().filter { $0.hasPrefix("csv-spectrum__") }
    #expect(files == Self.cases.map { $0.0 + ".csv" })
  }

  @Test(arguments: cases)
  func `each file gives exactly the rows of its expected JSON`(name: String, difference: Difference) throws {
    let json = try JSONParser.parse(try CSVCorpus.bytes("expected/\(name).json"))
    var expected = try Self.rows(of: json)
    let document = try ReadCSV.document(try CSVCorpus.bytes(name + ".csv"), file: name + ".csv")
    switch difference {
    case .none:
      #expect(document.warnings.isEmpty)
    case .crlfInQuotesReadAsLF:
      expected = expected.map { $0.map { $0.replacing("\r\n", with: "\n") } }
      #expect(document.warnings.count == 1)
    case .upstreamCell(let row, let column, let jsonText, let csvText):
      #expect(expected[row][column] == jsonText)
      expected[row][column] = csvText
    }
    #expect(ReadCSV.cells(of: document) == expected)
  }

  /// The header (keys of the first object, in order) and one row per object; a lone object is one row.
  static func rows(of json: JSONValue) throws -> [[String]] {
    let objects: [JSONValue]
    switch json {
    case .array(let items): objects = items
    case .object: objects = [json]
    default: throw JSONShapeError()
    }
    guard case .object(let first)? = objects.first else { throw JSONShapeError() }
    let keys = first.map(\.key)
    return try [keys]
      + objects.map { object in
        try keys.map { key in
          guard case .string(let text)? = object[key] else { throw JSONShapeError() }
          return text
        }
      }
  }

  struct JSONShapeError: Error {}
}
