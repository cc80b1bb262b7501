import Testing

@testable import TwinReports

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

@Suite struct AxisScaleTests {
  @Test func ticksAreNiceAndCoverTheData() {
    let scale = AxisScale(low: 3.2, high: 47.9)
    #expect(scale.step == 10)
    #expect(scale.ticks == [0, 10, 20, 30, 40, 50])
    #expect(scale.label(20) == "20")
  }

  @Test func barsIncludeZeroAndSmallStepsGetDecimals() {
    let scale = AxisScale(low: 0.62, high: 0.68, includeZero: true)
    #expect(scale.lower == 0)
    #expect(scale.upper >= 0.68)
    #expect(scale.label(0.2) == "0.2")
  }

  @Test func millionsAreLabelledInMillions() {
    let scale = AxisScale(low: 1_200_000, high: 2_150_000)
    #expect(scale.unitPrefix == "million")
    #expect(scale.title("Money spent", unit: "CNY") == "Money spent (million CNY)")
    #expect(scale.label(1_400_000) == "1.4")
  }

  @Test func aDegenerateRangeStillGetsAnAxis() {
    let scale = AxisScale(low: 5, high: 5)
    #expect(scale.lower < 5 && scale.upper > 5)
    #expect(scale.ticks.count >= 2)
  }
}
