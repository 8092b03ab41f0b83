import CZip

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The only file that imports libzip. Opens an archive from a path or from bytes, finds entries
// (OPC part names are case-insensitive, ECMA-376 Part 2 §9.1.1.2), and streams an entry in
// chunks while bounding it: the size the archive declares, the bytes actually inflated (a
// declared size can lie), and the ratio of inflated to compressed bytes (a zip bomb).
// An archive with an entry name that climbs out of it (`../x`, `/etc/x`) is refused as a whole:
// tabconv never extracts to disk, but such a name is never a valid part name (ECMA-376 Part 2
// §9.1.1.1) and only hostile or broken tools write one. Encrypted entries are refused by name
// rather than with libzip's "No password provided".

/// Why an archive or one of its entries could not be read.
enum ZipFailure: Error, Equatable {
  /// The file could not be opened; the system's reason.
  case cannotOpen(String)
  /// The bytes are not a zip archive.
  case notZip
  /// The bytes are an OLE2 compound file (encrypted Office file or legacy .doc).
  case oleCompoundFile
  /// libzip failed on the archive; its message.
  case unreadableArchive(String)
  /// libzip failed on an entry; its message.
  case unreadableEntry(String)
  /// The entry declares or inflates to more than the limit.
  case entryTooLarge(size: UInt64, limit: UInt64, declared: Bool)
  /// The entry inflates to more than `limit` times its compressed size.
  case compressionRatioTooHigh(ratio: UInt64, limit: UInt64)
  /// An entry's name climbs out of the archive (a `..` segment or a leading `/`).
  case unsafeEntryName(String)
  /// The entry is encrypted.
  case encryptedEntry
}

/// Bounds on what one entry may inflate to.
struct ZipEntryLimits {
  /// The most bytes one entry may inflate to.
  var maxSize: UInt64
  /// The most an entry may inflate relative to its compressed size...
  var maxRatio: UInt64
  /// ...once it has inflated past this many bytes (small parts compress well and are harmless).
  var ratioCheckStart: UInt64
}

/// A read-only zip archive.
///
/// Not thread-safe: open, read and close it in one call.
final class ZipArchive {
  private let archive: OpaquePointer
  /// The bytes the archive reads from, when opened from memory (libzip does not copy them).
  private let buffer: UnsafeMutableRawBufferPointer?

  /// The size of the chunks handed to `readEntry`.
  static let chunkSize = 256 * 1024

  /// Opens the archive at a path.
  ///
  /// - Throws: `ZipFailure` when the file cannot be opened or is not a zip.
  init(path: String) throws(ZipFailure) {
    guard let file = fopen(path, "rb") else {
      throw .cannotOpen(String(cString: strerror(errno)).lowercased())
    }
    var magic = [UInt8](repeating: 0, count: 8)
    let count = fread(&magic, 1, 8, file)
    fclose(file)
    try Self.checkMagic(magic.prefix(count))
    var code: Int32 = 0
    guard let archive = zip_open(path, ZIP_RDONLY, &code) else {
      throw Self.failure(code: code)
    }
    try Self.checkNames(archive)
    self.archive = archive
    buffer = nil
  }

  /// Opens an archive held in memory; the bytes are copied.
  ///
  /// - Throws: `ZipFailure` when the bytes are not a zip.
  init(bytes: [UInt8]) throws(ZipFailure) {
    try Self.checkMagic(bytes.prefix(8))
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
    buffer.copyBytes(from: bytes)
    var error = zip_error_t()
    zip_error_init(&error)
    defer { zip_error_fini(&error) }
    guard let source = zip_source_buffer_create(buffer.baseAddress, zip_uint64_t(bytes.count), 0, &error) else {
      buffer.deallocate()
      throw .unreadableArchive(String(cString: zip_error_strerror(&error)))
    }
    guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
      zip_source_free(source)
      buffer.deallocate()
      throw Self.failure(code: zip_error_code_zip(&error))
    }
    do {
      try Self.checkNames(archive)
    } catch {
      buffer.deallocate()
      throw error
    }
    self.archive = archive
    self.buffer = buffer
  }

  deinit {
    zip_discard(archive)
    buffer?.deallocate()
  }

  /// Whether the archive has an entry of this name (case-insensitive).
  func contains(_ name: String) -> Bool {
    zip_name_locate(archive, name, zip_flags_t(ZIP_FL_NOCASE)) >= 0
  }

  /// Streams an entry in chunks of `chunkSize` bytes.
  ///
  /// - Parameters:
  ///   - name: The entry's name (case-insensitive).
  ///   - limits: Bounds on its inflated size and compression ratio.
  ///   - body: Called with each chunk; the buffer is valid only during the call.
  /// - Returns: false when there is no such entry.
  /// - Throws: `ZipFailure` for an unreadable or oversized entry, or what `body` throws.
  func readEntry(
    _ name: String, limits: ZipEntryLimits, _ body: (UnsafeRawBufferPointer) throws -> Void
  ) throws -> Bool {
    let index = zip_name_locate(archive, name, zip_flags_t(ZIP_FL_NOCASE))
    guard index >= 0 else { return false }
    var stat = zip_stat_t()
    zip_stat_init(&stat)
    guard zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0 else {
      throw ZipFailure.unreadableEntry(archiveMessage())
    }
    if stat.valid & zip_uint64_t(ZIP_STAT_ENCRYPTION_METHOD) != 0, stat.encryption_method != UInt16(ZIP_EM_NONE) {
      throw ZipFailure.encryptedEntry
    }
    let compressed = stat.valid & zip_uint64_t(ZIP_STAT_COMP_SIZE) != 0 ? UInt64(stat.comp_size) : 0
    if stat.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0 {
      try Self.check(size: UInt64(stat.size), compressed: compressed, limits: limits, declared: true)
    }
    guard let file = zip_fopen_index(archive, zip_uint64_t(index), 0) else {
      throw ZipFailure.unreadableEntry(archiveMessage())
    }
    defer { zip_fclose(file) }
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
    defer { chunk.deallocate() }
    var total: UInt64 = 0
    while true {
      let count = zip_fread(file, chunk.baseAddress, zip_uint64_t(Self.chunkSize))
      if count < 0 {
        throw ZipFailure.unreadableEntry(String(cString: zip_file_strerror(file)))
      }
      if count == 0 { break }
      total += UInt64(count)
      try Self.check(size: total, compressed: compressed, limits: limits, declared: false)
      try body(UnsafeRawBufferPointer(rebasing: chunk[0..<Int(count)]))
    }
    return true
  }

  private static func check(
    size: UInt64, compressed: UInt64, limits: ZipEntryLimits, declared: Bool
  ) throws(ZipFailure) {
    if size > limits.maxSize {
      throw .entryTooLarge(size: size, limit: limits.maxSize, declared: declared)
    }
    if size > limits.ratioCheckStart, compressed > 0, size / compressed > limits.maxRatio {
      throw .compressionRatioTooHigh(ratio: size / compressed, limit: limits.maxRatio)
    }
  }

  /// Refuses an archive with an entry name that has a `..` segment or starts with `/`;
  /// discards the archive when it does.
  private static func checkNames(_ archive: OpaquePointer) throws(ZipFailure) {
    let count = zip_get_num_entries(archive, 0)
    guard count > 0 else { return }
    for index in 0..<zip_uint64_t(count) {
      guard let raw = zip_get_name(archive, index, 0) else { continue }
      let name = String(cString: raw)
      let segments = name.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "\\" }
      if name.hasPrefix("/") || name.hasPrefix("\\") || segments.contains("..") {
        zip_discard(archive)
        throw .unsafeEntryName(name)
      }
    }
  }

  private func archiveMessage() -> String {
    String(cString: zip_strerror(archive))
  }

  private static func checkMagic(_ magic: ArraySlice<UInt8>) throws(ZipFailure) {
    if magic.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .oleCompoundFile }
    // A zip starts with a local file header, or an end record when empty (APPNOTE 4.3.6).
    guard magic.starts(with: [0x50, 0x4B, 0x03, 0x04]) || magic.starts(with: [0x50, 0x4B, 0x05, 0x06]) else {
      throw .notZip
    }
  }

  private static func failure(code: Int32) -> ZipFailure {
    if code == ZIP_ER_NOZIP { return .notZip }
    var error = zip_error_t()
    zip_error_init_with_code(&error, code)
    defer { zip_error_fini(&error) }
    return .unreadableArchive(String(cString: zip_error_strerror(&error)))
  }
}
