import ArgumentParser
import Foundation
import TabConv

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check tabconv JSON files against the published schema and the rules a schema cannot say.",
    discussion: """
      Lists every problem with its JSON pointer, one per line: the schema's (unknown members, wrong
      types, missing members, values out of range), then span tiling and clean text. Exits 0 when
      every file is valid, 1 when any has problems, 65 when one is not JSON at all.

      Example:
        tabconv validate annex.json
      """
  )

  @Argument(help: "The JSON files to check (- for standard input).")
  var files: [String]

  func run() throws {
    var invalid = 0
    for file in files {
      do {
        let problems = try DocumentValidation.problems(in: try InputFile.read(file), file: file)
        if problems.isEmpty {
          print("\(file): valid")
        } else {
          invalid += 1
          for problem in problems { print("\(file): \(problem)") }
        }
      } catch let error as any TabConvError {
        throw ExitStatus.report(error)
      }
    }
    if invalid > 0 { throw ExitCode(ExitStatus.code(for: .refusedByCheck)) }
  }
}
