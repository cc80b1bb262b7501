import Foundation
import Testing
import TwinExperiments

@Suite struct WelchAnalysisTests {
  /// y(d) = 100 (1 − e^(−d/τ)) with τ = 20 days reaches ±2 % of its level 100 at
  /// d = τ ln 50 ≈ 78.2. Replications differ only by noise that cancels in the mean
  /// (±5 alternating), so the proposed warm-up is that day, give or take the smoothing.
  @Test func findsWhereAnExponentialApproachSettles() throws {
    let days = 400
    let curve = (0..<days).map { 100 * (1 - exp(-Double($0) / 20)) }
    let series = [curve.map { $0 + 5 }, curve.map { $0 - 5 }]
    let analysis = WelchAnalysis(metric: "m", unit: "u", series: series, window: 5, tolerance: 0.02)
    #expect(analysis.dailyMeans == curve.map { ($0 + 5 + ($0 - 5)) / 2 })
    #expect(analysis.movingAverage.count == days - 5)
    let day = try #require(analysis.suggestedWarmupDays)
    #expect(abs(Double(day) - 20 * log(50)) <= 3, "day \(day)")
    #expect(abs(analysis.settledLevel - 100) < 0.01)
  }

  @Test func theMovingAverageFollowsWelchsDefinition() {
    let means: [Double] = [0, 1, 2, 3, 4, 5, 6, 10]
    let analysis = WelchAnalysis(metric: "m", unit: "u", series: [means], window: 2, tolerance: 0.5)
    // Days 0 and 1 average over 0…0 and 0…2; from day 2 over d − 2 … d + 2; none past m − 1 − w.
    #expect(analysis.movingAverage == [0, 1, 2, 3, 4, 5.6])
  }

  @Test func aSeriesStillDriftingHasNoWarmup() {
    let ramp = (0..<200).map(Double.init)
    let analysis = WelchAnalysis(metric: "m", unit: "u", series: [ramp, ramp], window: 5, tolerance: 0.02)
    #expect(analysis.suggestedWarmupDays == nil)
  }

  @Test func missingDaysAreSkipped() {
    let series = [[1, .nan, 1, 1, 1, 1, 1, 1], [1, .nan, 1, 1, 1, 1, 1, 1]]
    let analysis = WelchAnalysis(metric: "m", unit: "u", series: series, window: 1, tolerance: 0.02)
    #expect(analysis.dailyMeans[1].isNaN)
    #expect(analysis.movingAverage.allSatisfy { $0 == 1 })
    #expect(analysis.suggestedWarmupDays == 0)
  }
}
