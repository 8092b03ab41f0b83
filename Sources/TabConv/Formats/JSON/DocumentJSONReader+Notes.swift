/// Decoding notes, note references, page furniture, list labels and the text-box mark.
extension DocumentJSONReader.Decoder {
  func note(_ value: JSONValue, at pointer: String) throws -> Note {
    let object = try members(value, at: pointer, allowed: ["kind", "id", "author", "blocks"])
    let kind = try noteKind(object["kind"], at: pointer)
    let id = try required(string(object["id"], "id", at: pointer), "id", at: pointer)
    let author = try string(object["author"], "author", at: pointer)
    let blocks = try required(array(object["blocks"], "blocks", at: pointer), "blocks", at: pointer)
    return Note(
      kind: kind, id: id, author: author,
      blocks: try blocks.enumerated().map { try block($1, at: pointer + "/blocks/\($0)") })
  }

  func pageFurniture(_ value: JSONValue, at pointer: String) throws -> PageFurniture {
    let object = try members(value, at: pointer, allowed: ["kind", "type", "section", "blocks"])
    let kindName = try required(string(object["kind"], "kind", at: pointer), "kind", at: pointer)
    guard let kind = PageFurniture.Kind(rawValue: kindName) else {
      throw fail(.invalidValue("\"\(kindName)\"", allowed: "\"header\" or \"footer\""), at: pointer + "/kind")
    }
    let typeName = try required(string(object["type"], "type", at: pointer), "type", at: pointer)
    guard let type = PageFurniture.PageType(rawValue: typeName) else {
      throw fail(.invalidValue("\"\(typeName)\"", allowed: "\"default\", \"first\" or \"even\""), at: pointer + "/type")
    }
    let section = try required(integer(object["section"], "section", at: pointer, minimum: 1), "section", at: pointer)
    let blocks = try required(array(object["blocks"], "blocks", at: pointer), "blocks", at: pointer)
    return PageFurniture(
      kind: kind, type: type, section: section,
      blocks: try blocks.enumerated().map { try block($1, at: pointer + "/blocks/\($0)") })
  }

  /// A paragraph's or cell's `notes`: references with an offset, and for a cell its paragraph.
  func noteReferences(_ value: JSONValue?, at pointer: String, allowParagraph: Bool) throws -> [NoteReference] {
    let items = try array(value, "notes", at: pointer) ?? []
    return try items.enumerated().map { index, item in
      let place = pointer + "/notes/\(index)"
      let allowed: Set<String> = allowParagraph ? ["kind", "id", "offset", "paragraph"] : ["kind", "id", "offset"]
      let object = try members(item, at: place, allowed: allowed)
      return NoteReference(
        kind: try noteKind(object["kind"], at: place),
        id: try required(string(object["id"], "id", at: place), "id", at: place),
        offset: try required(integer(object["offset"], "offset", at: place, minimum: 0), "offset", at: place),
        paragraph: try integer(object["paragraph"], "paragraph", at: place, minimum: 0) ?? 0)
    }
  }

  /// A paragraph's references, checked against its text: no offset past the text's end.
  func checkOffsets(_ references: [NoteReference], text: String, at pointer: String) throws {
    let length = text.unicodeScalars.count
    for (index, reference) in references.enumerated() where reference.offset > length {
      throw fail(
        .invalidValue(String(reference.offset), allowed: "an offset up to the text's length, \(length)"),
        at: pointer + "/notes/\(index)/offset")
    }
  }

  /// A paragraph's `listLabel`, which its text must start with.
  func listLabel(_ value: JSONValue?, text: String, at pointer: String) throws -> String? {
    guard let label = try string(value, "listLabel", at: pointer) else { return nil }
    guard text.unicodeScalars.starts(with: label.unicodeScalars) else {
      throw fail(
        .invalidValue("\"\(label)\"", allowed: "a label the paragraph's text starts with"), at: pointer + "/listLabel")
    }
    return label
  }

  /// `textBox`: only `true` is written; absent means false.
  func textBox(_ value: JSONValue?, at pointer: String) throws -> Bool {
    guard let value else { return false }
    guard case .bool(true) = value else {
      throw fail(.invalidValue(value.typeDescription, allowed: "true (or no member)"), at: pointer + "/textBox")
    }
    return true
  }

  private func noteKind(_ value: JSONValue?, at pointer: String) throws -> Note.Kind {
    let name = try required(string(value, "kind", at: pointer), "kind", at: pointer)
    guard let kind = Note.Kind(rawValue: name) else {
      throw fail(
        .invalidValue("\"\(name)\"", allowed: "\"footnote\", \"endnote\" or \"comment\""), at: pointer + "/kind")
    }
    return kind
  }
}
