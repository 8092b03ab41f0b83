import TabConv

#if canImport(Glibc)
  import Glibc
#endif

/// What every fuzz target asserts about one input, beyond "no crash, no hang" (which libFuzzer
/// and the address sanitizer watch):
///
/// - an input the reader refuses gives a `TabConvError` of category bad input (or usage for
///   options) whose message is one non-empty line;
/// - a document a reader (other than JSON) produces passes the check: readers never hand a
///   writer a broken document (CSV and TSV fields holding `[bookmark: ` excepted: that is the
///   user's text, which the model cannot hold);
/// - every writer can write a checked document, and its canonical JSON reads back equal.
///
/// A broken assertion aborts, which libFuzzer reports as a crash with the input saved.
public enum FuzzOracle {
  /// Reads `bytes` as `format` through `DocumentLoader` (reader and check) and asserts the above.
  ///
  /// - Parameters:
  ///   - bytes: The input.
  ///   - format: The format to read it as.
  ///   - options: Read options.
  public static func load(_ bytes: [UInt8], as format: Format, options: ReadOptions = .init()) {
    let file = "fuzz.\(format.fileExtension)"
    let document: Document
    do {
      document = try DocumentLoader.load(bytes: bytes, file: file, format: format, options: options)
    } catch let error as CheckFailure {
      // CSV and TSV text is the user's, verbatim: the one thing in it the model refuses is
      // bookmark markup, which the model reserves for anchors (refused with its place, exit 1).
      let userText = (format == .csv || format == .tsv) && error.findings.allSatisfy { $0.message == "bookmark markup left in text" }
      require(format == .json || userText, "the \(format) reader produced a document its check refuses: \(error)")
      requireOneLine(error)
      return
    } catch let error as any TabConvError {
      require(
        error.category == .badInput || error.category == .usage,
        "unexpected error category \(error.category): \(error)")
      requireOneLine(error)
      return
    } catch {
      fail("an error that is not a TabConvError: \(error)")
    }
    writeEveryFormat(document)
  }

  /// Writes a checked document in every format and reads its canonical JSON back.
  public static func writeEveryFormat(_ document: Document) {
    for format in Format.allCases {
      do {
        _ = try FormatRegistry.write(document, as: format)
      } catch let error as any TabConvError {
        // A writer may refuse what its format cannot encode, never crash.
        requireOneLine(error)
      } catch {
        fail("writing \(format) threw \(error)")
      }
    }
    let json = DocumentJSONWriter(pretty: false).write(document)
    do {
      let back = try DocumentJSONReader().read(bytes: json, file: "fuzz.json")
      require(back.blocks == document.blocks, "the canonical JSON does not read back to the same blocks")
    } catch {
      fail("the canonical JSON of a checked document does not read back: \(error)")
    }
  }

  /// Aborts unless the error's message is one non-empty line.
  public static func requireOneLine(_ error: any TabConvError) {
    let message = error.description
    require(!message.isEmpty && !message.contains("\n") && !message.contains("\r"), "not one line: \(message)")
  }

  /// Aborts with a message when `condition` is false.
  public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fail(message()) }
  }

  /// Prints the message and aborts, so libFuzzer saves the input.
  public static func fail(_ message: String) -> Never {
    let line = Array("fuzz oracle: \(message)\n".utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    abort()
  }
}
