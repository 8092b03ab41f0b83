import ArgumentParser
import Foundation
import TabConv

struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Convert a document (the default command)."
  )

  @Argument(help: "The input file, or - for standard input; several files or directories convert them all into -o DIR.")
  var inputs: [String]

  @Option(help: "Batch: how many conversions run at once (default: all cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  /// The single input of a one-file conversion.
  private var input: String { inputs.first ?? "-" }

  @Option(
    help:
      "The input format (\(Format.allCases.map(\.rawValue).joined(separator: ", "))); default: from the extension or the content."
  )
  var from: Format?

  @Option(help: "The output format; default: from -o's extension, else json.")
  var to: Format?

  @Option(
    name: .shortAndLong,
    help: "The output file, or a directory ending in / for one file per table (CSV); default: standard output.")
  var output: String?

  @Option(help: "CSV: write only table N (1-based, nested tables counted in reading order).")
  var table: Int?

  @Option(help: "CSV: fill repeats a merged cell's text at every position it covers; blank leaves them empty.")
  var merged: CSVWriter.MergedCells = .fill

  @Option(help: "Tika text: the layout to read or write (cell-per-line, row-per-line); default: sniffed / the input's.")
  var tikaLayout: TikaLayout?

  @OptionGroup(title: "CSV and TSV")
  var csv: CSVOptions

  @Option(help: "Word: read tracked changes as accepted (default), original, or all (both sides).")
  var revisions: DocxReadOptions.Revisions = .accepted

  @Flag(help: "CSV/TSV: also write the tables of headers and footers (after the body's).")
  var pageFurniture = false

  @Flag(help: "JSON: write everything on one line.")
  var compact = false

  @Flag(help: "Refuse (exit 1, nothing written) a conversion that would lose anything the target format cannot hold.")
  var strict = false

  @Option(
    help:
      "Write the full loss report (what the target format cannot hold, and where) to this JSON file; in a batch, the report of failures (default DIR/tabconv-report.json)."
  )
  var report: String?

  @Flag(name: .shortAndLong, help: "Print no warnings.")
  var quiet = false

  func validate() throws {
    if let table, table < 1 { throw ValidationError("--table takes a number from 1") }
    if jobs < 1 { throw ValidationError("--jobs takes a number from 1") }
    if isBatch {
      guard output != nil else { throw ValidationError("converting several files or a directory needs -o DIR") }
      guard !inputs.contains("-") else { throw ValidationError("standard input (-) cannot be part of a batch") }
    }
  }

  /// Several inputs, or a directory: the batch mode.
  private var isBatch: Bool { inputs.count > 1 || inputs.contains { isDirectory($0) } }

  func run() throws {
    do {
      if isBatch {
        try convertBatch()
      } else {
        try convert()
      }
    } catch let error as any TabConvError {
      throw ExitStatus.report(error)
    }
  }

  private func convertBatch() throws {
    let target = to ?? .json
    let directory = output ?? "."
    let plan = try BatchPlan(inputs: inputs, outputDirectory: directory, target: target)
    let converter = BatchConverter(
      target: target,
      readOptions: ReadOptions(
        tikaLayout: tikaLayout, docx: DocxReadOptions(revisions: revisions), csv: try csv.readOptions()),
      writeOptions: WriteOptions(
        tikaLayout: tikaLayout, merged: merged, csvDialect: try csv.dialect(inputIsDelimitedText: false),
        omitsFirstRow: csv.noHeader, escapesFormulas: csv.excelSafe, prettyJSON: !compact,
        generator: "tabconv \(TabConvVersion.current)"),
      jobs: jobs)
    let bar = ProgressBar(total: plan.items.count, enabled: !quiet)
    let summary = converter.run(plan) { done, _ in bar.update(done: done) }
    bar.finish()
    let reportPath = report ?? URL(fileURLWithPath: directory).appendingPathComponent("tabconv-report.json").path
    try AtomicFile.write(BatchReportJSONWriter.write(summary), to: reportPath)
    if !quiet {
      for failure in summary.failures.prefix(10) { StandardError.print("tabconv: \(failure.message)") }
      if summary.failures.count > 10 {
        StandardError.print("tabconv: … and \(summary.failures.count - 10) more failures")
      }
    }
    let rate = summary.seconds > 0 ? Double(plan.items.count) / summary.seconds : 0
    StandardError.print(
      String(
        format: "tabconv: converted %d of %d files in %.1f s (%.1f files/s); %d failed; report: %@", summary.converted,
        plan.items.count, summary.seconds, rate, summary.failures.count, reportPath))
    if let first = summary.failures.first { throw ExitCode(ExitStatus.code(for: first.category)) }
  }

  private func convert() throws {
    let readOptions = ReadOptions(
      tikaLayout: tikaLayout, docx: DocxReadOptions(revisions: revisions), csv: try csv.readOptions())
    let target = to ?? output.flatMap { Format.guess(fromPath: $0) } ?? .json
    // Standard input is read whole first (its format may need sniffing); a file is opened by path,
    // so a .docx can be streamed without holding it.
    let stdinBytes = input == "-" ? try InputFile.read(input) : nil
    let inputFormat =
      try from ?? stdinBytes.map { DocumentLoader.inputFormat(bytes: $0, file: input) }
      ?? DocumentLoader.inputFormat(path: input)
    let options = WriteOptions(
      tikaLayout: tikaLayout, merged: merged,
      csvDialect: try csv.dialect(inputIsDelimitedText: inputFormat == .csv || inputFormat == .tsv),
      omitsFirstRow: csv.noHeader,
      escapesFormulas: csv.excelSafe, prettyJSON: !compact, generator: "tabconv \(TabConvVersion.current)",
      includesPageFurniture: pageFurniture)
    if streams(from: inputFormat, to: target) {
      try convertStreaming(stdinBytes, format: inputFormat, target: target, readOptions: readOptions, options: options)
      return
    }
    let bytes = try stdinBytes ?? InputFile.read(input)
    let document = try DocumentLoader.load(bytes: bytes, file: input, format: inputFormat, options: readOptions)
    if !quiet { reportWarnings(document) }
    var tables = document.flatTables(includingPageFurniture: pageFurniture)
    if let table {
      guard table <= tables.count else {
        throw FormatError(kind: .noSuchTable(number: table, count: tables.count), location: SourceLocation(file: input))
      }
      tables = [tables[table - 1]]
    }
    let losses = LossReport.compute(
      for: document, writing: target, tables: FormatRegistry.holdsOnlyTables(target) ? tables : nil,
      merged: FormatRegistry.holdsOnlyTables(target) ? merged : nil)
    try settle(losses, target: target)
    guard let output else {
      let bytes = try FormatRegistry.write(document, as: target, tables: tables, options: options)
      FileHandle.standardOutput.write(Data(bytes))
      return
    }
    if output.hasSuffix("/") || isDirectory(output) {
      try writeIntoDirectory(output, document: document, tables: tables, format: target, options: options)
    } else {
      let bytes = try FormatRegistry.write(document, as: target, tables: tables, options: options)
      try AtomicFile.write(bytes, to: output, protecting: [input])
    }
  }

  /// Whether the conversion streams, block by block from reader to writer.
  ///
  /// Streaming never holds the document. It does for the formats written block by block, from the readers that stream
  /// (.docx) or give a document at once (Tika text, CSV, TSV), into one file or standard output;
  /// one file per table (`-o DIR/`) and every other format go through the whole document.
  private func streams(from inputFormat: Format, to target: Format) -> Bool {
    // Header and footer tables come after the body's, once the whole document is read.
    guard !pageFurniture, [.docx, .tika, .csv, .tsv].contains(inputFormat),
      FormatRegistry.blockWriter(for: target) != nil
    else {
      return false
    }
    guard let output else { return true }
    return !output.hasSuffix("/") && !isDirectory(output)
  }

  /// Reads, checks and writes block by block into a temporary file, renamed into place (or
  /// copied to standard output) only when every block passed its check and nothing is refused.
  private func convertStreaming(
    _ stdinBytes: [UInt8]?, format: Format, target: Format, readOptions: ReadOptions, options: WriteOptions
  ) throws {
    let tableOnly = FormatRegistry.holdsOnlyTables(target)
    guard let writer = FormatRegistry.blockWriter(for: target, table: tableOnly ? table : nil, options: options) else {
      return
    }
    let destination = try output.map { try StreamingOutput(path: $0, protecting: [input]) } ?? StreamingOutput()
    var conversion = StreamingConversion(
      writer: writer, output: destination,
      losses: LossReport.Accumulator(writing: target, merged: tableOnly ? merged : nil, table: tableOnly ? table : nil))
    // Checks and the writer on a second core, while this one reads.
    let pipelined = ProcessInfo.processInfo.activeProcessorCount > 1
    if let stdinBytes {
      try DocumentLoader.stream(
        bytes: stdinBytes, file: input, format: format, options: readOptions, pipelined: pipelined, into: &conversion)
    } else {
      try DocumentLoader.stream(
        path: input, format: format, options: readOptions, pipelined: pipelined, into: &conversion)
    }
    if !quiet, let rest = conversion.rest { reportWarnings(rest) }
    if let table, table > conversion.losses.tableCount {
      throw FormatError(
        kind: .noSuchTable(number: table, count: conversion.losses.tableCount), location: SourceLocation(file: input))
    }
    try settle(conversion.losses.report, target: target)
    try destination.commit()
  }

  /// Writes the loss report when asked for, refuses under `--strict` when anything is lost, or
  /// says what is lost in one line.
  private func settle(_ losses: LossReport, target: Format) throws {
    if let report {
      try AtomicFile.write(LossReportJSONWriter().write(losses, input: input), to: report, protecting: [input])
    }
    if !losses.isEmpty {
      if strict {
        throw ConversionRefused(location: SourceLocation(file: input), target: target, summary: losses.summary)
      }
      if !quiet {
        StandardError.print(
          "tabconv: note: \(input): \(target.rawValue) cannot hold \(losses.summary)\(report == nil ? "; --report FILE.json lists where" : "")"
        )
      }
    }
  }

  /// One file per table for table-only formats, else one file named after the input.
  private func writeIntoDirectory(
    _ directory: String, document: Document, tables: [FlatTable], format: Format, options: WriteOptions
  ) throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let stem = input == "-" ? "stdin" : URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
    let base = URL(fileURLWithPath: directory)
    guard FormatRegistry.holdsOnlyTables(format) else {
      let bytes = try FormatRegistry.write(document, as: format, options: options)
      let path = base.appendingPathComponent("\(stem).\(format.fileExtension)").path
      try AtomicFile.write(bytes, to: path, protecting: [input])
      return
    }
    for table in tables {
      let bytes = try FormatRegistry.write(document, as: format, tables: [table], options: options)
      let path = base.appendingPathComponent("\(stem).table-\(table.number).\(format.fileExtension)").path
      try AtomicFile.write(bytes, to: path, protecting: [input])
    }
  }

  private func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  private func reportWarnings(_ document: Document) {
    guard !document.warnings.isEmpty else { return }
    var counts: [String: Int] = [:]
    for warning in document.warnings { counts[warning.kind.rawValue, default: 0] += 1 }
    let summary = counts.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
    StandardError.print(
      "tabconv: warning: \(input): \(document.warnings.count) warnings (\(summary)); the JSON output lists them")
  }
}

/// A conversion refused under `--strict` because the target format would lose something.
struct ConversionRefused: TabConvError {
  var location: SourceLocation
  var target: Format
  var summary: String
  var category: ErrorCategory { .refusedByCheck }
  var reason: String { "\(target.rawValue) cannot hold \(summary); nothing written (--strict)" }
}
