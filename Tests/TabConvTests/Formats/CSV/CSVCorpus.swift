import Foundation

@testable import TabConv

/// The shared CSV corpus beside the clone (`../shared/corpus/csv/`), read in place, never copied.
enum CSVCorpus {
  /// The package root (five folders above this file).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared/corpus/csv`.
  static let directory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/csv")

  /// The bytes of a corpus file.
  static func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: directory.appendingPathComponent(name)))
  }

  /// The names of every CSV (and TSV) file in the corpus, sorted.
  static func fileNames() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".csv") || $0.hasSuffix(".tsv") }
      .sorted()
  }

  /// Reads a corpus file as the CLI would: nothing given, everything detected.
  static func read(_ name: String, options: CSVReadOptions = .init()) throws -> Document {
    try CSVReader(options: options).read(bytes: bytes(name), file: name)
  }
}
