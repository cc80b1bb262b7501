import Testing

@testable import TwinReports

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
