@testable import FileFormats
import Testing

@Suite struct NumberTextTests {
  @Test(arguments: [
    (1234567.891, 0, "1,234,568"), (1234.5, 1, "1,234.5"), (0.004, 2, "0.00"), (-0.004, 2, "0.00"), (-41.25, 1, "−41.3"),
    (999.96, 1, "1,000.0"), (45, 2, "45.00"), (0.05, 3, "0.050"), (-1_000, 0, "−1,000"), (7, 9, "7.0000"),
  ])
  func fixedRoundsGroupsAndSigns(value: Double, decimals: Int, expected: String) {
    #expect(NumberText.fixed(value, decimals: decimals) == expected)
  }

  @Test func shortWritesWholeNumbersWithoutDecimals() {
    #expect(NumberText.short(45) == "45")
    #expect(NumberText.short(0.5) == "0.5")
    #expect(NumberText.short(100_000) == "100,000")
    #expect(NumberText.short(5.666666) == "5.67")
  }

  @Test func nonFiniteValuesShowADash() {
    #expect(NumberText.fixed(.nan, decimals: 2) == "–")
    #expect(NumberText.fixed(.infinity, decimals: 0) == "–")
  }

  @Test func decimalsShowTheLargestWithThreeAndTheSmallestWithTwoSignificantDigits() {
    #expect(NumberText.decimals(for: [45.2, 4.02]) == 1)
    #expect(NumberText.decimals(for: [0.0123]) == 4)
    #expect(NumberText.decimals(for: [12_345, 0]) == 0)
    #expect(NumberText.decimals(for: [100]) == 0)
    #expect(NumberText.decimals(for: [99.9]) == 1)
    #expect(NumberText.decimals(for: [0.000001]) == NumberText.maximumDecimals)
    #expect(NumberText.decimals(for: [.nan, 0]) == 0)
  }

  @Test func exponentIsExactAtPowersOfTen() {
    #expect(NumberText.exponent(1000) == 3)
    #expect(NumberText.exponent(999.999) == 2)
    #expect(NumberText.exponent(0.001) == -3)
    #expect(NumberText.exponent(-0.0099) == -3)
  }
}
