import Foundation
import Testing

@testable import TabConv

/// Every input the fuzzers found (Tests/TabConvTests/Fixtures/hostile/<target>/) reads or fails
/// with one line, never a crash; each finding's own outcome is pinned.
@Suite struct FuzzRegressionTests {
  static let folder = Samples.packageRoot.appendingPathComponent("Tests/TabConvTests/Fixtures/hostile")

  static func message(_ target: String, _ name: String) throws -> String? {
    let bytes = try Samples.bytes(folder.appendingPathComponent("\(target)/\(name)"))
    return HostileInput.libraryError(bytes, name: name)?.description
  }

  @Test func `every fuzz finding reads or fails with one line`() throws {
    let targets = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
    for target in targets {
      for name in try FileManager.default.contentsOfDirectory(atPath: Self.folder.appendingPathComponent(target).path) {
        let message = try Self.message(target, name)
        #expect(message.map { !$0.contains("\n") } ?? true, "\(target)/\(name)")
      }
    }
  }

  @Test func `a cell after one spanning past the grid is a check finding, not a trap (FuzzJSON)`() throws {
    #expect(
      try Self.message("FuzzJSON", "cell-after-a-span-past-the-grid.json")
        == "cell-after-a-span-past-the-grid.json: block 1, row 1, cell 1: cell starting at grid column 1 spans 2 columns,"
        + " past the table's 1 (span tiling); 1 more problems")
  }

  @Test func `an unclosed bookmark marker in Tika text is refused with its place (FuzzTikaText)`() throws {
    #expect(
      try Self.message("FuzzTikaText", "unclosed-bookmark-marker.txt")
        == "unclosed-bookmark-marker.txt: line 4, column 1: '[bookmark: ' that is not a closed [bookmark: NAME] marker"
        + " at the start of a paragraph or cell line, where Tika writes them")
  }

  @Test func `bookmark markup in a CSV field is refused by the check with its place (FuzzCSV)`() throws {
    #expect(
      try Self.message("FuzzCSV", "bookmark-markup-in-a-field.csv")
        == "bookmark-markup-in-a-field.csv: block 1, row 80, cell 4: bookmark markup left in text (clean text)")
  }
}
