import Foundation
import Testing

@testable import TabConv

/// The whole public corpus through the checked path every conversion takes, and the docx round trip.
@Suite struct CorpusCheckTests {
  static let docxFolder = Samples.sharedCorpus.appendingPathComponent("docx")
  static let csvFolder = Samples.sharedCorpus.appendingPathComponent("csv")

  static func files(_ folder: URL, _ extensions: Set<String>) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .filter { extensions.contains($0.pathExtension) }.sorted { $0.lastPathComponent < $1.lastPathComponent }
  }

  /// Files that must fail, and the category of their error.
  static let expectedFailures: [String: ErrorCategory] = [
    "poi__bug53475-password-is-pass.docx": .badInput, "tika__protected_normal_case.docx": .badInput,
    "commons-csv__csv-141.csv": .badInput, "hutool__test.csv": .badInput,
  ]

  @Test func `every corpus file passes the check, or fails with the error its kind calls for`() throws {
    let all = try Self.files(Self.docxFolder, ["docx"]) + Self.files(Self.csvFolder, ["csv", "tsv"])
    #expect(all.count == 139)
    var failed: [String: ErrorCategory] = [:]
    for url in all {
      do {
        _ = try DocumentLoader.load(bytes: try Samples.bytes(url), file: url.lastPathComponent)
      } catch let error as any TabConvError {
        failed[url.lastPathComponent] = error.category
        #expect(!error.description.contains("\n"), "\(error)")
        #expect(error.description.hasPrefix(url.lastPathComponent + ": "), "\(error)")
      }
    }
    #expect(failed == Self.expectedFailures)
  }

  @Test func `every corpus docx that reads gives the same model after docx → json → docx → json`() throws {
    var roundTripped = 0
    for url in try Self.files(Self.docxFolder, ["docx"]) where Self.expectedFailures[url.lastPathComponent] == nil {
      let first = try DocumentLoader.load(bytes: try Samples.bytes(url), file: url.lastPathComponent)
      let json = DocumentJSONWriter().write(first)
      let fromJSON = try DocumentLoader.load(bytes: json, file: "first.json")
      let docx = try DocxWriter().write(fromJSON)
      let second = try DocumentLoader.load(bytes: docx, file: url.lastPathComponent)
      let secondJSON = DocumentJSONWriter().write(
        try DocumentLoader.load(bytes: DocumentJSONWriter().write(second), file: "second.json"))
      var strippedFirst = first
      var strippedSecond = try DocumentJSONReader().read(bytes: secondJSON, file: nil)
      (strippedFirst.source, strippedFirst.warnings, strippedSecond.source, strippedSecond.warnings) = (
        nil, [], nil, []
      )
      #expect(strippedFirst == strippedSecond, "\(url.lastPathComponent)")
      roundTripped += 1
    }
    #expect(roundTripped == 98)
  }
}
