import CZip
import Foundation

/// Zip archives made wrong on purpose, for the hostile-input suite: stored or deflated entries,
/// encrypted entries, and byte patches of the headers libzip wrote.
enum HostileZip {
  /// One entry to write.
  struct Entry {
    var name: String
    var bytes: [UInt8]
    var stored = false
    var password: String?
  }

  /// The archive of `entries`, in order.
  static func archive(_ entries: [Entry]) -> [UInt8] {
    var error = zip_error_t()
    zip_error_init(&error)
    defer { zip_error_fini(&error) }
    guard let source = zip_source_buffer_create(nil, 0, 0, &error) else { return [] }
    zip_source_keep(source)
    defer { zip_source_free(source) }
    guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else { return [] }
    var buffers: [UnsafeMutableRawBufferPointer] = []
    defer { buffers.forEach { $0.deallocate() } }
    for entry in entries {
      let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(entry.bytes.count, 1), alignment: 1)
      buffer.copyBytes(from: entry.bytes)
      buffers.append(buffer)
      let data = zip_source_buffer(archive, buffer.baseAddress, zip_uint64_t(entry.bytes.count), 0)
      let index = zip_file_add(archive, entry.name, data, zip_flags_t(ZIP_FL_ENC_UTF_8))
      guard index >= 0 else { return [] }
      if entry.stored { zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0) }
      if let password = entry.password {
        guard zip_file_set_encryption(archive, zip_uint64_t(index), zip_uint16_t(ZIP_EM_TRAD_PKWARE), password) == 0
        else { return [] }
      }
    }
    guard zip_close(archive) == 0 else { return [] }
    guard zip_source_open(source) == 0 else { return [] }
    defer { zip_source_close(source) }
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = zip_source_read(source, &chunk, zip_uint64_t(chunk.count))
      if count <= 0 { break }
      result += chunk[0..<Int(count)]
    }
    return result
  }

  /// A .docx package around `document` (the main part's bytes) and optional extra entries.
  static func docx(document: [UInt8], storedDocument: Bool = false, extra: [Entry] = []) -> [UInt8] {
    archive(
      [
        Entry(name: "[Content_Types].xml", bytes: Array(DocxFixtureBuilder.contentTypes.utf8)),
        Entry(name: "_rels/.rels", bytes: Array(DocxFixtureBuilder.packageRelationships().utf8)),
        Entry(name: "word/document.xml", bytes: document, stored: storedDocument),
      ] + extra)
  }

  /// Sets the uncompressed size an entry declares, in its local header and its central
  /// directory header.
  static func declaring(size: UInt32, for name: String, in zip: [UInt8]) -> [UInt8] {
    var bytes = zip
    let nameBytes = Array(name.utf8)
    for (signature, nameOffset, sizeOffset) in [
      ([0x50, 0x4B, 0x03, 0x04] as [UInt8], 30, 22), ([0x50, 0x4B, 0x01, 0x02], 46, 24),
    ] {
      var index = 0
      while index + nameOffset + nameBytes.count <= bytes.count {
        if Array(bytes[index..<index + 4]) == signature,
          Array(bytes[index + nameOffset..<index + nameOffset + nameBytes.count]) == nameBytes
        {
          for k in 0..<4 { bytes[index + sizeOffset + k] = UInt8((size >> (8 * UInt32(k))) & 0xFF) }
        }
        index += 1
      }
    }
    return bytes
  }
}

extension Array where Element == UInt8 {
  /// The offset of the first occurrence of `needle`.
  func firstRange(of needle: [UInt8]) -> Int? {
    guard needle.count <= count else { return nil }
    for start in 0...(count - needle.count) where self[start..<start + needle.count].elementsEqual(needle) {
      return start
    }
    return nil
  }
}
