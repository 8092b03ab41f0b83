import Testing

@testable import TabConv

/// Reading CSV in tests: every document read is checked the way the Check will check it.
enum ReadCSV {
  /// Reads bytes and checks the document's invariants (one table or none, rows as wide as the
  /// table, spans tiling the grid, no control characters but tab and LF in the text).
  static func document(
    _ bytes: [UInt8], options: CSVReadOptions = .init(), file: String? = "t.csv",
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Document {
    let document = try CSVReader(options: options).read(bytes: bytes, file: file)
    #expect(document.source == Source(format: .csv, file: file), sourceLocation: sourceLocation)
    #expect(document.blocks.count <= 1, sourceLocation: sourceLocation)
    if let table = table(of: document) {
      #expect(table.grid.tilesExactly, sourceLocation: sourceLocation)
      #expect(table.rows.allSatisfy { $0.cells.count == table.columns }, sourceLocation: sourceLocation)
      for row in table.rows {
        for cell in row.cells {
          let bad = cell.text.unicodeScalars.first {
            $0 != "\t" && $0 != "\n" && ($0.value < 0x20 || (0x7F..<0xA0).contains($0.value))
          }
          #expect(bad == nil, "control character in \(cell.text.debugDescription)", sourceLocation: sourceLocation)
        }
      }
    }
    return document
  }

  /// Reads text given as UTF-8.
  static func document(
    _ text: String, options: CSVReadOptions = .init(), sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Document {
    try document(Array(text.utf8), options: options, sourceLocation: sourceLocation)
  }

  /// The text of every cell, row by row.
  static func rows(
    _ text: String, options: CSVReadOptions = .init(), sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> [[String]] {
    cells(of: try document(text, options: options, sourceLocation: sourceLocation))
  }

  /// The document's table, if it has one.
  static func table(of document: Document) -> Table? {
    guard case .table(let table)? = document.blocks.first else { return nil }
    return table
  }

  /// The text of every cell of the document's table, row by row.
  static func cells(of document: Document) -> [[String]] {
    table(of: document)?.rows.map { $0.cells.map(\.text) } ?? []
  }

  /// The error reading some bytes gives, as `line:column: reason`, or nil when they read.
  static func failure(_ bytes: [UInt8], options: CSVReadOptions = .init()) -> String? {
    do {
      _ = try CSVReader(options: options).read(bytes: bytes, file: "t.csv")
      return nil
    } catch let error as CSVError {
      return "\(error.location.line ?? 0):\(error.location.column ?? 0): \(error.reason)"
    } catch {
      return "unexpected error type: \(error)"
    }
  }

  /// The error reading some UTF-8 text gives, as `line:column: reason`.
  static func failure(_ text: String, options: CSVReadOptions = .init()) -> String? {
    failure(Array(text.utf8), options: options)
  }

  /// Text encoded by iconv, for made-up inputs in legacy encodings.
  static func encoded(_ text: String, as encoding: TextEncoding) throws -> [UInt8] {
    try Iconv.convert(Array(text.utf8)[...], from: "UTF-8", to: encoding.iconvName, onFailure: .stop).output
  }
}
