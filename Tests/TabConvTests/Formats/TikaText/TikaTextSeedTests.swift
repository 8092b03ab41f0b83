import Foundation
import Testing

@testable import TabConv

/// The two real annexes, read as tabconv reads them from the command line (checked).
@Suite struct TikaTextSeedTests {
  static func load(_ url: URLPath) throws -> (bytes: [UInt8], document: Document) {
    let bytes = try Samples.bytes(url.url)
    return (bytes, try DocumentLoader.load(bytes: bytes, file: url.url.lastPathComponent))
  }

  @Test(arguments: [URLPath.market, URLPath.county])
  func `tika text gives back the same bytes, directly and through JSON`(_ sample: URLPath) throws {
    let (bytes, document) = try Self.load(sample)
    #expect(TikaTextWriter().write(document) == bytes)
    let json = DocumentJSONWriter().write(document)
    let fromJSON = try DocumentLoader.load(bytes: json, file: "seed.json")
    #expect(fromJSON == document)
    #expect(TikaTextWriter().write(fromJSON) == bytes)
  }

  @Test func `the county annex reads as 26 tables with 16 _Toc anchors`() throws {
    let document = try Self.load(.county).document
    #expect(document.tables.count == 26)
    let tocAnchors = document.anchoredTexts.filter { $0.anchor.name.hasPrefix("_Toc") }
    #expect(tocAnchors.count == 16)
    let first = document.paragraphs.first { $0.anchors.contains(Anchor(name: "_Toc_2_2_0000000001")) }
    #expect(first?.text == "一、总体绩效目标")
    let project = document.paragraphs.first { $0.anchors.contains(Anchor(name: "_Toc_4_4_0000000004")) }
    #expect(project?.text == "1.【13073023X000004000082】怀财字【2023】7号注册监管绩效目标表")
    let goBack = document.paragraphs.first { $0.anchors.contains(Anchor(name: "_GoBack")) }
    #expect(goBack?.text.hasPrefix("1、加强学习，") == true)
  }

  @Test(arguments: [URLPath.market, URLPath.county])
  func `no text keeps bookmark markup`(_ sample: URLPath) throws {
    let document = try Self.load(sample).document
    #expect(!document.allTexts.contains { $0.contains("[bookmark:") })
  }

  @Test func `the market annex's _GoBack stands on the cell of item 7`() throws {
    let document = try Self.load(.market).document
    let goBack = document.anchoredTexts.filter { $0.anchor.name == "_GoBack" }
    #expect(goBack.count == 1)
    #expect(goBack.first?.text.hasPrefix("7、开展“双随机、一公开”抽查企业") == true)
    #expect(goBack.first?.anchor.paragraph == 0)
  }

  @Test func `the market annex's indicator rows continue the labels above them`() throws {
    let table = try #require(try Self.load(.market).document.tables.first)
    #expect(table.columns == 6)
    // Lines 83–99 of the seed: the header row, then two indicator rows.
    let header = try #require(table.rows.firstIndex { $0.cells.first?.text == "年度绩效指标" })
    #expect(
      table.rows[header].shape == [
        CellShape("年度绩效指标", 34), CellShape("一级指标"), CellShape("二级指标"), CellShape("三级指标"),
        CellShape("指标值及单位", 1, 2),
      ])
    #expect(table.rows[header].cells[0].spanSource == .inferred)
    #expect(
      table.rows[header + 1].shape == [
        CellShape("产出指标", 19), CellShape("数量指标", 10), CellShape("1、新增市场主体"), CellShape("≥4000户", 1, 2),
      ])
    #expect(table.rows[header + 2].shape == [CellShape("2、食品案件立案查处数"), CellShape("≥20件　", 1, 2)])
    // The 经济效益指标 row: its value cells are empty but not leading, so they stay empty cells;
    // 效益指标 spans down to the form's last indicator row.
    let economic = try #require(table.rows.firstIndex { $0.cells.contains { $0.text == "经济效益指标" } })
    #expect(
      table.rows[economic].shape == [
        CellShape("效益指标", 14), CellShape("经济效益指标"), CellShape(""), CellShape("", 1, 2),
      ])
    #expect(economic == header + 20)
    #expect(table.rows[header + 33].shape == [CellShape("3、人民群众满意度"), CellShape("≥95%", 1, 2)])
  }

  @Test func `csv with fill repeats merged labels on every row`() throws {
    let document = try Self.load(.market).document
    let csv = String(
      decoding: try FormatRegistry.write(document, as: .csv, tables: [document.flatTables[0]]), as: UTF8.self)
    let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.contains("年度绩效指标,产出指标,数量指标,2、食品案件立案查处数,≥20件　,≥20件　"))
    let blank = String(
      decoding: try FormatRegistry.write(
        document, as: .csv, tables: [document.flatTables[0]], options: WriteOptions(merged: .blank)), as: UTF8.self)
    #expect(blank.split(separator: "\n").contains(",,,2、食品案件立案查处数,≥20件　,"))
  }
}

/// The two seeds, by name, as test arguments.
enum URLPath: CustomTestStringConvertible, Sendable {
  case market, county
  var url: URL { self == .market ? Samples.marketSupervisionAnnex : Samples.countyBureauTargets }
  var testDescription: String { url.lastPathComponent }
}
