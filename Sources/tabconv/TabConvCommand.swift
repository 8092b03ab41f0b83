import ArgumentParser
import TabConv

@main
struct TabConvCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tabconv",
    abstract: "Turn Word annexes and their Tika text into clean, validated tables and JSON.",
    discussion: """
      Reads .docx, Tika-extracted text and tabconv JSON; writes JSON, CSV and Tika text.
      Every document is checked against the published schema before anything is written.

      Examples:
        tabconv annex.txt --to json -o annex.json
        tabconv annex.txt --to csv --table 1
        tabconv annex.txt --to csv -o tables/        (one file per table)
        tabconv annex.json --to tika                 (the original Tika text, byte for byte)
        cat annex.txt | tabconv - --from tika --to csv --merged blank
        tabconv schema > tabconv-document.schema.json
      """,
    version: TabConvVersion.current,
    subcommands: [
      ConvertCommand.self, RecordsCommand.self, InspectCommand.self, ValidateCommand.self, SchemaCommand.self,
    ],
    defaultSubcommand: ConvertCommand.self
  )
}
