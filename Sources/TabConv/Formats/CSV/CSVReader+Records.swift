extension CSVReader {
  /// Every record of the input as a row of cells, with what the reader's warnings need.
  struct Records {
    /// One row per record, each as wide as its record.
    var rows: [Row] = []
    /// The line each record starts on.
    var lines: [Int] = []
    /// The most fields in a record.
    var width = 0
    /// The line end after the first record that has one.
    var firstLineEnding: CSVLineEnding?
    /// How many CR or CRLF line breaks inside quoted fields were read as LF.
    var normalizedLineBreaks = 0
    /// The line of the first of them.
    var firstNormalizedLine: Int?
    /// How many fields had text after their closing quote.
    var textAfterClosingQuotes = 0
    /// Where the first such text stood.
    var firstTextAfterClosingQuote: SourceLocation?

    /// Reads every record.
    ///
    /// - Parameter parser: The parser, at the start of the text.
    /// - Throws: The parser's `CSVError`.
    init(reading parser: inout CSVRecordParser) throws(CSVError) {
      var recentCounts = (0, 0)
      while true {
        // Room for as many cells as the wider of the last two records had: one allocation for a
        // row like them, also after a short one (a title line). Not the widest row's count: one
        // very wide row would then inflate every row after it.
        var cells: [Cell] = []
        cells.reserveCapacity(max(recentCounts.0, recentCounts.1))
        guard let line = try parser.next(into: &cells) else { break }
        recentCounts = (recentCounts.1, cells.count)
        width = max(width, cells.count)
        rows.append(Row(cells: cells))
        lines.append(line)
      }
      firstLineEnding = parser.firstLineEnding
      normalizedLineBreaks = parser.normalizedLineBreaks
      firstNormalizedLine = parser.firstNormalizedLine
      textAfterClosingQuotes = parser.textAfterClosingQuotes
      firstTextAfterClosingQuote = parser.firstTextAfterClosingQuote
    }
  }
}
