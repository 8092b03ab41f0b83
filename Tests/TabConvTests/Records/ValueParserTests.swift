import Testing

@testable import TabConv

@Suite struct ValueParserTests {
  @Test(arguments: [
    ("≥4000户", ParsedValue.quantity(comparator: "≥", value: 4000, unit: "户")),
    ("≤3万元", .quantity(comparator: "≤", value: 3, unit: "万元")),
    ("≥500次数", .quantity(comparator: "≥", value: 500, unit: "次数")),
    ("≥20件\u{3000}", .quantity(comparator: "≥", value: 20, unit: "件")),
    ("≥85", .quantity(comparator: "≥", value: 85, unit: nil)),
    ("100%", .quantity(comparator: nil, value: 100, unit: "%")),
    ("≥95%", .quantity(comparator: "≥", value: 95, unit: "%")),
    ("1个工作日", .quantity(comparator: nil, value: 1, unit: "个工作日")),
    ("3407㎡", .quantity(comparator: nil, value: 3407, unit: "㎡")),
    ("0起", .quantity(comparator: nil, value: 0, unit: "起")),
    ("15.12万元", .quantity(comparator: nil, value: 15.12, unit: "万元")),
    ("1,349批次", .quantity(comparator: nil, value: 1349, unit: "批次")),
    ("不低于９０％", .quantity(comparator: "≥", value: 90, unit: "%")),
    (">= 3 次", .quantity(comparator: "≥", value: 3, unit: "次")),
    ("2023.01.01-2023.12.31", .dateRange(start: "2023-01-01", end: "2023-12-31")),
    ("2023年1月1日至2023年12月31日", .dateRange(start: "2023-01-01", end: "2023-12-31")),
    ("2023-01-01-2023-12-31", .dateRange(start: "2023-01-01", end: "2023-12-31")),
    ("持续改善", .text("持续改善")),
    ("较上一年度提升", .text("较上一年度提升")),
    ("2023年工作计划", .text("2023年工作计划")),
  ])
  func `every value form of the annexes parses`(_ text: String, _ expected: ParsedValue) {
    #expect(ValueParser.parse(text) == expected)
  }

  @Test func `empty text has no value`() {
    #expect(ValueParser.parse(" \u{3000}") == nil)
  }

  @Test func `self-numbered items split into number and text`() {
    #expect(ValueParser.numberedItem("1、新增市场主体") == .numberedItem(number: 1, text: "新增市场主体"))
    #expect(ValueParser.numberedItem("12.案件办结率") == .numberedItem(number: 12, text: "案件办结率"))
    #expect(ValueParser.numberedItem("检查注册企业数量") == nil)
    #expect(ValueParser.numberedItem("2023年") == nil)
  }
}
