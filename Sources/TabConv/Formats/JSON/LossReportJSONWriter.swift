/// Writes a loss report as JSON: `{"input": …, "target": "csv", "lost": [{"kind": "paragraphs",
/// "count": 77, "places": [{"block": 2}, …]}]}`; places are 1-based (notes and headers or footers
/// are JSON pointers into the document, `{"pointer": "/notes/0"}`) and capped at
/// `LossReport.placeLimit` per kind.
public struct LossReportJSONWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The report as UTF-8 JSON ending in a newline.
  public func write(_ report: LossReport, input: String?) -> [UInt8] {
    var out = JSONOutput()
    var first = true
    out.raw("{")
    if let input {
      out.key("input", first: &first)
      out.string(input)
    }
    out.key("target", first: &first)
    out.string(report.target.rawValue)
    out.key("lost", first: &first)
    out.raw("[")
    for (index, item) in report.items.enumerated() {
      if index > 0 { out.raw(",") }
      out.newline(indent: 1)
      var itemFirst = true
      out.raw("{")
      out.key("kind", first: &itemFirst)
      out.string(item.kind.rawValue)
      out.key("count", first: &itemFirst)
      out.number(item.count)
      out.key("places", first: &itemFirst)
      out.raw("[")
      for (placeIndex, place) in item.places.enumerated() {
        if placeIndex > 0 { out.raw(", ") }
        var placeFirst = true
        out.raw("{")
        let members: [(StaticString, Int?)] = [("block", place.block), ("row", place.row), ("cell", place.cell)]
        for (name, value) in members {
          if let value {
            out.key(name, first: &placeFirst)
            out.number(value)
          }
        }
        if let pointer = place.pointer {
          out.key("pointer", first: &placeFirst)
          out.string(pointer)
        }
        out.raw("}")
      }
      out.raw("]}")
    }
    if !report.items.isEmpty { out.newline(indent: 0) }
    out.raw("]}\n")
    return out.bytes
  }
}
