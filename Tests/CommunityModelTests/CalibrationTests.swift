import Testing
import TwinExperiments
import _TwinTestSupport

/// The baseline stays inside the ranges `Docs/calibration.md` reports for it: a guard that a
/// model change does not silently move the baseline away from the reports' figures. Slow
/// gate only (a year for 10 replications).
@Suite(.enabled(if: TestEnvironment.runSlowTests, "set COMMUNITY_TWIN_SLOW_TESTS=1"))
struct CalibrationTests {
  /// Target ranges around the reported figures (digest IDs), wide enough for the soft
  /// targets they are, narrow enough to catch a drift, and far enough from the calibrated
  /// mean that the calibrated model's 10-replication mean leaves them only by a chance of
  /// below 1e-5 in all: every bound lies at least 4.5 standard errors of that mean away
  /// (by the SDs of `Docs/calibration.md`'s 50 replications and of the file's 10; the nearest
  /// bounds: utilization.workers at 4.5–6.5 SE from 0.40, turnover at 5 SE, its SD per
  /// replication being 0.06). Turnover (was 0.12–0.24, 3 SE: a 0.3 % chance) and childcare
  /// turn-aways (was from 0.55, 2.3 SE: 1 %) were widened for this.
  static let ranges: [(metric: String, range: ClosedRange<Double>, source: String)] = [
    ("needs.self_reported_share", 0.06...0.10, "B12: ~8 % of needs self-reported"),
    ("response.all.mean_days", 12...16, "B7: response cycle ~14 days"),
    ("utilization.workers", 0.30...0.40, "C12: < 40 % of time on residents"),
    ("workers.weekly_hours", 51.5...52.5, "C11: 52 h weeks"),
    ("workers.casework_per_1000_residents", 4.0...4.3, "D3: 4.2 per 1,000"),
    ("workers.turnover_rate", 0.08...0.28, "D6: 18 %/yr (10 replications of ~41 staff: noisy)"),
    ("satisfaction.satisfied_share", 0.55...0.65, "satisfaction ~55–65 %"),
    ("facility.childcare.turned_away_share", 0.45...0.70, "G6: childcare shortage 62 %"),
    ("utilization.facility.fitness", 0.50...0.60, "G5: fitness idle 45 %"),
    ("participation.rate.elderly", 0.70...0.80, "E19: elderly 75 %"),
    ("participation.rate.youth", 0.15...0.25, "B4: young 19 %"),
  ]

  @Test(.tags(.statistical))
  func baselineLandsInTheReportedRanges() throws {
    let scenario = try Fixtures.scenario("baseline.json")
    let results = ReplicationRunner().run(scenario, seed: scenario.seed, replications: scenario.replications)
    let summary = ExperimentSummary(
      scenario: scenario, file: "baseline.json", sha256: "", seed: scenario.seed, results: results)
    for (metric, range, source) in Self.ranges {
      let mean = try #require(summary.metrics.first { $0.name == metric }?.mean, "\(metric)")
      #expect(range.contains(mean), "\(metric) = \(mean), expected \(range) (\(source))")
    }
  }
}
