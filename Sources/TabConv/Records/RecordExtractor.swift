/// Turns tables into records: one per data row, keyed by the header texts, merged cells filled.
///
/// Each row of a table is read as one of:
/// - a **title** row: its only text is a form title (the profile says what a title looks like;
///   generically, one cell spanning the whole row). Consecutive title rows make one title
///   (`附表1 2023年部门整体支出绩效目标表`). A title row starts a new form: the header ends.
/// - a **signature** row (`单位负责人签字：`): ends the header.
/// - a **header** row: at least `minimumHeaderMatches` of its texts are in the profile's header
///   words; generically, `--header-row N`, or else the first row that is not a title row whose
///   cells all hold text and none a number. A header cell in the first column that spans down
///   over the rows below (`年度绩效指标`) is the records' `section`, not a field; once a row is no
///   longer under it, the header ends.
/// - a **data** row: under a header it gives a record, unless all its fields are empty.
///
/// Word glues several forms into one table (seed `000_…` holds two 附表3 forms in one `w:tbl`):
/// splitting at title and header rows puts each record in its own form. A table without title
/// rows takes its title from the nearest non-blank paragraph before it.
public struct RecordExtractor: Sendable {
  /// The profile that says which rows are titles, headers and signatures, and what to parse.
  public var profile: TableProfile
  /// A 1-based row to take as every table's header, overriding detection.
  public var headerRow: Int?

  /// Creates an extractor.
  ///
  /// - Parameters:
  ///   - profile: The table profile.
  ///   - headerRow: A 1-based header row for every table, or nil to detect headers.
  public init(profile: TableProfile = .generic, headerRow: Int? = nil) {
    self.profile = profile
    self.headerRow = headerRow
  }

  /// The records of every table of a document, in reading order.
  ///
  /// - Parameters:
  ///   - document: A checked document (spans tile the grid).
  ///   - tables: Only these flat tables (1-based numbers); nil for all.
  /// - Returns: The records.
  /// - Complexity: O(cells).
  public func records(from document: Document, tables: Set<Int>? = nil) -> [Record] {
    let titles = paragraphTitles(document)
    var records: [Record] = []
    for flat in document.flatTables where tables?.contains(flat.number) ?? true {
      records += self.records(from: flat.table, number: flat.number, title: titles[flat.block])
    }
    return records
  }

  /// For each top-level block (1-based), the nearest non-blank paragraph text before it.
  private func paragraphTitles(_ document: Document) -> [Int: String] {
    var titles: [Int: String] = [:]
    var last: String?
    for (index, block) in document.blocks.enumerated() {
      titles[index + 1] = last
      if case .paragraph(let paragraph) = block, !ValueParser.trim(paragraph.text).isEmpty {
        last = ValueParser.trim(paragraph.text)
      }
    }
    return titles
  }

  private func records(from table: Table, number: Int, title paragraphTitle: String?) -> [Record] {
    let rows = TableRows(table)
    var records: [Record] = []
    var title = paragraphTitle
    var previousWasTitle = false
    var header: RecordHeader?
    var headerFound = false
    for row in table.rows.indices {
      let role = classify(row, in: rows, headerFound: headerFound)
      defer { previousWasTitle = role == .title }
      switch role {
      case .title:
        let text = rows.texts(row).first { !$0.isEmpty } ?? ""
        title = previousWasTitle ? [title, text].compactMap { $0 }.joined(separator: " ") : text
        header = nil
      case .signature:
        header = nil
      case .header:
        header = RecordHeader(row: row, in: rows, table: table)
        headerFound = true
      case .data:
        guard let current = header else { continue }
        guard current.covers(row, in: rows) else {
          header = nil
          continue
        }
        let fields = current.fields(of: row, in: rows, profile: profile)
        guard fields.contains(where: { !ValueParser.trim($0.text).isEmpty }) else { continue }
        records.append(
          Record(title: title, section: current.section, table: number, row: row + 1, fields: fields))
      }
    }
    return records
  }

  private enum RowRole: Equatable { case title, signature, header, data }

  private func classify(_ row: Int, in rows: TableRows, headerFound: Bool) -> RowRole {
    let texts = rows.texts(row)
    let filled = texts.filter { !TableProfile.squeezed($0).isEmpty }
    if let headerRow {
      return row + 1 == headerRow ? .header : (filled.count == 1 && isTitle(row, rows) ? .title : .data)
    }
    if filled.count == 1, isTitle(row, rows) { return .title }
    if let first = filled.first, profile.isSignature(first) { return .signature }
    if profile.headerVocabulary.isEmpty {
      let looksLikeHeader =
        !headerFound && filled.count == texts.count && filled.count >= 1
        && !filled.contains { if case .quantity? = ValueParser.parse($0) { true } else { false } }
      return looksLikeHeader ? .header : .data
    }
    let matches = filled.filter { profile.headerVocabulary.contains(TableProfile.squeezed($0)) }.count
    return matches >= profile.minimumHeaderMatches ? .header : .data
  }

  private func isTitle(_ row: Int, _ rows: TableRows) -> Bool {
    let texts = rows.texts(row).filter { !TableProfile.squeezed($0).isEmpty }
    guard let text = texts.first else { return false }
    if profile.headerVocabulary.isEmpty { return rows.regions(row).count == 1 && rows.columns > 1 }
    return profile.isTitle(text)
  }
}
