import Testing

@testable import TabConv

/// The annexes as Word files give what their Tika text gives.
@Suite struct RecordsFromDocxTests {
  @Test(arguments: [URLPath.market, URLPath.county])
  func `a docx of the annex gives the same records and the same Tika text`(_ sample: URLPath) throws {
    let (bytes, fromTika) = try TikaTextSeedTests.load(sample)
    let docx = try DocxWriter().write(fromTika)
    let fromDocx = try DocumentLoader.load(bytes: docx, file: "annex.docx")
    let extractor = RecordExtractor(profile: .performanceIndicators)
    let records = extractor.records(from: fromDocx)
    #expect(records == extractor.records(from: fromTika))
    #expect(records.count == (sample == .county ? 79 : 90))
    #expect(AnnexConsistency.findings(in: fromDocx) == AnnexConsistency.findings(in: fromTika))
    #expect(TikaTextWriter().write(fromDocx) == bytes)
  }
}
