import ArgumentParser
import TabConv

/// The flags for CSV and TSV, shared by the commands that read or write them.
struct CSVOptions: ParsableArguments {
  @Option(
    help:
      "CSV: the delimiter to read and write (a character, or tab, comma, semicolon, pipe); default: sniffed when reading, comma when writing."
  )
  var delimiter: String?

  @Option(help: "CSV: the input's delimiter, when it differs from the output's.")
  var inputDelimiter: String?

  @Option(help: "CSV: the output's delimiter, when it differs from the input's.")
  var outputDelimiter: String?

  @Option(
    help:
      "CSV/TSV: the text encoding (utf-8, gb18030, gbk, big5, shift_jis, latin-1, utf-16le, utf-16be) of the input when it is CSV/TSV, else of the CSV output; default: detected when reading, UTF-8 when writing."
  )
  var encoding: String?

  @Option(help: "CSV/TSV: the input's encoding, when it differs from the output's.")
  var inputEncoding: String?

  @Option(help: "CSV: the output's encoding, when it differs from the input's.")
  var outputEncoding: String?

  @Flag(help: "CSV: start with a byte-order mark (Excel on Chinese Windows needs it to open UTF-8).")
  var bom = false

  @Flag(help: "CSV: end lines with CRLF instead of LF.")
  var crlf = false

  @Flag(help: "CSV/TSV: leave out each table's first row.")
  var noHeader = false

  @Flag(help: "CSV: prefix fields starting with =, +, -, @ with ' so spreadsheets do not run them as formulas.")
  var excelSafe = false

  /// How to read CSV and TSV input.
  func readOptions() throws -> CSVReadOptions {
    CSVReadOptions(
      delimiter: try parsedDelimiter(inputDelimiter ?? delimiter),
      encoding: try parsedEncoding(inputEncoding ?? encoding))
  }

  /// How to write CSV output; `--encoding` counts here only when the input is not CSV or TSV
  /// (as csvkit's `-e`, it names the input's encoding first).
  func dialect(inputIsDelimitedText: Bool) throws -> CSVDialect {
    CSVDialect(
      delimiter: try parsedDelimiter(outputDelimiter ?? delimiter) ?? ",", lineEnding: crlf ? .crlf : .lf,
      encoding: try parsedEncoding(outputEncoding ?? (inputIsDelimitedText ? nil : encoding)) ?? .utf8,
      byteOrderMark: bom)
  }

  private func parsedDelimiter(_ delimiter: String?) throws -> Character? {
    guard let delimiter else { return nil }
    switch delimiter.lowercased() {
    case "tab", "\\t", "\t": return "\t"
    case "comma": return ","
    case "semicolon": return ";"
    case "pipe": return "|"
    default:
      guard delimiter.count == 1, let character = delimiter.first else {
        throw ValidationError("--delimiter takes one character, or tab, comma, semicolon, pipe; found '\(delimiter)'")
      }
      return character
    }
  }

  private func parsedEncoding(_ name: String?) throws -> TextEncoding? {
    guard let name else { return nil }
    guard let encoding = TextEncoding(name: name) else {
      let known = TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")
      throw ValidationError("unknown encoding '\(name)'; use one of \(known)")
    }
    return encoding
  }
}
