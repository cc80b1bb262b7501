import Testing
import TwinExperiments
import _TwinTestSupport

@Suite struct MetricSummaryTests {
  /// Textbook check: for 1, 2, 3, 4, 5 the mean is 3, s = √2.5 = 1.5811 and
  /// t(0.975, 4) = 2.7764, so the 95 % half-width is 2.7764 · 1.5811 / √5 = 1.9632.
  @Test func matchesTheHandComputedTextbookExample() throws {
    let summary = MetricSummary(name: "m", unit: "days", values: [1, 2, 3, 4, 5])
    #expect(summary.count == 5)
    let mean = try #require(summary.mean)
    let sd = try #require(summary.standardDeviation)
    let low = try #require(summary.ci95Low)
    let high = try #require(summary.ci95High)
    #expect(abs(mean - 3) < 1e-12)
    #expect(abs(sd - 1.5811388) < 1e-6)
    #expect(abs((high - low) / 2 - 1.9632432) < 1e-5)
    #expect(abs(low - 1.0367568) < 1e-5)
    #expect(abs(high - 4.9632432) < 1e-5)
  }

  @Test func oneValueHasAMeanButNoSpreadOrInterval() {
    let summary = MetricSummary(name: "m", unit: "days", values: [4.5])
    #expect(summary.count == 1)
    #expect(summary.mean == 4.5)
    #expect(summary.standardDeviation == nil)
    #expect(summary.ci95Low == nil && summary.ci95High == nil)
  }

  @Test func nonFiniteValuesAreLeftOutAndCounted() {
    let summary = MetricSummary(name: "m", unit: "days", values: [.nan, 2, .nan, 4])
    #expect(summary.count == 2)
    #expect(summary.mean == 3)
    let none = MetricSummary(name: "m", unit: "days", values: [.nan])
    #expect(none.count == 0 && none.mean == nil && none.standardDeviation == nil)
  }

  @Test func experimentSummaryKeepsTheFirstReplicationsMetricOrder() throws {
    let scenario = try Fixtures.tinyScenario()
    let summary = ExperimentSummary(
      scenario: scenario, file: "tiny.json", sha256: "00", seed: 9, results: Fixtures.results)
    #expect(summary.metrics.map(\.name) == ["a.count", "b.share"])
    #expect(summary.metrics.map(\.unit) == ["requests", "share 0–1"])
    #expect(summary.replications == 2 && summary.seed == 9 && summary.days == 10 && summary.warmupDays == 2)
    #expect(summary.metrics[0].mean == 12)
    #expect(summary.metrics[1].mean == 0.625)
    #expect(summary.metrics[0] == MetricSummary(name: "a.count", unit: "requests", values: [10, 14]))
  }

  @Test func metricsAreMatchedByNameNotPosition() throws {
    var results = Fixtures.results
    results[1].metrics.reverse()
    let summary = ExperimentSummary(scenario: try Fixtures.tinyScenario(), seed: 1, results: results)
    #expect(summary.metrics.map(\.name) == ["a.count", "b.share"])
    #expect(summary.metrics[0].mean == 12)
  }
}
