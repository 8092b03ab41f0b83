import CZip

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Builds a zip archive in memory with libzip: entries are added in order (the first one first in
// the central directory and in the file), deflated, each stamped with one fixed modification
// time so the same entries always give the same bytes. libzip writes nothing until `zip_close`,
// whose result is checked; the bytes are then read back from the in-memory source.

/// Why libzip could not build the archive: the call that failed, its message, and the entry.
struct ZipWriteFailure: Error, Equatable {
  /// The libzip function that failed.
  var call: String
  /// libzip's message.
  var message: String
  /// The entry being added, when the failure concerns one.
  var entry: String?
}

/// A zip archive under construction, held in memory.
struct ZipWriter {
  /// The modification time every entry gets: 2000-01-01 12:00:00 UTC, so the stamp stays in the
  /// range of MS-DOS dates (1980–2107) in every time zone; libzip stores it in local time.
  static let fixedModificationTime: time_t = 946_728_000

  private var entries: [(name: String, bytes: [UInt8])] = []

  /// Creates an empty archive.
  init() {}

  /// Adds an entry; entries are written in the order they are added.
  ///
  /// - Parameters:
  ///   - name: The entry's name, `/`-separated, without a leading slash.
  ///   - bytes: Its content.
  mutating func add(_ name: String, _ bytes: [UInt8]) {
    entries.append((name, bytes))
  }

  /// The archive's bytes.
  ///
  /// - Returns: The zip file.
  /// - Throws: `ZipWriteFailure` when libzip fails.
  /// - Complexity: Memory holds the entries, their compressed copies and the result at once.
  func bytes() throws(ZipWriteFailure) -> [UInt8] {
    var error = zip_error_t()
    zip_error_init(&error)
    defer { zip_error_fini(&error) }
    guard let source = zip_source_buffer_create(nil, 0, 0, &error) else {
      throw ZipWriteFailure(call: "zip_source_buffer_create", message: Self.message(&error))
    }
    guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
      zip_source_free(source)
      throw ZipWriteFailure(call: "zip_open_from_source", message: Self.message(&error))
    }
    // The archive now owns one reference; keep one more to read the result after zip_close.
    zip_source_keep(source)
    defer { zip_source_free(source) }
    do {
      for entry in entries { try Self.add(entry, to: archive) }
    } catch {
      zip_discard(archive)
      throw error
    }
    guard zip_close(archive) == 0 else {
      let failure = ZipWriteFailure(call: "zip_close", message: String(cString: zip_strerror(archive)))
      zip_discard(archive)
      throw failure
    }
    return try Self.contents(of: source)
  }

  private static func add(_ entry: (name: String, bytes: [UInt8]), to archive: OpaquePointer) throws(ZipWriteFailure) {
    // libzip reads the data at zip_close, so it gets its own malloc'd copy and frees it (freep 1).
    let count = entry.bytes.count
    guard let data = malloc(max(count, 1)) else {
      throw ZipWriteFailure(call: "malloc", message: "out of memory", entry: entry.name)
    }
    entry.bytes.withUnsafeBytes { raw in
      if let base = raw.baseAddress { memcpy(data, base, count) }
    }
    guard let source = zip_source_buffer(archive, data, zip_uint64_t(count), 1) else {
      free(data)
      throw failure("zip_source_buffer", archive, entry.name)
    }
    let index = zip_file_add(archive, entry.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
    guard index >= 0 else {
      zip_source_free(source)
      throw failure("zip_file_add", archive, entry.name)
    }
    guard zip_file_set_mtime(archive, zip_uint64_t(index), fixedModificationTime, 0) == 0 else {
      throw failure("zip_file_set_mtime", archive, entry.name)
    }
  }

  /// Reads the finished archive back from its in-memory source.
  private static func contents(of source: OpaquePointer) throws(ZipWriteFailure) -> [UInt8] {
    guard zip_source_open(source) == 0 else {
      throw ZipWriteFailure(call: "zip_source_open", message: sourceMessage(source))
    }
    defer { zip_source_close(source) }
    var result: [UInt8] = []
    let chunkSize = 64 * 1024
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    while true {
      let count = chunk.withUnsafeMutableBytes { zip_source_read(source, $0.baseAddress, zip_uint64_t(chunkSize)) }
      if count < 0 { throw ZipWriteFailure(call: "zip_source_read", message: sourceMessage(source)) }
      if count == 0 { break }
      result.append(contentsOf: chunk[0..<Int(count)])
    }
    return result
  }

  private static func failure(_ call: String, _ archive: OpaquePointer, _ entry: String) -> ZipWriteFailure {
    ZipWriteFailure(call: call, message: String(cString: zip_strerror(archive)), entry: entry)
  }

  private static func message(_ error: inout zip_error_t) -> String {
    String(cString: zip_error_strerror(&error))
  }

  private static func sourceMessage(_ source: OpaquePointer) -> String {
    String(cString: zip_error_strerror(zip_source_error(source)))
  }
}
