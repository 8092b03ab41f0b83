import ArgumentParser
import Foundation
import TabConv

struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract: "Sum up a document: tables and their merged cells, anchors, warnings; or draw one table.",
    discussion: """
      Examples:
        tabconv inspect annex.txt
        tabconv inspect annex.docx --table 3
      """
  )

  @Argument(help: "The input file, or - for standard input.")
  var input: String

  @Option(help: "The input format; default: from the extension or the content.")
  var from: Format?

  @Option(help: "Draw table N (1-based) with box characters, merged cells drawn merged.")
  var table: Int?

  @Option(help: "With --table: the column width at which text wraps.")
  var width = 30

  func validate() throws {
    if let table, table < 1 { throw ValidationError("--table takes a number from 1") }
  }

  func run() throws {
    do {
      let document = try DocumentLoader.load(bytes: try InputFile.read(input), file: input, format: from)
      guard let table else {
        print(DocumentSummary(document).text, terminator: "")
        return
      }
      let tables = document.flatTables
      guard table <= tables.count else {
        throw FormatError(kind: .noSuchTable(number: table, count: tables.count), location: SourceLocation(file: input))
      }
      print(TableDrawing(maximumColumnWidth: width).draw(tables[table - 1].table), terminator: "")
    } catch let error as any TabConvError {
      throw ExitStatus.report(error)
    }
  }
}
