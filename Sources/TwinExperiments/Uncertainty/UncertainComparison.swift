import CommunityModel
import Foundation
import ScenarioFiles

/// A comparison repeated across plausible worlds: the same scenarios under each of several
/// parameter sets (``ParameterDraws``, such as `calibrate`'s accepted set), each draw a
/// comparison of its own under common random numbers (every draw and every scenario uses the
/// same seed, so replication r draws the same random numbers everywhere). It answers "is the
/// ranking robust to what we do not know?" (`Docs/experiments.md`, "Across plausible
/// worlds").
public struct UncertainComparison: Sendable {
  /// `worlds[d][s]`: scenario s with draw d's parameter values set.
  public var worlds: [[Scenario]]
  /// The parameter sets, one per world.
  public var draws: ParameterDraws
  public var seed: UInt64
  public var replications: Int

  /// - Precondition: one world per draw, each with the same number of scenarios (≥ 2), and
  ///   `replications` ≥ 1.
  public init(worlds: [[Scenario]], draws: ParameterDraws, seed: UInt64, replications: Int) {
    precondition(worlds.count == draws.draws.count && !worlds.isEmpty, "one world per draw")
    precondition(worlds.allSatisfy { $0.count == worlds[0].count } && worlds[0].count >= 2, "two scenarios or more")
    precondition(replications >= 1, "replications ≥ 1")
    self.worlds = worlds
    self.draws = draws
    self.seed = seed
    self.replications = replications
  }

  /// Runs every world's replications on `threads` workers and returns each world's mean of
  /// every key metric per scenario. `progress` counts runs over all worlds.
  public func run(
    threads: Int = ProcessInfo.processInfo.activeProcessorCount,
    progress: (@Sendable (ExperimentProgress) -> Void)? = nil
  ) -> UncertainResult {
    let scenarios = worlds.flatMap { $0 }
    let runner = ReplicationRunner(threads: threads)
    let planned = scenarios.count * replications
    let results = runner.run(scenarios, seed: seed, replications: 0..<replications) { done in
      progress?(ExperimentProgress(finished: done.finished, planned: planned))
    }
    let perWorld = worlds[0].count
    let metrics = MetricCatalog.keyMetrics
    let means = worlds.indices.map { d in
      (0..<perWorld).map { s in
        metrics.map { metric in
          let xs = results[d * perWorld + s].compactMap { $0[metric: metric.id] }.filter(\.isFinite)
          return xs.isEmpty ? Double.nan : xs.reduce(0, +) / Double(xs.count)
        }
      }
    }
    return UncertainResult(
      names: worlds[0].map(\.name), metrics: metrics, draws: draws, means: means, replications: replications)
  }
}
