import ArgumentParser
import TabConv

struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Print the JSON Schema (draft 2020-12) of tabconv's document JSON."
  )

  func run() throws {
    print(PublishedSchema.documentSchemaText)
  }
}
