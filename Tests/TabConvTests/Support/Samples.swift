import Foundation

/// Paths of the files tests read: the project's samples and the shared corpus beside the clone.
enum Samples {
  /// The package root (three folders above this file).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Seed `000_…`: a district market-supervision bureau's annex, hand-edited in Word.
  static let marketSupervisionAnnex = packageRoot.appendingPathComponent(
    "Samples/market-supervision-bureau-annex-2023.tika.txt")
  /// Seed `001_…`: a county bureau's 13 project forms, machine-generated.
  static let countyBureauTargets = packageRoot.appendingPathComponent(
    "Samples/county-bureau-performance-targets-2023.tika.txt")

  /// `../shared/corpus` beside the clone.
  static let sharedCorpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

  static func bytes(_ url: URL) throws -> [UInt8] {
    Array(try Data(contentsOf: url))
  }
}
