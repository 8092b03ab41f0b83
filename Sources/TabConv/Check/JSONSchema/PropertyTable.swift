/// The member names a `properties` keyword lists, each with the node of its schema, found code
/// point by code point as JSON compares names.
///
/// A schema names few properties (tabconv's at most eight), so a name is looked up by comparing
/// byte counts, then bytes, rather than by hashing it; a large table also keeps a dictionary.
struct PropertyTable: Sendable {
  /// A name with its byte count and node.
  struct Entry: Sendable {
    let name: String
    let byteCount: Int
    let node: Int
  }

  /// Each name with its node.
  let entries: [Entry]
  /// For tables too large to scan; empty otherwise.
  let dictionary: [JSONKey: Int]

  /// Scanned up to this many names.
  static let scanLimit = 16

  /// A table of names and their nodes.
  ///
  /// - Parameter nodes: Each name with its node.
  init(_ nodes: [JSONKey: Int]) {
    // In node order, which is the schema's order of the names: the same on every run.
    entries = nodes.sorted { $0.value < $1.value }.map {
      Entry(name: $0.key.string, byteCount: $0.key.string.utf8.count, node: $0.value)
    }
    dictionary = nodes.count > Self.scanLimit ? nodes : [:]
  }

  /// The empty table.
  init() {
    self.init([:])
  }

  /// Whether the table lists no name.
  var isEmpty: Bool { entries.isEmpty }

  /// The node of the schema for members named `name`, or nil when the table does not list it.
  func node(named name: String) -> Int? {
    guard dictionary.isEmpty else { return dictionary[JSONKey(name)] }
    let byteCount = name.utf8.count
    for entry in entries where entry.byteCount == byteCount && JSONKey.sameCodePoints(entry.name, name) {
      return entry.node
    }
    return nil
  }

  /// Whether the table lists `name`.
  func contains(_ name: String) -> Bool {
    node(named: name) != nil
  }
}
