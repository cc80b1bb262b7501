import CommunityModel
import Foundation
import Testing
import TwinOutputs
import _TwinTestSupport

/// `run` writes level intervals inside the values each metric can take: the baseline with
/// two replications (t(0.975, 1) = 12.7, so most t intervals of counts near 0 and shares near
/// 1 reach past the bounds) has no `ci95_low` or `ci95_high` in `summary.json` outside its
/// unit's ``MetricUnit/range``, and some of them sit on a bound.
@Suite struct IntervalRangeTests {
  @Test func twoReplicationsOfTheBaselineKeepEveryIntervalInItsUnitsRange() throws {
    try withTemporaryDirectory { directory in
      let baseline = packageRoot.appendingPathComponent("Scenarios/baseline.json").path
      let ran = try execute(
        "community-twin",
        [
          "run", baseline, "--replications", "2", "--days", "5", "--warmup-days", "0", "--drain-days", "0",
          "--quiet", "--out", "out",
        ], in: directory)
      #expect(ran.status == 0, "\(ran.stderr)")
      let summary = try SummaryJSON.read(directory.appendingPathComponent("out/summary.json"))
      var onABound = 0
      for metric in summary.metrics {
        guard let low = metric.ci95Low, let high = metric.ci95High, let mean = metric.mean else { continue }
        let range = MetricUnit(metric.unit).range
        #expect(range.contains(low) && range.contains(high), "\(metric.name): [\(low), \(high)] \(metric.unit)")
        #expect(low <= mean && mean <= high, "\(metric.name)")
        if high > low && (low == range.lower || high == range.upper) { onABound += 1 }
      }
      #expect(onABound > 0, "no interval of a 2-replication run met a bound: the check checked nothing")
    }
  }
}
