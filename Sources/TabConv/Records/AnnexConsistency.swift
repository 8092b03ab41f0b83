import Foundation

/// Checks the numbers of budget annexes against each other.
///
/// What annex-tables.md lists under "Data problems":
///
/// - **Totals**: under a header row with `序号` and `金额`, a `合计` row must equal the sum of the
///   group rows (`一`, `二`, …), and each group the sum of its items (`1`, `2`, …); without groups,
///   the items. Under a header with `金额` but no `序号` (支出明细), a `合计` row must equal the sum of
///   the amounts above it.
/// - **Periods**: a date range that ends before it starts, more than ten years after it starts,
///   or before the budget year of its form (the year in the form's title, `2023年…`).
/// - **Amounts against their explanation**: a row's `金额` must equal the amount its explanation
///   states as `共15.12万元`, `共计18万元`, `支出33.6万元` or `共21万` (the last one, or all of them
///   added up when the explanation lists partial sums).
public enum AnnexConsistency {
  /// Every finding in a document's tables, in reading order.
  ///
  /// - Parameter document: A checked document.
  /// - Returns: The findings.
  public static func findings(in document: Document) -> [ConsistencyFinding] {
    var findings: [ConsistencyFinding] = []
    for flat in document.flatTables {
      let rows = TableRows(flat.table)
      findings += periods(flat, rows)
      findings += totals(flat, rows)
      findings += explainedAmounts(flat, rows)
    }
    return findings
  }

  // MARK: Periods

  private static func periods(_ flat: FlatTable, _ rows: TableRows) -> [ConsistencyFinding] {
    var findings: [ConsistencyFinding] = []
    var budgetYear: Int?
    var reported = Set<CellAddress>()
    for row in flat.table.rows.indices {
      for region in rows.regions(row) {
        let label = TableProfile.squeezed(region.text)
        if let year = leadingYear(label), label.contains("目标表") || label.contains("预算") { budgetYear = year }
        guard !reported.contains(region.address), case .dateRange(let start, let end)? = ValueParser.parse(region.text),
          let startYear = Int(start.prefix(4)), let endYear = Int(end.prefix(4))
        else { continue }
        reported.insert(region.address)
        let text = ValueParser.trim(region.text)
        var problem: String?
        if end < start {
          problem = "ends before it starts"
        } else if endYear - startYear > 10 {
          problem = "ends \(endYear - startYear) years after it starts"
        } else if let budgetYear, endYear < budgetYear {
          problem = "ends before the budget year \(budgetYear) of its form"
        }
        if let problem {
          findings.append(
            ConsistencyFinding(.implausiblePeriod, "period \(text) \(problem)", table: flat.number, row: row + 1))
        }
      }
    }
    return findings
  }

  private static func leadingYear(_ text: String) -> Int? {
    guard text.count >= 5, text.dropFirst(4).first == "年", let year = Int(text.prefix(4)),
      (1900...2100).contains(year)
    else { return nil }
    return year
  }

  // MARK: Totals

  private enum Line {
    case total(Double, row: Int)
    case group(Double, row: Int)
    case item(Double, row: Int)
  }

  private static func totals(_ flat: FlatTable, _ rows: TableRows) -> [ConsistencyFinding] {
    var findings: [ConsistencyFinding] = []
    var amountColumns: Range<Int>?
    var numberColumns: Range<Int>?
    var lines: [Line] = []
    func close() {
      findings += verify(lines, table: flat.number)
      lines = []
    }
    for row in flat.table.rows.indices {
      let regions = rows.regions(row)
      let labels = regions.map { TableProfile.squeezed($0.text) }
      if let amount = regions.first(where: { TableProfile.squeezed($0.text) == "金额" }), row == amount.address.row {
        close()
        amountColumns = amount.columns
        numberColumns = regions.first { TableProfile.squeezed($0.text) == "序号" && $0.address.row == row }?.columns
        continue
      }
      guard let amountColumns else { continue }
      let isTotal = labels.contains("合计")
      // The amount: in the amount column, or for a total the first number after its label
      // (Tika text shifts the cells of short rows to the left).
      var amountText = regions.first { $0.columns.overlaps(amountColumns) }.map(\.text) ?? ""
      if isTotal, Double(ValueParser.trim(amountText)) == nil,
        let index = labels.firstIndex(of: "合计"),
        let next = regions[(index + 1)...].first(where: { Double(ValueParser.trim($0.text)) != nil })
      {
        amountText = next.text
      }
      guard let amount = Double(ValueParser.trim(amountText)) else {
        if labels.contains(where: { $0.hasPrefix("单位负责人") || $0.hasPrefix("填表人") }) { close() }
        continue
      }
      if isTotal {
        lines.append(.total(amount, row: row + 1))
        continue
      }
      let number = numberColumns.flatMap { columns in regions.first { $0.columns.overlaps(columns) } }
      let label = number.map { TableProfile.squeezed($0.text) } ?? ""
      if !label.isEmpty, label.allSatisfy({ "一二三四五六七八九十".contains($0) }) {
        lines.append(.group(amount, row: row + 1))
      } else {
        lines.append(.item(amount, row: row + 1))
      }
    }
    close()
    return findings
  }

  /// Checks one run of amount lines: groups against their items, the total against the groups
  /// (or the items when there are no groups).
  private static func verify(_ lines: [Line], table: Int) -> [ConsistencyFinding] {
    var findings: [ConsistencyFinding] = []
    var groups: [(amount: Double, row: Int, items: Double)] = []
    var looseItems = 0.0
    var total: (amount: Double, row: Int)?
    for line in lines {
      switch line {
      case .total(let amount, let row):
        total = (amount, row)
      case .group(let amount, let row):
        groups.append((amount, row, 0))
      case .item(let amount, _):
        if groups.isEmpty { looseItems += amount } else { groups[groups.count - 1].items += amount }
      }
    }
    for group in groups where !nearlyEqual(group.amount, group.items) {
      findings.append(
        ConsistencyFinding(
          .totalMismatch,
          "group amount \(ParsedValue.format(group.amount)) differs from the sum of its items \(ParsedValue.format(group.items))",
          table: table, row: group.row))
    }
    if let total {
      let sum = groups.isEmpty ? looseItems : groups.map(\.amount).reduce(0, +)
      let hasParts = !groups.isEmpty || looseItems != 0
      if hasParts, !nearlyEqual(total.amount, sum) {
        let parts = groups.isEmpty ? "items" : "groups"
        findings.append(
          ConsistencyFinding(
            .totalMismatch,
            "合计 \(ParsedValue.format(total.amount)) differs from the sum of its \(parts) \(ParsedValue.format(sum))",
            table: table, row: total.row))
      }
    }
    return findings
  }

  private static func nearlyEqual(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 0.005 }

  // MARK: Amounts against their explanation

  private static func explainedAmounts(_ flat: FlatTable, _ rows: TableRows) -> [ConsistencyFinding] {
    var findings: [ConsistencyFinding] = []
    var amountColumns: Range<Int>?
    for row in flat.table.rows.indices {
      let regions = rows.regions(row)
      if let amount = regions.first(where: { TableProfile.squeezed($0.text) == "金额" && $0.address.row == row }) {
        amountColumns = amount.columns
        continue
      }
      guard let amountColumns,
        let amountRegion = regions.first(where: { $0.columns.overlaps(amountColumns) }),
        let amount = Double(ValueParser.trim(amountRegion.text))
      else { continue }
      for region in regions where region.address != amountRegion.address {
        let stated = statedAmounts(in: region.text)
        guard let last = stated.last else { continue }
        // Several partial sums (`共计8.4万元；…共计1.6万元`) may add up to the amount.
        let sum = stated.map(\.value).reduce(0, +)
        guard !nearlyEqual(last.value, amount), !nearlyEqual(sum, amount) else { continue }
        findings.append(
          ConsistencyFinding(
            .amountDisagreesWithText,
            "amount \(ParsedValue.format(amount)) differs from \(last.text) in its explanation",
            table: flat.number, row: row + 1))
        break
      }
    }
    return findings
  }

  /// The amounts an explanation states in 万元, in order: `共…万元`, `共计…万`, `合计…`, `总计…`, `支出…万元`.
  static func statedAmounts(in text: String) -> [(value: Double, text: String)] {
    guard let expression = try? NSRegularExpression(pattern: #"(共计|合计|总计|共|支出)\s*([0-9]+(?:\.[0-9]+)?)\s*万元?"#)
    else { return [] }
    return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
      guard let whole = Range(match.range, in: text), let number = Range(match.range(at: 2), in: text),
        let value = Double(text[number])
      else { return nil }
      return (value, String(text[whole]))
    }
  }
}
