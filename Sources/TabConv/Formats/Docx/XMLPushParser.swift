import CLibXML2

// The only file that imports libxml2. A SAX2 push parser fed chunk by chunk (never the whole
// part in memory), with the safe options: no entity substitution, no DTD loading, no network,
// and any DOCTYPE refused. Element and attribute names are reported as small integers from an
// `XMLVocabulary`, resolved through the parser's interned name pointers, so no Swift `String`
// is made per event (see `XMLNameResolver.swift`).

/// Receives the parser's events: subclass and override.
///
/// Text buffers are valid only during the call.
///
/// A class rather than a protocol so the C callbacks reach it through an unretained reference
/// with a plain vtable call: no reference counting and no existential per event.
class XMLContentHandler {
  /// Where the parser is, while a part is being parsed; nil otherwise.
  var locator: XMLLocator?

  func startElement(_ name: XMLNameID, attributes: XMLAttributes) {}
  func endElement(_ name: XMLNameID) {}
  func characters(_ text: UnsafeBufferPointer<UInt8>) {}
}

/// Why a part could not be parsed, with the place libxml2 reports.
struct XMLParseFailure: Error, Equatable {
  enum Kind: Equatable {
    /// Not well-formed; libxml2's message.
    case malformed(String)
    /// A reference to an entity that is not declared (`&name;`).
    case undefinedEntity(String)
    /// A `<!DOCTYPE` declaration, refused before any entity in it is read.
    case doctype
  }
  var kind: Kind
  var line: Int?
  var column: Int?
}

/// A place in an XML part: 1-based line and column.
struct XMLPosition: Equatable {
  var line: Int
  var column: Int
}

/// Where the parser is in its input.
struct XMLLocator {
  fileprivate let context: xmlParserCtxtPtr?

  /// The 1-based line of the current event, or 0 when unknown.
  var line: Int { context.map { Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer($0))) } ?? 0 }

  /// The line and column of the current event (just past its tag), when known.
  var position: XMLPosition? {
    guard let context else { return nil }
    let raw = UnsafeMutableRawPointer(context)
    let line = Int(xmlSAX2GetLineNumber(raw))
    guard line > 0 else { return nil }
    return XMLPosition(line: line, column: max(Int(xmlSAX2GetColumnNumber(raw)), 1))
  }
}

/// libxml2 needs one global initialisation before it is used on several threads: parsers, and
/// writers too (`xmlTextWriterStartDocument` looks up the encoding table, which the first use
/// would otherwise build while another thread reads it: a crash under ASan).
let libxml2Initialized: Bool = {
  xmlInitParser()
  return true
}()

/// A SAX2 push parser for one XML part.
final class XMLPushParser {
  private var context: xmlParserCtxtPtr?
  fileprivate let names: XMLNameResolver
  /// Unretained: the caller keeps the handler alive while it parses.
  fileprivate let handler: Unmanaged<XMLContentHandler>
  fileprivate var failure: XMLParseFailure?

  /// Where the parser is; valid while the parser lives.
  var locator: XMLLocator { XMLLocator(context: context) }

  /// Creates a parser that reports to `handler`.
  ///
  /// - Parameters:
  ///   - vocabulary: The names to report as ids.
  ///   - handler: Receives the events; must outlive the parser.
  init(vocabulary: XMLVocabulary, handler: XMLContentHandler) {
    _ = libxml2Initialized
    names = XMLNameResolver(vocabulary)
    self.handler = Unmanaged.passUnretained(handler)
    var sax = xmlSAXHandler()
    sax.initialized = UInt32(XML_SAX2_MAGIC)
    sax.startElementNs = xmlStartElement
    sax.endElementNs = xmlEndElement
    sax.characters = xmlCharacters
    sax.cdataBlock = xmlCharacters
    sax.internalSubset = xmlInternalSubset
    sax.serror = xmlStructuredError
    let userData = Unmanaged.passUnretained(self).toOpaque()
    context = xmlCreatePushParserCtxt(&sax, userData, nil, 0, nil)
    if let context {
      // Never XML_PARSE_NOENT or XML_PARSE_DTDLOAD; no network; libxml2's size and depth limits stay on.
      xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
    }
  }

  deinit {
    if let context { xmlFreeParserCtxt(context) }
  }

  /// Parses the next chunk of the part.
  ///
  /// - Throws: `XMLParseFailure` at the first error.
  func parse(_ chunk: UnsafeRawBufferPointer) throws(XMLParseFailure) {
    try feed(chunk.baseAddress?.assumingMemoryBound(to: CChar.self), count: chunk.count, last: false)
  }

  /// Ends the part.
  ///
  /// - Throws: `XMLParseFailure` if the part is incomplete or wrong.
  func finish() throws(XMLParseFailure) {
    try feed(nil, count: 0, last: true)
  }

  private func feed(_ bytes: UnsafePointer<CChar>?, count: Int, last: Bool) throws(XMLParseFailure) {
    guard let context else { throw XMLParseFailure(kind: .malformed("cannot create an XML parser")) }
    if let failure { throw failure }
    let status = xmlParseChunk(context, bytes, Int32(count), last ? 1 : 0)
    if let failure { throw failure }
    if status != 0 || context.pointee.wellFormed == 0 {
      throw XMLParseFailure(kind: .malformed("not well-formed (libxml2 error \(status))"))
    }
  }

  fileprivate func fail(_ failure: XMLParseFailure) {
    if self.failure == nil { self.failure = failure }
    if let context { xmlStopParser(context) }
  }
}

/// Runs `body` on the parser behind a callback's user data, without retaining it.
@inline(__always)
private func withParser(_ userData: UnsafeMutableRawPointer?, _ body: (XMLPushParser) -> Void) {
  guard let userData else { return }
  Unmanaged<XMLPushParser>.fromOpaque(userData)._withUnsafeGuaranteedRef(body)
}

private func xmlStartElement(
  _ userData: UnsafeMutableRawPointer?, _ local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?,
  _ uri: UnsafePointer<xmlChar>?, _ namespaceCount: Int32,
  _ namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, _ attributeCount: Int32, _ defaulted: Int32,
  _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
) {
  guard let local else { return }
  withParser(userData) { parser in
    let id = parser.names.resolve(uri: uri, local: local)
    let view = XMLAttributes(base: attributes, count: Int(attributeCount), names: parser.names)
    parser.handler._withUnsafeGuaranteedRef { $0.startElement(id, attributes: view) }
  }
}

private func xmlEndElement(
  _ userData: UnsafeMutableRawPointer?, _ local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?,
  _ uri: UnsafePointer<xmlChar>?
) {
  guard let local else { return }
  withParser(userData) { parser in
    let id = parser.names.resolve(uri: uri, local: local)
    parser.handler._withUnsafeGuaranteedRef { $0.endElement(id) }
  }
}

private func xmlCharacters(_ userData: UnsafeMutableRawPointer?, _ text: UnsafePointer<xmlChar>?, _ count: Int32) {
  guard let text else { return }
  withParser(userData) { parser in
    let buffer = UnsafeBufferPointer(start: text, count: Int(count))
    parser.handler._withUnsafeGuaranteedRef { $0.characters(buffer) }
  }
}

private func xmlInternalSubset(
  _ userData: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?, _ externalID: UnsafePointer<xmlChar>?,
  _ systemID: UnsafePointer<xmlChar>?
) {
  withParser(userData) { parser in
    let line = parser.locator.line
    parser.fail(XMLParseFailure(kind: .doctype, line: line > 0 ? line : nil))
  }
}

private func xmlStructuredError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
  guard let error else { return }
  let level = error.pointee.level
  guard level == XML_ERR_FATAL || level == XML_ERR_ERROR else { return }
  let raw = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
  // Some messages span lines ("Input is not proper UTF-8, indicate encoding !\nBytes: 0xC3 …");
  // tabconv's errors are one line.
  let message = raw.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    .joined(separator: " ")
  let code = Int(error.pointee.code)
  let kind: XMLParseFailure.Kind
  if code == Int(XML_ERR_UNDECLARED_ENTITY.rawValue) || code == Int(XML_WAR_UNDECLARED_ENTITY.rawValue) {
    let name = error.pointee.str1.map { String(cString: $0) } ?? message
    kind = .undefinedEntity(name)
  } else {
    kind = .malformed(message)
  }
  let line = Int(error.pointee.line)
  let column = Int(error.pointee.int2)
  let failure = XMLParseFailure(kind: kind, line: line > 0 ? line : nil, column: column > 0 ? column : nil)
  withParser(userData) { $0.fail(failure) }
}

extension Substring {
  fileprivate func trimmingWhitespace() -> Substring {
    var text = self
    while text.first?.isWhitespace == true { text.removeFirst() }
    while text.last?.isWhitespace == true { text.removeLast() }
    return text
  }
}
