import Testing

@testable import TabConv

@Suite struct RecordExtractorTests {
  static func records(_ sample: URLPath) throws -> [Record] {
    let document = try TikaTextSeedTests.load(sample).document
    return RecordExtractor(profile: .performanceIndicators).records(from: document)
  }

  @Test func `the county annex gives 79 indicator records, each with its project title`() throws {
    let records = try Self.records(.county)
    #expect(records.count == 79)
    #expect(
      records.first
        == Record(
          title: "1.【13073023X000004000082】怀财字【2023】7号注册监管绩效目标表", section: nil, table: 2, row: 2,
          fields: [
            RecordField(name: "一级指标", text: "产出指标"), RecordField(name: "二级指标", text: "数量指标"),
            RecordField(name: "三级指标", text: "检查注册企业数量"), RecordField(name: "绩效指标描述", text: "每年监督检查注册监管企业家数"),
            RecordField(name: "指标值", text: "30家", value: .quantity(comparator: nil, value: 30, unit: "家")),
            RecordField(name: "指标值确定依据", text: "2023年工作计划"),
          ]))
    #expect(Set(records.compactMap(\.title)).count == 13)
    #expect(records.allSatisfy { $0.title?.hasSuffix("绩效目标表") == true })
    // A label merged down is filled into every record it covers.
    #expect(records[1]["一级指标"] == "产出指标")
    #expect(records[1]["指标值"] == "≥95%")
    #expect(records.map(\.fields.count) == Array(repeating: 6, count: 79))
  }

  @Test func `the market annex's 附表1 gives its 年度绩效指标 records with 一级 and 二级 filled`() throws {
    let records = try Self.records(.market).filter { $0.table == 1 }
    #expect(records.count == 33)
    #expect(records.allSatisfy { $0.title == "附表1 2023年部门整体支出绩效目标表" && $0.section == "年度绩效指标" })
    #expect(
      records[1]
        == Record(
          title: "附表1 2023年部门整体支出绩效目标表", section: "年度绩效指标", table: 1, row: 20,
          fields: [
            RecordField(name: "一级指标", text: "产出指标"), RecordField(name: "二级指标", text: "数量指标"),
            RecordField(name: "三级指标", text: "2、食品案件立案查处数", value: .numberedItem(number: 2, text: "食品案件立案查处数")),
            RecordField(name: "指标值及单位", text: "≥20件　", value: .quantity(comparator: "≥", value: 20, unit: "件")),
          ]))
    #expect(records.last?["一级指标"] == "效益指标")
    #expect(records.last?["二级指标"] == "社会公众及服务对象满意度指标")
    #expect(records.last?["三级指标"] == "3、人民群众满意度")
    let economic = try #require(records.first { $0["二级指标"] == "经济效益指标" })
    #expect(economic["三级指标"] == "" && economic["指标值及单位"] == "")
  }

  @Test func `a table Word glued from two forms splits at the second form's title row`() throws {
    let records = try Self.records(.market).filter { $0.table == 4 }
    let titles = records.map { $0.title ?? "" }
    #expect(
      titles == Array(repeating: "附表3 2023年区级专项资金支出方向绩效目标表", count: 9)
        + Array(repeating: "2023年区级专项资金支出方向绩效目标表", count: 9))
    // The second form's records come after its own header row, not the first form's.
    #expect(try #require(records.last).row > records[8].row + 5)
  }

  @Test func `the generic profile takes the first all-text row as the header, or --header-row`() throws {
    let text = "报表\n\t名称\n\t金额\n\n\ta\n\t1\n\n\tb\n\t2\n\n\n"
    let document = try TikaTextReader().read(bytes: Array(text.utf8), file: "t.txt")
    let records = RecordExtractor().records(from: document)
    #expect(
      records == [
        Record(
          title: "报表", section: nil, table: 1, row: 2,
          fields: [RecordField(name: "名称", text: "a"), RecordField(name: "金额", text: "1")]),
        Record(
          title: "报表", section: nil, table: 1, row: 3,
          fields: [RecordField(name: "名称", text: "b"), RecordField(name: "金额", text: "2")]),
      ])
    let second = RecordExtractor(headerRow: 2).records(from: document)
    #expect(second.map { $0.fields.map(\.name) } == [["a", "1"]])
    #expect(second.map { $0.fields.map(\.text) } == [["b", "2"]])
  }
}
