import CommunityModel
import Testing
import TwinExperiments
import _TwinTestSupport

/// Replications `0 ..< count` of each of `scenarios` under master seed `seed`, run in parallel
/// (each bit-identical to its own run) and paired by replication under common random
/// numbers: `result[s][r]` is replication r of `scenarios[s]`.
func pairedRuns(_ scenarios: [Scenario], seed: UInt64, count: Int) -> [[ModelRun]] {
  zip(scenarios, ReplicationRunner().run(scenarios, seed: seed, replications: 0..<count)).map { scenario, results in
    results.map { ModelRun($0, of: scenario.name) }
  }
}

/// The mean over the paired replications of `metric` in `variant` minus `metric` in `base`;
/// throws (a recorded test failure) if a run lacks the metric.
func meanChange(
  _ metric: String, from base: [ModelRun], to variant: [ModelRun], sourceLocation: SourceLocation = #_sourceLocation
) throws -> Double {
  let changes = try zip(base, variant).map {
    try $1.value(metric, sourceLocation: sourceLocation) - $0.value(metric, sourceLocation: sourceLocation)
  }
  return changes.reduce(0, +) / Double(changes.count)
}
