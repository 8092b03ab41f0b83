import Testing

@testable import TabConv

/// Reads a fixture built from body XML, and checks what every test's document must satisfy.
enum DocxTestReading {
  static let fileName = "fixture.docx"

  /// Reads a .docx whose body is `body`; every table (nested ones too) must tile its grid.
  static func read(
    body: String, strict: Bool = false, options: DocxReadOptions = .init(),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Document {
    let bytes = DocxFixtureBuilder.document(body: body, strict: strict)
    let document = try DocxReader(options: options).read(bytes: bytes, displayName: fileName)
    for table in document.allTables {
      #expect(table.grid.tilesExactly, "\(table.grid.problems)", sourceLocation: sourceLocation)
    }
    return document
  }

  /// Reads a .docx whose body is `body` with extra parts; every table must tile its grid.
  static func read(
    body: String, parts: DocxFixtureParts, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Document {
    let bytes = DocxFixtureBuilder.document(body: body, parts: parts)
    let document = try DocxReader().read(bytes: bytes, displayName: fileName)
    for table in document.allTables {
      #expect(table.grid.tilesExactly, "\(table.grid.problems)", sourceLocation: sourceLocation)
    }
    return document
  }

  /// The texts of the body's paragraphs, in order.
  static func texts(_ document: Document) -> [String] {
    document.blocks.compactMap { block in
      if case .paragraph(let paragraph) = block { return paragraph.text }
      return nil
    }
  }

  /// The first table of the body.
  static func firstTable(_ document: Document) -> Table? {
    for case .table(let table) in document.blocks { return table }
    return nil
  }

  /// A warning at a place in the fixture's main part.
  static func warning(_ kind: DocumentWarning.Kind, _ message: String, line: Int, column: Int) -> DocumentWarning {
    DocumentWarning(
      kind, message, at: TabConv.SourceLocation(file: fileName, part: "word/document.xml", line: line, column: column))
  }

  /// The error reading `bytes` throws, if it is a `DocxError`.
  static func error(reading bytes: [UInt8], options: DocxReadOptions = .init()) -> DocxError? {
    do {
      _ = try DocxReader(options: options).read(bytes: bytes, displayName: fileName)
      return nil
    } catch {
      return error as? DocxError
    }
  }
}
