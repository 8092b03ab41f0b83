/// How many terminal columns text takes: East Asian wide and fullwidth characters take two,
/// combining marks none, everything else one (UAX #11, with ambiguous characters narrow).
enum DisplayWidth {
  static func of(_ text: some StringProtocol) -> Int {
    text.unicodeScalars.reduce(0) { $0 + of($1) }
  }

  static func of(_ scalar: Unicode.Scalar) -> Int {
    switch scalar.value {
    case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: 0
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      2
    default: 1
    }
  }

  /// Splits a line into pieces no wider than `width` columns (at least one character each).
  static func wrap(_ line: some StringProtocol, width: Int) -> [String] {
    var pieces: [String] = []
    var current = ""
    var currentWidth = 0
    for character in line {
      let characterWidth = of(String(character))
      if currentWidth + characterWidth > width, !current.isEmpty {
        pieces.append(current)
        current = ""
        currentWidth = 0
      }
      current.append(character)
      currentWidth += characterWidth
    }
    pieces.append(current)
    return pieces
  }
}
