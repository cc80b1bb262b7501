import Testing
import TwinReports

@Suite struct MetricDisplayTests {
  /// Differences show two significant digits of their interval's half-width, in the display
  /// unit (a share's percentage points, say), whatever other scenarios' differences are.
  @Test func differencesTakeTheirDecimalsFromTheirInterval() {
    let share = MetricDisplay(name: "workers.turnover_rate.x", unit: "share 0–1", means: [0.18], differences: [0.0001])
    let turnover = share.signedDifference(mean: -0.085781, low: -0.119483, high: -0.052078)
    #expect(turnover.mean == "−8.6" && turnover.low == "−11.9" && turnover.high == "−5.2")
    let narrow = share.signedDifference(mean: -0.0341, low: -0.03413, high: -0.03407)
    #expect(narrow.mean == "−3.4100" && narrow.low == "−3.4130" && narrow.high == "−3.4070")
    let count = MetricDisplay(name: "requests.abandoned", unit: "requests", means: [265], differences: [12.34])
    let abandoned = count.signedDifference(mean: -236, low: -268.32, high: -203.68)
    #expect(abandoned.mean == "−236" && abandoned.low == "−268" && abandoned.high == "−204")
    // Without an interval: the decimals chosen for the metric's differences (1 for 12.34).
    let gain = count.signedDifference(mean: 12.34, low: nil, high: nil)
    #expect(gain.mean == "+12.3" && gain.low == "–")
  }
}
