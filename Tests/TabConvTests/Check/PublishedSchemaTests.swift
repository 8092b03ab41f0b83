import Testing

@testable import TabConv

@Suite struct PublishedSchemaTests {
  @Test func `the built-in schema is the published file, byte for byte`() throws {
    let file = try Samples.bytes(Samples.packageRoot.appendingPathComponent("Schemas/tabconv-document.schema.json"))
    // If this fails, run scripts/embed-schema.sh.
    #expect(Array((PublishedSchema.documentSchemaText + "\n").utf8) == file)
  }

  @Test func `the published schema compiles with tabconv's validator`() throws {
    _ = try SchemaCheck.validator.get()
  }
}
