import ArgumentParser
import Foundation
import TabConv

/// The formats records are written in.
enum RecordFormat: String, ExpressibleByArgument, CaseIterable {
  case csv, jsonl, json
}

struct RecordsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "records",
    abstract: "Write cleaned records: one per data row, keyed by the header, merged cells filled.",
    discussion: """
      Header rows are detected (or given with --header-row); title rows and header rows split
      tables that Word glued together into their forms. The performance-indicators profile knows
      budget performance-target annexes (一级指标 / 二级指标 / 三级指标 / 指标值 …), parses their
      values (≥4000户 → {"op": "≥", "value": 4000, "unit": "户"}) and reports data problems as
      findings on stderr: totals that do not add up, implausible periods, amounts that disagree
      with their explanation (--strict-findings makes them an error).

      Examples:
        tabconv records annex.txt --profile performance-indicators --to jsonl
        tabconv records annex.docx --profile performance-indicators --to csv -o indicators.csv
        tabconv records data.csv --header-row 2 --to json
      """
  )

  @Argument(help: "The input file, or - for standard input.")
  var input: String

  @Option(help: "The input format; default: from the extension or the content.")
  var from: Format?

  @Option(help: "The output format: csv, jsonl or json.")
  var to: RecordFormat = .jsonl

  @Option(name: .shortAndLong, help: "The output file; default: standard output.")
  var output: String?

  @Option(help: "The table profile: \(TableProfile.builtIn.keys.sorted().joined(separator: ", ")).")
  var profile = TableProfile.generic.name

  @Option(help: "Take row N (1-based) of every table as its header instead of detecting it.")
  var headerRow: Int?

  @Option(help: "Only table N (1-based, as --table of convert counts).")
  var table: Int?

  @Option(
    help:
      "A Frictionless Table Schema the records must meet (type, required, pattern, minimum, maximum, enum); violations are listed and nothing is written."
  )
  var schema: String?

  @OptionGroup(title: "CSV and TSV")
  var csv: CSVOptions

  @Flag(help: "Fail (exit 1, nothing written) when the annex consistency checks find a problem.")
  var strictFindings = false

  @Flag(name: .shortAndLong, help: "Print no warnings.")
  var quiet = false

  func validate() throws {
    guard TableProfile.builtIn[profile] != nil else {
      throw ValidationError(
        "unknown profile '\(profile)'; use one of \(TableProfile.builtIn.keys.sorted().joined(separator: ", "))")
    }
    if let headerRow, headerRow < 1 { throw ValidationError("--header-row takes a number from 1") }
    if let table, table < 1 { throw ValidationError("--table takes a number from 1") }
  }

  func run() throws {
    do {
      let bytes = try InputFile.read(input)
      let inputFormat = from ?? DocumentLoader.inputFormat(bytes: bytes, file: input)
      let document = try DocumentLoader.load(
        bytes: bytes, file: input, format: inputFormat, options: ReadOptions(csv: try csv.readOptions()))
      if let table, table > document.flatTables.count {
        throw FormatError(
          kind: .noSuchTable(number: table, count: document.flatTables.count), location: SourceLocation(file: input))
      }
      let extractor = RecordExtractor(profile: TableProfile.builtIn[profile] ?? .generic, headerRow: headerRow)
      let records = extractor.records(from: document, tables: table.map { [$0] })
      let findings = profile == TableProfile.performanceIndicators.name ? AnnexConsistency.findings(in: document) : []
      if !quiet || strictFindings {
        for finding in findings {
          StandardError.print(
            "tabconv: finding: \(input): table \(finding.table), row \(finding.row): \(finding.message) (\(finding.kind.rawValue))"
          )
        }
      }
      if let schema {
        let contract = try RecordContract(bytes: try InputFile.read(schema), file: schema)
        let violations = contract.violations(of: records)
        if !violations.isEmpty {
          for violation in violations { StandardError.print("tabconv: \(input): \(violation)") }
          StandardError.print("tabconv: \(input): \(violations.count) violations of \(schema); nothing written")
          throw ExitCode(ExitStatus.code(for: .refusedByCheck))
        }
      }
      if strictFindings, !findings.isEmpty {
        StandardError.print("tabconv: \(input): \(findings.count) findings; nothing written (--strict-findings)")
        throw ExitCode(ExitStatus.code(for: .refusedByCheck))
      }
      if !quiet, records.isEmpty {
        StandardError.print(
          "tabconv: warning: \(input): no records: no table has a header row (try --header-row or --profile)")
      }
      let result: [UInt8]
      switch to {
      case .jsonl: result = RecordJSONWriter(linesFormat: true).write(records)
      case .json: result = RecordJSONWriter(linesFormat: false).write(records)
      case .csv:
        let dialect = try csv.dialect(inputIsDelimitedText: inputFormat == .csv || inputFormat == .tsv)
        result = try RecordCSVWriter(csv: CSVWriter(dialect: dialect)).write(records)
      }
      if let output {
        try AtomicFile.write(result, to: output, protecting: [input])
      } else {
        FileHandle.standardOutput.write(Data(result))
      }
    } catch let error as any TabConvError {
      throw ExitStatus.report(error)
    }
  }
}
