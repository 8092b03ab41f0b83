import Foundation
import Testing

@testable import TabConv

@Suite struct AnnexConsistencyTests {
  @Test func `the market annex's known data problems are all found, and nothing else`() throws {
    let document = try TikaTextSeedTests.load(.market).document
    let findings = AnnexConsistency.findings(in: document).map {
      "\($0.kind.rawValue) table \($0.table) row \($0.row): \($0.message)"
    }
    #expect(
      findings == [
        "implausible-period table 1 row 34: period 2022.01.01-2022.12.31 ends before the budget year 2023 of its form",
        "implausible-period table 1 row 35: period 2022.01.01-2022.12.31 ends before the budget year 2023 of its form",
        "implausible-period table 1 row 36: period 2022.01.01-2022.12.31 ends before the budget year 2023 of its form",
        "implausible-period table 4 row 6: period 2023.01.01-2323.12.31 ends 300 years after it starts",
        "implausible-period table 4 row 28: period 2023.01.01-2323.12.31 ends 300 years after it starts",
        "amount-disagrees-with-text table 4 row 42: amount 15 differs from 共15.12万元 in its explanation",
        "implausible-period table 5 row 5: period 2023.01.01-2323.12.31 ends 300 years after it starts",
        "amount-disagrees-with-text table 5 row 28: amount 32 differs from 支出33.6万元 in its explanation",
        "implausible-period table 6 row 6: period 2023.01.01-2323.12.31 ends 300 years after it starts",
        "implausible-period table 7 row 6: period 2023.01.01-2323.12.31 ends 300 years after it starts",
        "amount-disagrees-with-text table 7 row 21: amount 20 differs from 共21万 in its explanation",
      ])
  }

  @Test func `the county annex has none`() throws {
    #expect(AnnexConsistency.findings(in: try TikaTextSeedTests.load(.county).document).isEmpty)
  }

  @Test func `a group amount that is not the sum of its items is found, and so is the total`() throws {
    // In 附表2, 市场及食品药品监管专项 70 = 18 + 15 + 37 and 合计 140 = 70 + 20 + 50: make the group 71.
    let text = String(decoding: try Samples.bytes(Samples.marketSupervisionAnnex), as: UTF8.self)
      .replacingOccurrences(of: "\t市场及食品药品监管专项\n\t70\n", with: "\t市场及食品药品监管专项\n\t71\n")
    let document = try TikaTextReader().read(bytes: Array(text.utf8), file: "broken.txt")
    let totals = AnnexConsistency.findings(in: document).filter { $0.kind == .totalMismatch }
    #expect(
      totals.map { "table \($0.table) row \($0.row): \($0.message)" } == [
        "table 3 row 6: group amount 71 differs from the sum of its items 70",
        "table 3 row 5: 合计 140 differs from the sum of its groups 141",
      ])
  }

  @Test func `partial sums in an explanation that add up to the amount are not a finding`() {
    #expect(AnnexConsistency.statedAmounts(in: "共计8.4万元；抽检16,共计1.6万元。").map(\.value) == [8.4, 1.6])
  }
}
