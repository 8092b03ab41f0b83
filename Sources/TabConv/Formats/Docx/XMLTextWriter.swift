import CLibXML2

// The writer's only use of libxml2: its xmlTextWriter over an in-memory xmlBuffer, which escapes
// text and attribute values and closes elements as `<x/>` when they stay empty. Names are written
// with their prefix (`w:p`); the root element declares the prefixes with `xmlns:` attributes.
// Characters XML 1.0 cannot hold (C0 controls other than tab, line feed and carriage return;
// U+FFFE and U+FFFF; XML 1.0 §2.2) are left out of text and attribute values.

/// Why libxml2's text writer failed: the call that returned an error.
struct XMLWriteFailure: Error, Equatable {
  /// The libxml2 function that failed.
  var call: String
}

/// One XML document written to memory.
///
/// Not thread-safe: create, write and finish it in one call.
final class XMLTextWriter {
  private let buffer: xmlBufferPtr
  private let writer: xmlTextWriterPtr

  /// Starts a document with `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`.
  ///
  /// - Throws: `XMLWriteFailure` when libxml2 cannot allocate the writer.
  init() throws(XMLWriteFailure) {
    _ = libxml2Initialized
    guard let buffer = xmlBufferCreate() else { throw XMLWriteFailure(call: "xmlBufferCreate") }
    guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
      xmlBufferFree(buffer)
      throw XMLWriteFailure(call: "xmlNewTextWriterMemory")
    }
    self.buffer = buffer
    self.writer = writer
    try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", "yes"), "xmlTextWriterStartDocument")
  }

  deinit {
    xmlFreeTextWriter(writer)
    xmlBufferFree(buffer)
  }

  /// Opens an element.
  ///
  /// - Parameter name: The qualified name, e.g. `w:p`.
  func start(_ name: String) throws(XMLWriteFailure) {
    try check(xmlTextWriterStartElement(writer, name), "xmlTextWriterStartElement")
  }

  /// Writes an attribute of the element just opened.
  ///
  /// - Parameters:
  ///   - name: The qualified name, e.g. `w:val`.
  ///   - value: The value, unescaped.
  func attribute(_ name: String, _ value: String) throws(XMLWriteFailure) {
    try check(xmlTextWriterWriteAttribute(writer, name, Self.xmlSafe(value)), "xmlTextWriterWriteAttribute")
  }

  /// Writes text content, escaped.
  func text(_ text: String) throws(XMLWriteFailure) {
    try check(xmlTextWriterWriteString(writer, Self.xmlSafe(text)), "xmlTextWriterWriteString")
  }

  /// Closes the innermost open element (as `<x/>` when it has no content).
  func end() throws(XMLWriteFailure) {
    try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
  }

  /// Writes an element with attributes and no content.
  ///
  /// - Parameters:
  ///   - name: The qualified name.
  ///   - attributes: Name and value pairs, in order.
  func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) throws(XMLWriteFailure) {
    try start(name)
    for (key, value) in attributes { try attribute(key, value) }
    try end()
  }

  /// Closes every open element and returns the document's bytes (UTF-8).
  ///
  /// - Throws: `XMLWriteFailure` when libxml2 cannot finish the document.
  func finish() throws(XMLWriteFailure) -> [UInt8] {
    try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
    try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
    let count = Int(xmlBufferLength(buffer))
    guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
    return Array(UnsafeBufferPointer(start: content, count: count))
  }

  private func check(_ status: Int32, _ call: String) throws(XMLWriteFailure) {
    if status < 0 { throw XMLWriteFailure(call: call) }
  }

  /// The text without the characters XML 1.0 cannot hold (XML 1.0 §2.2, production `Char`).
  static func xmlSafe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { !isXMLCharacter($0) }) else { return text }
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: text.unicodeScalars.filter(isXMLCharacter))
    return String(scalars)
  }

  private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: true
    case 0x00..<0x20, 0xFFFE, 0xFFFF: false
    default: true
    }
  }
}
