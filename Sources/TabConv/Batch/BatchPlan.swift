import Foundation

/// Which files a batch converts and where each result goes.
public struct BatchPlan: Sendable, Equatable {
  /// One conversion: an input file and the output path for it.
  public struct Item: Sendable, Equatable {
    public var input: String
    public var output: String
  }

  /// The conversions, in a stable order (inputs as given, directory contents sorted).
  public var items: [Item]

  /// The extensions a directory is searched for.
  public static let inputExtensions: Set<String> = ["docx", "docm", "txt", "csv", "tsv", "json"]

  /// Plans a batch: files as given, directories searched recursively for files tabconv reads.
  ///
  /// An output keeps the input's path below its directory argument and takes the target's
  /// extension (`in/a/b.docx` → `OUT/a/b.csv`); when two inputs would give the same output name,
  /// both keep their own extension too (`b.docx.csv`, `b.txt.csv`).
  ///
  /// - Parameters:
  ///   - inputs: Files and directories.
  ///   - outputDirectory: Where the outputs go.
  ///   - target: The output format.
  /// - Throws: `FileIOError.cannotOpen` for an input that does not exist.
  public init(inputs: [String], outputDirectory: String, target: Format) throws {
    var pairs: [(input: String, relative: String)] = []
    let manager = FileManager.default
    for input in inputs {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: input, isDirectory: &isDirectory) else {
        throw FileIOError(kind: .cannotOpen("no such file or directory"), location: SourceLocation(file: input))
      }
      guard isDirectory.boolValue else {
        pairs.append((input, URL(fileURLWithPath: input).lastPathComponent))
        continue
      }
      let base = URL(fileURLWithPath: input).standardizedFileURL
      guard let walker = manager.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
      var found: [(String, String)] = []
      for case let url as URL in walker {
        guard Self.inputExtensions.contains(url.pathExtension.lowercased()),
          (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
        else { continue }
        let path = url.standardizedFileURL.path
        let relative = String(path.dropFirst(base.path.count).drop { $0 == "/" })
        found.append((path, relative))
      }
      pairs += found.sorted { $0.1 < $1.1 }
    }
    let stems = pairs.map { URL(fileURLWithPath: $0.relative).deletingPathExtension().relativePath }
    var counts: [String: Int] = [:]
    for stem in stems { counts[stem, default: 0] += 1 }
    let directory = URL(fileURLWithPath: outputDirectory)
    items = zip(pairs, stems).map { pair, stem in
      let name = (counts[stem] ?? 0) > 1 ? pair.relative : stem
      return Item(input: pair.input, output: directory.appendingPathComponent("\(name).\(target.fileExtension)").path)
    }
  }
}
