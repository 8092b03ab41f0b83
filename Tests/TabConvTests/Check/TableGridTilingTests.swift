import Testing

@testable import TabConv

/// `TableGrid.tiles`, the span check's fast path, agrees with the full layout on every table:
/// the corpus's, hand-made broken ones and many random ones.
@Suite struct TableGridTilingTests {
  @Test func `every corpus table tiles exactly as its full layout says`() throws {
    var tables = 0
    for name in DocxCorpusTests.files where DocxCorpusTests.expectedFailures[name] == nil {
      for flat in try DocxCorpusTests.read(name).flatTables(includingPageFurniture: true) {
        #expect(TableGrid.tiles(flat.table) == TableGrid(flat.table).tilesExactly, "\(name)")
        tables += 1
      }
    }
    #expect(tables > 250)
  }

  @Test func `broken spans are caught without the layout`() {
    func table(_ columns: Int, _ rows: [[(Int, Int)]]) -> Table {
      Table(
        columns: columns,
        rows: rows.map { Row(cells: $0.map { Cell("x", rowSpan: $0.0, colSpan: $0.1) }) })
    }
    #expect(TableGrid.tiles(table(2, [[(1, 1), (1, 1)], [(1, 2)]])))
    #expect(TableGrid.tiles(table(2, [[(2, 1), (1, 1)], [(1, 1)]])))
    #expect(!TableGrid.tiles(table(2, [[(1, 1)]])))  // uncovered
    #expect(!TableGrid.tiles(table(2, [[(1, 3)]])))  // past the last column
    #expect(!TableGrid.tiles(table(2, [[(2, 2)]])))  // past the last row
    #expect(!TableGrid.tiles(table(2, [[(1, 0), (1, 2)]])))  // span below 1
    #expect(!TableGrid.tiles(table(2, [[(1, 1), (2, 1)], [(1, 2)]])))  // overlap
    #expect(!TableGrid.tiles(table(1, [[(1, Int.max)]])))  // no overflow
    #expect(!TableGrid.tiles(table(1, [[(Int.max, 1)]])))
    #expect(TableGrid.tiles(table(0, [])))
  }

  @Test func `random spans: the fast answer is the layout's`() {
    var generator = SplitMix64(seed: 20_261_122)
    var agreeing = 0
    var tiling = 0
    for _ in 0..<5_000 {
      let columns = Int.random(in: 0...5, using: &generator)
      let rows = (0..<Int.random(in: 0...5, using: &generator)).map { _ in
        Row(
          cells: (0..<Int.random(in: 0...5, using: &generator)).map { _ in
            Cell(
              "c", rowSpan: Int.random(in: 0...3, using: &generator) == 0 ? 2 : 1,
              colSpan: Int.random(in: 0...3, using: &generator) == 0 ? Int.random(in: 0...3, using: &generator) : 1)
          })
      }
      let table = Table(columns: columns, rows: rows)
      let expected = TableGrid(table).tilesExactly
      #expect(TableGrid.tiles(table) == expected, "\(table)")
      if TableGrid.tiles(table) == expected { agreeing += 1 }
      if expected { tiling += 1 }
    }
    #expect(agreeing == 5_000)
    // Both answers occur often enough for the comparison to mean something.
    #expect(tiling > 300)
  }
}

/// A small seeded generator, so the random tables are the same on every run.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
