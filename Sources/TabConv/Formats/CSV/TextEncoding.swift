/// The text encodings tabconv reads and writes CSV in.
///
/// The raw values are the names tabconv prints; `init(name:)` also accepts the common aliases
/// (`GB18030`, `cp936`, `sjis`, `iso-8859-1`, …). Everything but UTF-8 and UTF-16 goes through
/// glibc's iconv (see `Iconv.swift`).
public enum TextEncoding: String, CaseIterable, Sendable {
  /// UTF-8, with or without a byte-order mark.
  case utf8 = "utf-8"
  /// UTF-16, little-endian (what Excel calls "Unicode Text").
  case utf16le = "utf-16le"
  /// UTF-16, big-endian.
  case utf16be = "utf-16be"
  /// GB18030, the Chinese national standard: a superset of GBK and GB2312 that covers all of Unicode.
  case gb18030
  /// GBK (Windows code page 936), simplified Chinese as older Chinese Windows writes it.
  case gbk
  /// Big5, traditional Chinese.
  case big5
  /// Shift_JIS as Windows writes it (code page 932): byte 0x5C is a backslash, not a yen sign.
  case shiftJIS = "shift_jis"
  /// ISO-8859-1: each byte is the Unicode character of the same number.
  case latin1 = "latin-1"

  /// Finds an encoding by name, ignoring case, `-`, `_` and spaces.
  ///
  /// Besides the raw values this accepts `utf8`, `utf16le`, `cp936`/`ms936`/`windows-936` and
  /// `gb2312`/`euc-cn` (read as GBK, which contains them), `cp950`, `sjis`/`cp932`/`ms932`/
  /// `windows-31j`, and `latin1`/`iso-8859-1`/`l1`.
  ///
  /// - Parameter name: The name as a user typed it.
  /// - Returns: The encoding, or nil when the name is not one tabconv knows.
  public init?(name: String) {
    let key = String(name.lowercased().filter { !"-_ ".contains($0) })
    switch key {
    case "utf8": self = .utf8
    case "utf16le": self = .utf16le
    case "utf16be": self = .utf16be
    case "gb18030": self = .gb18030
    case "gbk", "cp936", "ms936", "windows936", "gb2312", "euccn": self = .gbk
    case "big5", "cp950": self = .big5
    case "shiftjis", "sjis", "cp932", "ms932", "windows31j": self = .shiftJIS
    case "latin1", "iso88591", "l1", "cp819": self = .latin1
    default: return nil
    }
  }

  /// The name people know the encoding by, for messages: `GB18030`, `Shift_JIS`, `Latin-1`.
  public var displayName: String {
    switch self {
    case .utf8: "UTF-8"
    case .utf16le: "UTF-16LE"
    case .utf16be: "UTF-16BE"
    case .gb18030: "GB18030"
    case .gbk: "GBK"
    case .big5: "Big5"
    case .shiftJIS: "Shift_JIS"
    case .latin1: "Latin-1"
    }
  }

  /// The byte-order mark of the encoding, or nil when it has none in practice.
  public var byteOrderMark: [UInt8]? {
    switch self {
    case .utf8: [0xEF, 0xBB, 0xBF]
    case .utf16le: [0xFF, 0xFE]
    case .utf16be: [0xFE, 0xFF]
    case .gb18030, .gbk, .big5, .shiftJIS, .latin1: nil
    }
  }

  /// The name glibc's iconv knows the encoding by.
  ///
  /// Shift_JIS is read as CP932 because glibc's `SHIFT_JIS` turns `\` into `¥` and `~` into `‾`,
  /// which would corrupt ASCII text; files called Shift_JIS are written by Windows, in CP932.
  var iconvName: String {
    switch self {
    case .utf8: "UTF-8"
    case .utf16le: "UTF-16LE"
    case .utf16be: "UTF-16BE"
    case .gb18030: "GB18030"
    case .gbk: "GBK"
    case .big5: "BIG5"
    case .shiftJIS: "CP932"
    case .latin1: "ISO-8859-1"
    }
  }
}
