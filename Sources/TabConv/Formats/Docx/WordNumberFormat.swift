/// List numbers as Word writes them in each `w:numFmt` (ECMA-376 Part 1, §17.18.59).
///
/// Formats not listed here are written in decimal, as Word does for formats it cannot show.
enum WordNumberFormat {
  /// The number `value` in the format `format`.
  static func text(of value: Int, format: String) -> String {
    switch format {
    case "decimal": String(value)
    case "decimalZero": value < 10 && value >= 0 ? "0\(value)" : String(value)
    case "upperRoman": roman(value)
    case "lowerRoman": roman(value).lowercased()
    case "upperLetter": letters(value)
    case "lowerLetter": letters(value).lowercased()
    case "ordinal": ordinal(value)
    case "chineseCounting", "japaneseCounting", "taiwaneseCounting": chineseCounting(value)
    case "chineseCountingThousand", "taiwaneseCountingThousand": chineseCountingThousand(value)
    case "ideographTraditional": value <= 10 ? cycle(value, "甲乙丙丁戊己庚辛壬癸") : String(value)
    case "ideographZodiac": value <= 12 ? cycle(value, "子丑寅卯辰巳午未申酉戌亥") : String(value)
    case "ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital":
      String(String(value).map { digitCharacters[Int(String($0)) ?? 0] })
    case "decimalEnclosedCircle", "decimalEnclosedCircleChinese": enclosed(value, from: 0x2460, upTo: 20)
    case "decimalEnclosedFullstop": enclosed(value, from: 0x2488, upTo: 20)
    case "decimalEnclosedParen": enclosed(value, from: 0x2474, upTo: 20)
    case "decimalFullWidth", "decimalFullWidth2":
      String(String(value).unicodeScalars.compactMap { Unicode.Scalar($0.value - 0x30 + 0xFF10) }.map(Character.init))
    case "none": ""
    default: String(value)
    }
  }

  private static let digitCharacters: [Character] = Array("〇一二三四五六七八九")

  /// I, II, … MMMCMXCIX; decimal outside 1…3999.
  static func roman(_ value: Int) -> String {
    guard (1...3999).contains(value) else { return String(value) }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
      (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = value
    var result = ""
    for (amount, numeral) in table {
      while rest >= amount {
        result += numeral
        rest -= amount
      }
    }
    return result
  }

  /// A … Z, then AA … ZZ, AAA …: Word repeats the letter rather than counting in base 26.
  static func letters(_ value: Int) -> String {
    guard value >= 1 else { return String(value) }
    let letter = Character(Unicode.Scalar(UInt8(65 + (value - 1) % 26)))
    return String(repeating: letter, count: (value - 1) / 26 + 1)
  }

  /// The English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st and so on.
  static func ordinal(_ value: Int) -> String {
    let suffix: String
    switch (value % 100, value % 10) {
    case (11...13, _): suffix = "th"
    case (_, 1): suffix = "st"
    case (_, 2): suffix = "nd"
    case (_, 3): suffix = "rd"
    default: suffix = "th"
    }
    return "\(value)\(suffix)"
  }

  /// `chineseCounting` as Word writes it: 一 … 十, 十一 … 九十九, then digit by digit with ○ for
  /// zero (一○一, 一一○, 一二三四) up to 9999; decimal beyond. (Eric White's Open XML PowerTools,
  /// ListItemTextGetter_zh_CN, written against Word's output.)
  static func chineseCounting(_ value: Int) -> String {
    let digits: [Character] = Array("○一二三四五六七八九")
    switch value {
    case 1...9: return String(digits[value])
    case 10...99: return tens(value, digits: digits)
    case 100...9999: return String(String(value).map { digits[Int(String($0)) ?? 0] })
    default: return String(value)
    }
  }

  /// `chineseCountingThousand`: 一 … 十, 十一 … 九十九, 一百, 一百〇一, 一百一十 … 一千〇一十 … 九千九百九十九;
  /// decimal beyond.
  static func chineseCountingThousand(_ value: Int) -> String {
    let digits: [Character] = Array("〇一二三四五六七八九")
    guard (1...9999).contains(value) else { return String(value) }
    if value < 100 { return value < 10 ? String(digits[value]) : tens(value, digits: digits) }
    var result = ""
    let thousands = value / 1000
    let hundreds = value / 100 % 10
    let rest = value % 100
    if thousands > 0 { result += "\(digits[thousands])千" }
    if hundreds > 0 {
      result += "\(digits[hundreds])百"
    } else if thousands > 0, rest > 0 {
      result += "〇"
    }
    if rest >= 10 {
      result += "\(digits[rest / 10])十" + (rest % 10 > 0 ? String(digits[rest % 10]) : "")
    } else if rest > 0 {
      result += (hundreds > 0 ? "〇" : "") + String(digits[rest])
    }
    return result
  }

  /// 十, 十一 … 十九, 二十, 二十一 … 九十九.
  private static func tens(_ value: Int, digits: [Character]) -> String {
    let (tens, ones) = (value / 10, value % 10)
    return (tens == 1 ? "" : String(digits[tens])) + "十" + (ones == 0 ? "" : String(digits[ones]))
  }

  private static func cycle(_ value: Int, _ symbols: String) -> String {
    guard value >= 1 else { return String(value) }
    let characters = Array(symbols)
    return String(characters[(value - 1) % characters.count])
  }

  private static func enclosed(_ value: Int, from base: UInt32, upTo limit: Int) -> String {
    guard (1...limit).contains(value), let scalar = Unicode.Scalar(base + UInt32(value - 1)) else {
      return String(value)
    }
    return String(Character(scalar))
  }

  /// A bullet's glyph as a Unicode character: symbol-font glyphs (Symbol, Wingdings) are mapped
  /// where the character is known, else written as `•`; other characters are kept (`o`, `●`, `-`).
  static func bullet(_ glyph: String, font: String?) -> String {
    let scalars = Array(glyph.unicodeScalars)
    guard scalars.count == 1, let scalar = scalars.first else { return glyph.isEmpty ? "" : glyph }
    let fontName = font?.lowercased() ?? ""
    var code = scalar.value
    let isPrivateUse = (0xE000...0xF8FF).contains(code)
    let isSymbolFont = fontName == "symbol" || fontName.hasPrefix("wingdings")
    guard isPrivateUse || isSymbolFont else { return glyph }
    if (0xF000...0xF0FF).contains(code) { code -= 0xF000 }
    if fontName == "symbol", let mapped = WordSymbol.scalar(char: String(code + 0xF000, radix: 16), font: "Symbol") {
      return String(Character(mapped))
    }
    if fontName == "wingdings", let mapped = wingdings[code] { return mapped }
    return "•"
  }

  /// Wingdings bullet glyphs Word offers, by code (Unicode's Wingdings mapping, UTR #25 style).
  private static let wingdings: [UInt32: String] = [
    0x6C: "●", 0x6E: "■", 0x71: "❑", 0x75: "◆", 0x76: "❖", 0xA7: "▪", 0xA8: "◻", 0xD8: "➢", 0xFC: "✓",
    0xFB: "✗", 0xFE: "☑", 0x9F: "•", 0x77: "⬥", 0xE8: "➔",
  ]
}
