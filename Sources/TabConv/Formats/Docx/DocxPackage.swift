/// A .docx package: the zip archive and the parts tabconv reads from it.
///
/// The main document part is found through the package relationships (`_rels/.rels`, type
/// `officeDocument`), not at a fixed path: some producers name it `word/document2.xml`.
/// Styles, numbering, notes, comments, headers and footers are found through the main part's own
/// relationships. Both the
/// transitional and the ISO Strict relationship types are understood (see `WordML.swift`).
final class DocxPackage {
  private let archive: ZipArchive
  private let file: String?
  private let limits: ZipEntryLimits

  /// The main document part's name, such as `word/document.xml`.
  let mainPart: String
  /// The parts the main document part relates to, by type (first of each type).
  private(set) var related: [WordRelationshipType: String] = [:]
  /// The main document part's internal relationships of the types tabconv reads, by id
  /// (`rId7` → `word/header1.xml`), for the header and footer references of its sections.
  private(set) var relatedById: [String: (type: WordRelationshipType, part: String)] = [:]

  /// Opens a package and finds its main document part.
  ///
  /// - Throws: `DocxError` when the archive or its relationships cannot be read, or there is no main part.
  init(archive: ZipArchive, file: String?, options: DocxReadOptions) throws(DocxError) {
    self.archive = archive
    self.file = file
    limits = ZipEntryLimits(
      maxSize: options.maxPartSize, maxRatio: options.maxCompressionRatio,
      ratioCheckStart: options.compressionRatioCheckStart)
    let packageRelationships = RelationshipsHandler(base: "")
    let found = try Self.parse("_rels/.rels", in: archive, file: file, limits: limits, with: packageRelationships)
    guard found, let main = packageRelationships.targets[.officeDocument] else {
      throw DocxError(.missingMainDocument(nil), at: SourceLocation(file: file, part: "_rels/.rels"))
    }
    guard archive.contains(main) else {
      throw DocxError(.missingMainDocument(main), at: SourceLocation(file: file, part: "_rels/.rels"))
    }
    mainPart = main
    let partRelationships = RelationshipsHandler(base: Self.directory(of: main))
    if try Self.parse(
      Self.relationshipsPart(of: main), in: archive, file: file, limits: limits, with: partRelationships)
    {
      related = partRelationships.targets
      relatedById = partRelationships.byId
    }
  }

  /// Streams a part through an XML handler.
  ///
  /// - Returns: false when the archive has no such part.
  /// - Throws: `DocxError` for an unreadable or oversized entry or malformed XML, with the part and place.
  /// - Parameters:
  ///   - part: The part's name.
  ///   - handler: Receives the XML events.
  ///   - afterEachChunk: Called after each chunk of the part has been parsed, so a streaming
  ///     reader can hand on what the chunk completed.
  @discardableResult
  func parse(_ part: String, with handler: XMLContentHandler, afterEachChunk: () -> Void = {}) throws(DocxError)
    -> Bool
  {
    try Self.parse(part, in: archive, file: file, limits: limits, with: handler, afterEachChunk: afterEachChunk)
  }

  private static func parse(
    _ part: String, in archive: ZipArchive, file: String?, limits: ZipEntryLimits,
    with handler: XMLContentHandler, afterEachChunk: () -> Void = {}
  ) throws(DocxError) -> Bool {
    let parser = XMLPushParser(vocabulary: WordName.vocabulary, handler: handler)
    handler.locator = parser.locator
    defer { handler.locator = nil }
    let location = SourceLocation(file: file, part: part)
    do {
      let found = try archive.readEntry(part, limits: limits) { chunk in
        try parser.parse(chunk)
        afterEachChunk()
      }
      guard found else { return false }
      try parser.finish()
      return true
    } catch let failure as XMLParseFailure {
      var place = location
      place.line = failure.line
      place.column = failure.column
      switch failure.kind {
      case .malformed(let message): throw DocxError(.malformedXML(message), at: place)
      case .undefinedEntity(let name): throw DocxError(.undefinedEntity(name), at: place)
      case .doctype: throw DocxError(.doctype, at: place)
      }
    } catch let failure as ZipFailure {
      throw DocxError(failure.code, at: location)
    } catch {
      throw DocxError(.malformedXML("\(error)"), at: location)
    }
  }

  /// `word/_rels/document.xml.rels` for `word/document.xml` (ECMA-376 Part 2 §9.3.3).
  static func relationshipsPart(of part: String) -> String {
    let directory = directory(of: part)
    let name = part.dropFirst(directory.count)
    return directory + "_rels/" + name + ".rels"
  }

  /// The folder of a part with its trailing `/`, or "" at the root.
  static func directory(of part: String) -> String {
    guard let slash = part.lastIndex(of: "/") else { return "" }
    return String(part[...slash])
  }

  /// A relationship target resolved against the folder of its source part, without a leading `/`.
  static func resolve(_ target: String, from base: String) -> String {
    let path = target.hasPrefix("/") ? String(target.dropFirst()) : base + target
    var parts: [Substring] = []
    for piece in path.split(separator: "/", omittingEmptySubsequences: true) {
      if piece == "." { continue }
      if piece == ".." {
        _ = parts.popLast()
      } else {
        parts.append(piece)
      }
    }
    return parts.joined(separator: "/")
  }
}

extension ZipFailure {
  /// The `DocxError` code this failure reports as.
  var code: DocxError.Code {
    switch self {
    case .cannotOpen(let why): .cannotOpen(why)
    case .notZip: .notZip
    case .oleCompoundFile: .oleCompoundFile
    case .unreadableArchive(let message), .unreadableEntry(let message): .unreadableZip(message)
    case .entryTooLarge(let size, let limit, let declared): .partTooLarge(size: size, limit: limit, declared: declared)
    case .compressionRatioTooHigh(let ratio, let limit): .compressionRatioTooHigh(ratio: ratio, limit: limit)
    case .unsafeEntryName(let name): .unsafePartName(name)
    case .encryptedEntry: .encryptedPart
    }
  }
}

/// Collects the internal relationships of a `.rels` part, resolved to part names.
private final class RelationshipsHandler: XMLContentHandler {
  let base: String
  var targets: [WordRelationshipType: String] = [:]
  var byId: [String: (type: WordRelationshipType, part: String)] = [:]

  init(base: String) { self.base = base }

  override func startElement(_ name: XMLNameID, attributes: XMLAttributes) {
    guard WordName(id: name) == .relationship,
      let type = attributes.string(WordName.relationshipType.rawValue).flatMap(WordRelationshipType.init(uri:)),
      let target = attributes.string(WordName.target.rawValue),
      attributes.string(WordName.targetMode.rawValue) != "External"
    else { return }
    let part = DocxPackage.resolve(target, from: base)
    if targets[type] == nil { targets[type] = part }
    if let id = attributes.string(WordName.relationshipId.rawValue), byId[id] == nil { byId[id] = (type, part) }
  }
}
