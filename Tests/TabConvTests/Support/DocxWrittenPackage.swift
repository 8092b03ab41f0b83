import CZip

@testable import TabConv

/// A written .docx opened for inspection: its entries in zip order, with their bytes.
struct DocxWrittenPackage {
  var entries: [(name: String, bytes: [UInt8])] = []

  /// Opens the zip with libzip and reads every entry; nil when libzip cannot.
  init?(_ bytes: [UInt8]) {
    var error = zip_error_t()
    zip_error_init(&error)
    defer { zip_error_fini(&error) }
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
    defer { buffer.deallocate() }
    buffer.copyBytes(from: bytes)
    guard let source = zip_source_buffer_create(buffer.baseAddress, zip_uint64_t(bytes.count), 0, &error) else {
      return nil
    }
    guard let archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
      zip_source_free(source)
      return nil
    }
    defer { zip_discard(archive) }
    for index in 0..<zip_get_num_entries(archive, 0) {
      guard let name = zip_get_name(archive, zip_uint64_t(index), 0),
        let file = zip_fopen_index(archive, zip_uint64_t(index), 0)
      else { return nil }
      var content: [UInt8] = []
      var chunk = [UInt8](repeating: 0, count: 65536)
      while true {
        let count = zip_fread(file, &chunk, zip_uint64_t(chunk.count))
        if count <= 0 { break }
        content += chunk[0..<Int(count)]
      }
      zip_fclose(file)
      entries.append((String(cString: name), content))
    }
  }

  /// The bytes of an entry.
  subscript(name: String) -> [UInt8]? {
    entries.first { $0.name == name }?.bytes
  }

  /// The entry as text.
  func text(_ name: String) -> String? {
    self[name].map { String(decoding: $0, as: UTF8.self) }
  }
}

/// Parses XML with the reader's libxml2 push parser and records elements with their attributes.
final class RecordingXMLHandler: XMLContentHandler {
  struct Element: Equatable {
    var name: String
    var attributes: [String: String]
  }

  private let vocabulary: XMLVocabulary
  private let attributeNames: [Int16]
  private(set) var elements: [Element] = []

  /// Records the elements named in `elements` (namespace URI, local name) with the attributes
  /// named in `attributes` (no namespace, or `w:` names with the main namespace).
  init(namespace: String, elements: [String], attributes: [String]) {
    var names: [(namespace: Int?, local: String)] = elements.map { (0, $0) }
    names += attributes.map { $0.hasPrefix("w:") ? (0, String($0.dropFirst(2))) : (nil, $0) }
    vocabulary = XMLVocabulary(namespaces: [[namespace]], names: names)
    attributeNames = (elements.count..<(elements.count + attributes.count)).map { Int16($0) }
  }

  override func startElement(_ id: XMLNameID, attributes: XMLAttributes) {
    guard id >= 0, Int(id) < vocabulary.names.count - attributeNames.count else { return }
    var values: [String: String] = [:]
    for attribute in attributeNames {
      let name = vocabulary.names[Int(attribute)]
      if let value = attributes.string(attribute) {
        values[(name.namespace == nil ? "" : "w:") + name.local] = value
      }
    }
    elements.append(Element(name: vocabulary.names[Int(id)].local, attributes: values))
  }

  /// Parses `bytes`; throws when they are not well-formed.
  func parse(_ bytes: [UInt8]) throws {
    let parser = XMLPushParser(vocabulary: vocabulary, handler: self)
    try bytes.withUnsafeBytes { try parser.parse($0) }
    try parser.finish()
  }
}
