import Testing

@testable import TwinReports

@Suite struct PaletteTests {
  @Test func seriesColoursAreDistinctHexColours() {
    #expect(Set(Palette.series).count == Palette.series.count)
    for colour in Palette.series {
      #expect(colour.count == 7 && colour.hasPrefix("#"))
      let digits = colour.dropFirst()
      #expect(digits.allSatisfy { $0.isHexDigit })
    }
  }

  @Test func colourIndexCyclesThroughTheSeries() {
    #expect(Palette.color(at: 0) == "#E69F00")
    #expect(Palette.color(at: Palette.series.count) == Palette.color(at: 0))
    #expect(Palette.color(at: Palette.series.count + 2) == Palette.color(at: 2))
  }
}
