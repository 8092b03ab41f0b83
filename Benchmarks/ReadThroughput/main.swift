import Foundation
import TabConv

// Times, in one process, how fast a file is read into the model (no process start, no
// writing), then read and checked, so the readers' own speed is seen apart from the rest of
// a conversion. `Benchmarks/bench.py` runs it on the Tika-text and CSV inputs.
//
//   tabconv-read-bench FILE [--from FORMAT] [--runs N]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let path = arguments.first else {
  FileHandle.standardError.write(Data("usage: tabconv-read-bench FILE [--from FORMAT] [--runs N]\n".utf8))
  exit(64)
}
func value(of option: String) -> String? {
  guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else { return nil }
  return arguments[index + 1]
}
let runs = Int(value(of: "--runs") ?? "") ?? 5
let bytes = try InputFile.read(path)
let format = value(of: "--from").flatMap(Format.init(rawValue:)) ?? DocumentLoader.inputFormat(bytes: bytes, file: path)

func median(_ body: () throws -> Void) rethrows -> Double {
  var times: [Double] = []
  for _ in 0..<runs {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  return times.sorted()[times.count / 2]
}

var cells = 0
let read = try median {
  let document = try FormatRegistry.read(format, bytes: bytes, file: path)
  cells = document.flatTables.reduce(0) { $0 + $1.table.rows.reduce(0) { $0 + $1.cells.count } }
}
let checked = try median {
  let document = try FormatRegistry.read(format, bytes: bytes, file: path)
  try Checks.enforce(on: document, file: path)
}
let megabytes = Double(bytes.count) / 1e6
// One line, tab-separated, for bench.py: format, MB, cells, read s, read MB/s, read+check s, MB/s.
print(
  [
    format.rawValue, String(format: "%.1f", megabytes), String(cells), String(format: "%.3f", read),
    String(format: "%.0f", megabytes / read), String(format: "%.3f", checked),
    String(format: "%.0f", megabytes / checked),
  ].joined(separator: "\t"))
