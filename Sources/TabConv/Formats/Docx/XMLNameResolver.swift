import Foundation

// Names as the XML parser reports them: a vocabulary of (namespace, local name) pairs the
// handler cares about, resolved to small integer ids. libxml2 interns names in its dictionary,
// so each distinct name pointer is resolved once, by its bytes, and then found by pointer.

/// A name's id in an `XMLVocabulary`; -1 for names outside it.
typealias XMLNameID = Int16

/// The attributes of one start tag, as libxml2 hands them over (5 pointers per attribute).
struct XMLAttributes {
  let base: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
  let count: Int
  unowned(unsafe) let names: XMLNameResolver

  /// The raw UTF-8 value of an attribute, if present.
  func bytes(_ name: XMLNameID) -> UnsafeBufferPointer<UInt8>? {
    guard let base else { return nil }
    for index in 0..<count {
      let entry = base + index * 5
      guard let local = entry[0], names.resolve(uri: entry[2], local: local) == name,
        let start = entry[3], let end = entry[4]
      else { continue }
      return UnsafeBufferPointer(start: start, count: end - start)
    }
    return nil
  }

  /// The value of an attribute as a string, if present.
  ///
  /// Without `XML_PARSE_NOENT` (never set: it is how entity attacks start), libxml2's SAX2 hands
  /// over an `&amp;` in an attribute value as `&#38;`, to keep the entity boundary; that is the
  /// only reference left in a value, since DOCTYPEs (and so custom entities) are refused.
  func string(_ name: XMLNameID) -> String? {
    guard let value = bytes(name) else { return nil }
    let text = String(decoding: value, as: UTF8.self)
    return value.contains(UInt8(ascii: "&")) ? text.replacingOccurrences(of: "&#38;", with: "&") : text
  }

  /// The value of an attribute as a decimal integer, if present and numeric.
  func integer(_ name: XMLNameID) -> Int? {
    guard let value = bytes(name), !value.isEmpty, value.count < 19 else { return nil }
    var result = 0
    var negative = false
    for (offset, byte) in value.enumerated() {
      if offset == 0, byte == UInt8(ascii: "-") {
        negative = true
        continue
      }
      guard (0x30...0x39).contains(byte) else { return nil }
      result = result * 10 + Int(byte - 0x30)
    }
    return negative ? -result : result
  }
}

/// The names a handler reacts to: namespaces (each one or more URIs) and (namespace, local) pairs.
struct XMLVocabulary: Sendable {
  var namespaces: [[String]]
  var names: [(namespace: Int?, local: String)]
}

/// Maps libxml2's interned name pointers to vocabulary ids, caching each pointer once seen.
final class XMLNameResolver {
  private let namespaceURIs: [[[UInt8]]]
  private let locals: [[UInt8]]
  /// ids by (namespace index, or `namespaceURIs.count` for none) × local index.
  private let table: [XMLNameID]
  // Pointer caches in manually allocated memory: read on every event without exclusivity checks.
  private let namespaceKeys: UnsafeMutablePointer<UnsafeRawPointer?>
  private let namespaceValues: UnsafeMutablePointer<Int>
  private let namespaceCount: UnsafeMutablePointer<Int>
  private let localKeys: UnsafeMutablePointer<UnsafeRawPointer?>
  private let localValues: UnsafeMutablePointer<Int32>
  private let localCount: UnsafeMutablePointer<Int>
  private static let namespaceCapacity = 64
  private static let localCapacity = 2048

  init(_ vocabulary: XMLVocabulary) {
    namespaceURIs = vocabulary.namespaces.map { $0.map { Array($0.utf8) } }
    var locals: [[UInt8]] = []
    for name in vocabulary.names where !locals.contains(Array(name.local.utf8)) {
      locals.append(Array(name.local.utf8))
    }
    self.locals = locals
    var table = [XMLNameID](repeating: -1, count: (vocabulary.namespaces.count + 1) * locals.count)
    for (id, name) in vocabulary.names.enumerated() {
      let namespace = name.namespace ?? vocabulary.namespaces.count
      let local = locals.firstIndex(of: Array(name.local.utf8)) ?? 0
      table[namespace * locals.count + local] = XMLNameID(id)
    }
    self.table = table
    namespaceKeys = .allocate(capacity: Self.namespaceCapacity)
    namespaceValues = .allocate(capacity: Self.namespaceCapacity)
    namespaceCount = .allocate(capacity: 1)
    namespaceCount.initialize(to: 0)
    localKeys = .allocate(capacity: Self.localCapacity)
    localKeys.initialize(repeating: nil, count: Self.localCapacity)
    localValues = .allocate(capacity: Self.localCapacity)
    localValues.initialize(repeating: -1, count: Self.localCapacity)
    localCount = .allocate(capacity: 1)
    localCount.initialize(to: 0)
  }

  deinit {
    namespaceKeys.deallocate()
    namespaceValues.deallocate()
    namespaceCount.deallocate()
    localKeys.deallocate()
    localValues.deallocate()
    localCount.deallocate()
  }

  /// The id of a (namespace URI, local name) pair; -1 when it is not in the vocabulary.
  @inline(__always)
  func resolve(uri: UnsafePointer<UInt8>?, local: UnsafePointer<UInt8>) -> XMLNameID {
    let namespace: Int
    if let uri {
      namespace = namespaceIndex(UnsafeRawPointer(uri))
      if namespace < 0 { return -1 }
    } else {
      namespace = namespaceURIs.count
    }
    let localIndex = self.localIndex(UnsafeRawPointer(local))
    if localIndex < 0 { return -1 }
    return table[namespace * locals.count + localIndex]
  }

  private func namespaceIndex(_ pointer: UnsafeRawPointer) -> Int {
    for slot in 0..<namespaceCount.pointee where namespaceKeys[slot] == pointer { return namespaceValues[slot] }
    let bytes = Self.bytes(pointer)
    let index = namespaceURIs.firstIndex { $0.contains { $0.elementsEqual(bytes) } } ?? -1
    if namespaceCount.pointee < Self.namespaceCapacity {
      namespaceKeys[namespaceCount.pointee] = pointer
      namespaceValues[namespaceCount.pointee] = index
      namespaceCount.pointee += 1
    }
    return index
  }

  private func localIndex(_ pointer: UnsafeRawPointer) -> Int {
    let mask = Self.localCapacity - 1
    var slot = (Int(bitPattern: pointer) >> 3) & mask
    while let key = localKeys[slot] {
      if key == pointer { return Int(localValues[slot]) }
      slot = (slot + 1) & mask
    }
    let bytes = Self.bytes(pointer)
    let index = locals.firstIndex { $0.elementsEqual(bytes) } ?? -1
    if localCount.pointee < Self.localCapacity / 2 {
      localKeys[slot] = pointer
      localValues[slot] = Int32(index)
      localCount.pointee += 1
    }
    return index
  }

  /// The bytes of a NUL-terminated name.
  private static func bytes(_ pointer: UnsafeRawPointer) -> UnsafeBufferPointer<UInt8> {
    let typed = pointer.assumingMemoryBound(to: UInt8.self)
    var count = 0
    while typed[count] != 0 { count += 1 }
    return UnsafeBufferPointer(start: typed, count: count)
  }
}
