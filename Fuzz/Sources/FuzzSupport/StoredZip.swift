/// A zip archive of stored (uncompressed) entries, built without libzip so that the XML fuzz
/// target spends its time in the XML layer, not in deflate.
///
/// Local headers, data and a central directory (APPNOTE.TXT 4.3), no data descriptors, no
/// zip64: enough for entries well under 4 GiB.
public enum StoredZip {
  /// The archive's bytes.
  ///
  /// - Parameter entries: Names and contents, in order.
  public static func archive(_ entries: [(name: String, bytes: [UInt8])]) -> [UInt8] {
    var out: [UInt8] = []
    var central: [UInt8] = []
    for entry in entries {
      let name = Array(entry.name.utf8)
      let offset = UInt32(out.count)
      let crc = crc32(entry.bytes)
      let size = UInt32(entry.bytes.count)
      // Local file header.
      out += le32(0x0403_4B50) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21)
      out += le32(crc) + le32(size) + le32(size) + le16(UInt16(name.count)) + le16(0)
      out += name + entry.bytes
      // Central directory header.
      central += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21)
      central += le32(crc) + le32(size) + le32(size) + le16(UInt16(name.count)) + le16(0) + le16(0)
      central += le16(0) + le16(0) + le32(0) + le32(offset) + name
    }
    let centralOffset = UInt32(out.count)
    out += central
    out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
    out += le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
    return out
  }

  private static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  /// The CRC-32 of zip (ISO 3309).
  static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
  }

  private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
  private static func le32(_ value: UInt32) -> [UInt8] {
    [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
  }
}
