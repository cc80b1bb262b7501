import CommunityModel
import SimKernel
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

  /// A level's interval is the Student-t interval intersected with the unit's range.
  @Suite struct ClippingToTheUnitsRange {
    /// The unclipped Student-t 95 % interval of `values`.
    static func tInterval(_ values: [Double]) throws -> ConfidenceInterval {
      try #require(Tally(values).confidenceInterval(level: 0.95))
    }

    /// Shares 0.99 and 0.995 (n = 2): t(0.975, 1) = 12.706, half-width 12.706 · 0.0035355 /
    /// √2 ≈ 0.0318, so the t upper bound ≈ 1.024 > 1 is cut to exactly 1; the lower bound
    /// ≈ 0.961 is the t one, bit for bit.
    @Test func aShareNearOneEndsAtExactlyOne() throws {
      let values = [0.99, 0.995]
      let t = try Self.tInterval(values)
      #expect(t.upper > 1.02 && t.lower > 0.95)
      for unit in [MetricUnit.share, .attainment, .shareOfPaidHours] {
        let summary = MetricSummary(name: "m", unit: unit.words, values: values)
        #expect(summary.ci95High == 1)
        #expect(summary.ci95Low == t.lower)
        #expect(abs(try #require(summary.mean) - 0.9925) < 1e-15)
        #expect(summary.standardDeviation == Tally(values).standardDeviation)
      }
    }

    /// Far from the bounds the interval is the t interval, bit for bit, in every unit.
    @Test func anIntervalInsideTheRangeIsUnchanged() throws {
      let values = [0.4, 0.45, 0.5, 0.42]
      let t = try Self.tInterval(values)
      for unit in [MetricUnit.share, .index, .days, .requests, .cny, MetricUnit("")] {
        let summary = MetricSummary(name: "m", unit: unit.words, values: values)
        #expect(summary.ci95Low == t.lower && summary.ci95High == t.upper, "\(unit.words)")
      }
    }

    /// Counts 0, 0, 2 (mean 0.667, t lower bound ≈ −2.2) start at 0; days and the index too.
    @Test func aCountsNegativeLowerBoundBecomesZero() throws {
      let values: [Double] = [0, 0, 2]
      let t = try Self.tInterval(values)
      #expect(t.lower < -2)
      for unit in [MetricUnit.projects, .requests, .days, .perYear, .index] {
        let summary = MetricSummary(name: "m", unit: unit.words, values: values)
        #expect(summary.ci95Low == 0, "\(unit.words)")
        #expect(summary.ci95High == t.upper, "\(unit.words)")
      }
    }

    /// Money and words no unit has (a sweep's "") keep the t interval below 0 and above 1.
    @Test func unboundedUnitsAreNeverClipped() throws {
      for values in [[0.0, 0.0, 2.0], [0.99, 0.995], [-5.0, 3.0, 120.0]] {
        let t = try Self.tInterval(values)
        for words in [MetricUnit.cny.words, MetricUnit.cnyPerRequest.words, MetricUnit.cnyPerResident.words, ""] {
          let summary = MetricSummary(name: "m", unit: words, values: values)
          #expect(summary.ci95Low == t.lower && summary.ci95High == t.upper, "\(words) \(values)")
        }
      }
    }
  }
}
