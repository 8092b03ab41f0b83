import Foundation
import Testing

@testable import TabConv

/// The streaming path (reader → checks → block writer → temporary file) writes exactly the bytes
/// of the whole-document path, for every seed and corpus file and every format written block by
/// block, and writes nothing when a block fails its check.
@Suite struct StreamingConversionTests {
  /// Every input the comparison runs on: the two seeds, every corpus .docx and CSV/TSV file.
  static let inputs: [String] = {
    let corpus = Samples.sharedCorpus
    let docx = DocxCorpusTests.files.map { corpus.appendingPathComponent("docx/\($0)").path }
    let csv = ((try? CSVCorpus.fileNames()) ?? []).map { corpus.appendingPathComponent("csv/\($0)").path }
    return [Samples.marketSupervisionAnnex.path, Samples.countyBureauTargets.path] + docx + csv
  }()

  static let targets: [Format] = [.json, .csv, .tsv, .tika]

  /// What a conversion gave: its bytes, or its error's description.
  enum Outcome: Equatable {
    case success([UInt8])
    case failure(String)
  }

  /// The whole-document path's output, or its error's description.
  static func whole(_ path: String, _ target: Format, options: WriteOptions, table: Int? = nil) -> Outcome {
    do {
      let document = try DocumentLoader.load(bytes: InputFile.read(path), file: path)
      var tables = document.flatTables
      if let table { tables = table <= tables.count ? [tables[table - 1]] : [] }
      return .success(try FormatRegistry.write(document, as: target, tables: tables, options: options))
    } catch {
      return .failure("\(error)")
    }
  }

  /// The streaming path's output (through a real temporary file), or its error's description.
  static func streamed(
    _ path: String, _ target: Format, options: WriteOptions, table: Int? = nil, pipelined: Bool = false
  ) -> Outcome {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tabconv-streaming-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let outputPath = folder.appendingPathComponent("out").path
      let output = try StreamingOutput(path: outputPath)
      let tableOnly = FormatRegistry.holdsOnlyTables(target)
      guard let writer = FormatRegistry.blockWriter(for: target, table: tableOnly ? table : nil, options: options)
      else {
        return .failure("no block writer")
      }
      var conversion = StreamingConversion(
        writer: writer, output: output, losses: LossReport.Accumulator(writing: target, table: tableOnly ? table : nil))
      try DocumentLoader.stream(path: path, pipelined: pipelined, into: &conversion)
      try output.commit()
      return .success(try InputFile.read(outputPath))
    } catch {
      return .failure("\(error)")
    }
  }

  @Test(arguments: inputs)
  func `streaming writes the whole-document bytes for json, csv, tsv and tika, on one thread or two`(_ path: String) {
    let options = WriteOptions(generator: "tabconv test")
    for target in Self.targets {
      let whole = Self.whole(path, target, options: options)
      let streamed = Self.streamed(path, target, options: options)
      #expect(whole == streamed, "\(target) \(path)")
      let pipelined = Self.streamed(path, target, options: options, pipelined: true)
      #expect(whole == pipelined, "pipelined \(target) \(path)")
    }
  }

  @Test func `compact json, table choice, page furniture and a CSV dialect stream the same bytes`() throws {
    let various = Samples.sharedCorpus.appendingPathComponent("docx/tika__testWORD_various.docx").path
    let cases: [(String, Format, WriteOptions, Int?)] = [
      (Samples.countyBureauTargets.path, .json, WriteOptions(prettyJSON: false), nil),
      (Samples.countyBureauTargets.path, .csv, WriteOptions(), 3),
      (Samples.countyBureauTargets.path, .tsv, WriteOptions(merged: .blank, omitsFirstRow: true), 2),
      (
        Samples.countyBureauTargets.path, .csv,
        WriteOptions(
          csvDialect: CSVDialect(delimiter: ";", lineEnding: .crlf, encoding: .gb18030, byteOrderMark: false),
          escapesFormulas: true), nil
      ),
      (various, .csv, WriteOptions(includesPageFurniture: true), nil),
      (various, .tsv, WriteOptions(includesPageFurniture: true), nil),
      (various, .tika, WriteOptions(tikaLayout: .rowPerLine), nil),
    ]
    for (path, target, options, table) in cases {
      #expect(
        Self.whole(path, target, options: options, table: table)
          == Self.streamed(path, target, options: options, table: table), "\(target) \(path) \(table ?? 0)")
    }
  }

  @Test func `the streaming docx reader gives the document the whole reader gives`() throws {
    for name in DocxCorpusTests.files where DocxCorpusTests.expectedFailures[name] == nil {
      let path = DocxCorpusTests.corpus.appendingPathComponent(name).path
      var collector = DocumentCollector()
      try DocxReader().stream(
        path: path, displayName: name, source: Source(format: .docx, file: name), into: &collector)
      #expect(collector.document == (try DocxCorpusTests.read(name)), "\(name)")
    }
  }

  @Test func `each block's JSON value is what the writer writes for it`() throws {
    for name in DocxCorpusTests.files where DocxCorpusTests.expectedFailures[name] == nil {
      let document = try DocxCorpusTests.read(name)
      for block in document.blocks + document.notes.flatMap(\.blocks) + document.pageFurniture.flatMap(\.blocks) {
        let written = try JSONParser.parse(DocumentJSONWriter(pretty: false).write(Document(blocks: [block])))
        guard case .array(let blocks)? = written["blocks"], let first = blocks.first else {
          Issue.record("\(name): no blocks written")
          continue
        }
        #expect(first == JSONValue(block), "\(name)")
        #expect(Self.memberOrder(first) == Self.memberOrder(JSONValue(block)), "\(name)")
      }
    }
  }

  /// Every object's member names, depth first, so member order is compared too.
  static func memberOrder(_ value: JSONValue) -> [String] {
    switch value {
    case .object(let members): members.flatMap { [$0.key] + memberOrder($0.value) }
    case .array(let items): items.flatMap(memberOrder)
    default: []
    }
  }

  @Test func `the loss report built block by block is the whole document's`() throws {
    for path in Self.inputs.prefix(40) {
      guard let document = try? DocumentLoader.load(bytes: InputFile.read(path), file: path) else { continue }
      for target in Self.targets {
        for table in [nil, 1] as [Int?] {
          let flats = document.flatTables
          let chosen = table.map { $0 <= flats.count ? [flats[$0 - 1]] : [] } ?? flats
          let tableOnly = FormatRegistry.holdsOnlyTables(target)
          let whole = LossReport.compute(
            for: document, writing: target, tables: tableOnly ? chosen : nil, merged: tableOnly ? .fill : nil)
          var accumulator = LossReport.Accumulator(
            writing: target, merged: tableOnly ? .fill : nil, table: tableOnly ? table : nil)
          for block in document.blocks { accumulator.add(block) }
          accumulator.addOutsideBody(document)
          #expect(accumulator.report == whole, "\(target) \(path)")
          #expect(accumulator.tableCount == flats.count)
        }
      }
    }
  }

  @Test func `a block that fails its check stops the output: nothing is written and every finding is reported`() throws
  {
    let document = Document(
      blocks: [
        .paragraph(Paragraph("fine")), .paragraph(Paragraph("a\u{0B}b")),
        .table(Table(columns: 2, rows: [Row(cells: [Cell("a")])])), .paragraph(Paragraph("x", headingLevel: 12)),
      ],
      source: Source(format: .tika, file: "in.txt"))
    let folder = try CommandLineTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("out.json").path
    let output = try StreamingOutput(path: target)
    var sink = CheckingSink(
      StreamingConversion(
        writer: DocumentJSONBlockWriter(DocumentJSONWriter()), output: output,
        losses: LossReport.Accumulator(writing: .json)), file: "in.txt")
    var streamingFailure: CheckFailure?
    do {
      try document.stream(into: &sink)
    } catch let failure as CheckFailure {
      streamingFailure = failure
    }
    output.discard()
    var wholeFailure: CheckFailure?
    do {
      try Checks.enforce(on: document, file: "in.txt")
    } catch let failure as CheckFailure {
      wholeFailure = failure
    }
    #expect(streamingFailure != nil)
    #expect(streamingFailure?.findings == wholeFailure?.findings)
    #expect(streamingFailure?.findings.map(\.check) == ["schema", "span tiling", "clean text"])
    #expect(!FileManager.default.fileExists(atPath: target))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func `prepending puts bytes before what was written, and a dropped output leaves nothing`() throws {
    let folder = try CommandLineTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("out.txt").path
    let output = try StreamingOutput(path: target)
    try output.write(Array("body\n".utf8))
    try output.prepend(Array("head\n".utf8))
    try output.write(Array("foot\n".utf8))
    try output.commit()
    #expect(try InputFile.read(target) == Array("head\nbody\nfoot\n".utf8))
    let dropped = folder.appendingPathComponent("dropped.txt").path
    do {
      let output = try StreamingOutput(path: dropped)
      try output.write(Array("partial".utf8))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
  }
}
