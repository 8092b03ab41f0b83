import Testing

@testable import TabConv

/// How `TextEncodingDetector` decides, and how the reader reports what it decided.
@Suite struct TextEncodingDetectorTests {
  @Test func `a byte-order mark decides and is skipped`() throws {
    #expect(
      try TextEncodingDetector.decide([0xEF, 0xBB, 0xBF, 0x61], explicit: nil)
        == .init(encoding: .utf8, byteOrderMarkLength: 3, guess: nil))
    #expect(
      try TextEncodingDetector.decide([0xFF, 0xFE, 0x61, 0x00], explicit: nil)
        == .init(encoding: .utf16le, byteOrderMarkLength: 2, guess: nil))
    #expect(
      try TextEncodingDetector.decide([0xFE, 0xFF, 0x00, 0x61], explicit: nil)
        == .init(encoding: .utf16be, byteOrderMarkLength: 2, guess: nil))
  }

  @Test func `an explicit encoding wins and skips only its own byte-order mark`() throws {
    #expect(
      try TextEncodingDetector.decide([0xEF, 0xBB, 0xBF, 0x61], explicit: .utf8)
        == .init(encoding: .utf8, byteOrderMarkLength: 3, guess: nil))
    #expect(
      try TextEncodingDetector.decide([0xEF, 0xBB, 0xBF, 0x61], explicit: .latin1)
        == .init(encoding: .latin1, byteOrderMarkLength: 0, guess: nil))
  }

  @Test func `valid UTF-8 is UTF-8 without a guess`() throws {
    #expect(
      try TextEncodingDetector.decide(Array("姓名,年纪\n".utf8), explicit: nil)
        == .init(encoding: .utf8, byteOrderMarkLength: 0, guess: nil))
  }

  @Test(arguments: [
    ("序号,项目名称,金额（万元）\n1,办公设备购置,12.5\n2,信息化建设,30\n", TextEncoding.gb18030, TextEncoding.gb18030),
    ("序号,项目名称,金额（万元）\n1,办公设备购置,12.5\n", .gbk, .gb18030),
    ("序號,項目名稱,金額（萬元）\n1,辦公設備購置,12.5\n2,資訊化建設,30\n", .big5, .big5),
    ("番号,名前,住所\n1,山田太郎,東京都千代田区\n2,佐藤花子,大阪府大阪市\n", .shiftJIS, .shiftJIS),
    ("名前,年齢\nやまだ,30\nさとう,25\n", .shiftJIS, .shiftJIS),
    ("Nome,Situação,Descrição\nJosé,Não,Pão de açúcar\n", .latin1, .latin1),
    ("Straße,Größe\nMüller,groß\n", .latin1, .latin1),
  ])
  func `legacy encodings are told apart by the cleanest decoding`(
    text: String, written: TextEncoding, read: TextEncoding
  )
    throws
  {
    let bytes = try ReadCSV.encoded(text, as: written)
    #expect(try TextEncodingDetector.decide(bytes, explicit: nil).encoding == read)
    #expect(ReadCSV.cells(of: try ReadCSV.document(bytes)) == ReadCSV.cells(of: try ReadCSV.document(text)))
  }

  @Test func `a guessed encoding is a warning that says how to override it`() throws {
    let document = try ReadCSV.document(try ReadCSV.encoded("序号,名称\n1,办公\n", as: .gb18030))
    #expect(
      document.warnings == [
        DocumentWarning(
          .inputNormalized,
          "no encoding given; read as GB18030 (not UTF-8: byte 0xD0 on line 1; GB18030 decodes it most cleanly of "
            + "UTF-8, GB18030, Big5, Shift_JIS, Latin-1); use --encoding to override",
          at: SourceLocation(file: "t.csv"))
      ])
  }

  @Test func `UTF-8 with one stray byte is reported at that byte, not read as another encoding`() {
    var bytes = Array("姓名,年纪\n张三,".utf8)
    bytes += [0xFF, 0x0A]
    #expect(
      ReadCSV.failure(bytes)
        == "2:4: byte 0xFF is not valid UTF-8 (no encoding given, and the input looked like UTF-8); "
        + "use --encoding to name the input's encoding")
  }

  @Test func `an invalid byte under an explicit encoding names the place and suggests the likely one`() throws {
    let bytes = try ReadCSV.encoded("a,b\n姓名,年纪\n", as: .gb18030)
    #expect(
      ReadCSV.failure(bytes, options: CSVReadOptions(encoding: .utf8))
        == "2:1: byte 0xD0 is not valid UTF-8; use --encoding gb18030 if that is the input's encoding")
    #expect(
      ReadCSV.failure(bytes + [0x81], options: CSVReadOptions(encoding: .gbk))
        == "3:1: byte 0x81 is not valid GBK; use --encoding to name the input's encoding")
    #expect(
      ReadCSV.failure(try ReadCSV.encoded("Nome,José\n", as: .latin1), options: CSVReadOptions(encoding: .big5))
        == "1:9: byte 0xE9 is not valid Big5; use --encoding latin-1 if that is the input's encoding")
  }

  @Test func `UTF-16 with a byte-order mark reads like UTF-8`() throws {
    let text = "姓名,年纪\r\n张三,20"
    let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(ReadCSV.cells(of: try ReadCSV.document(little)) == [["姓名", "年纪"], ["张三", "20"]])
    #expect(ReadCSV.cells(of: try ReadCSV.document(big)) == [["姓名", "年纪"], ["张三", "20"]])
    #expect(try ReadCSV.document(little).warnings.isEmpty)
  }

  @Test func `an unpaired surrogate in UTF-16 is an invalid byte with its place`() {
    let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00, 0x62, 0x00, 0x00, 0xD8, 0x63, 0x00]
    #expect(
      ReadCSV.failure(bytes)
        == "2:2: byte 0x00 is not valid UTF-16LE; use --encoding to name the input's encoding")
  }
}
