import Foundation

/// The JSON report of a batch: `{"converted": 998, "failed": 2, "seconds": 12.3, "failures":
/// [{"input": …, "message": …, "category": "bad-input"}]}`.
public enum BatchReportJSONWriter {
  /// The report as UTF-8 JSON.
  public static func write(_ summary: BatchConverter.Summary) -> [UInt8] {
    var out = JSONOutput()
    var first = true
    out.raw("{")
    out.key("converted", first: &first)
    out.number(summary.converted)
    out.key("failed", first: &first)
    out.number(summary.failures.count)
    out.key("seconds", first: &first)
    out.raw(text: String(format: "%.3f", summary.seconds))
    out.key("failures", first: &first)
    out.raw("[")
    for (index, failure) in summary.failures.enumerated() {
      if index > 0 { out.raw(",") }
      out.newline(indent: 1)
      var itemFirst = true
      out.raw("{")
      out.key("input", first: &itemFirst)
      out.string(failure.input)
      out.key("message", first: &itemFirst)
      out.string(failure.message)
      out.key("category", first: &itemFirst)
      out.string(failure.category.name)
      out.raw("}")
    }
    if !summary.failures.isEmpty { out.newline(indent: 0) }
    out.raw("]}\n")
    return out.bytes
  }
}

extension ErrorCategory {
  /// A stable name for reports.
  public var name: String {
    switch self {
    case .badInput: "bad-input"
    case .cannotOpenInput: "cannot-open-input"
    case .cannotCreateOutput: "cannot-create-output"
    case .ioFailure: "io-failure"
    case .usage: "usage"
    case .refusedByCheck: "refused-by-check"
    case .internalFailure: "internal-failure"
    }
  }
}
