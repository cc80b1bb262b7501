import CommunityModel
import ScenarioFiles

/// What an ``Experiment`` produced: every replication of every scenario, and the summaries
/// and paired differences computed from them.
public struct ExperimentResult: Sendable {
  /// The scenarios, base first, as they ran.
  public var scenarios: [Scenario]
  /// Names that tell the scenarios apart: each scenario's name, with " #2", " #3" … added to
  /// repeats (a scenario compared with itself).
  public var names: [String]
  public var seed: UInt64
  public var antithetic: Bool
  /// `results[s][r]`: replication r of scenario s.
  public var results: [[ReplicationResult]]
  /// What the sequential rule did, for ``ReplicationPlan/untilPrecision(_:)``; else `nil`.
  public var precision: PrecisionReport?
  /// Every replication's state at ``Experiment/checkpointDay``, when one was asked for.
  public var checkpoint: ExperimentCheckpoint?

  public init(
    scenarios: [Scenario], seed: UInt64, antithetic: Bool, results: [[ReplicationResult]],
    precision: PrecisionReport? = nil
  ) {
    precondition(scenarios.count == results.count, "ExperimentResult: one result list per scenario")
    self.scenarios = scenarios
    self.names = Self.distinctNames(scenarios.map(\.name))
    self.seed = seed
    self.antithetic = antithetic
    self.results = results
    self.precision = precision
  }

  /// Replications per scenario.
  public var replications: Int { results.first?.count ?? 0 }

  /// The summary of scenario `s`, named by ``names``[s], with the file it came from, the
  /// file's SHA-256 and its `base` files when there is one. O(R · M).
  public func summary(of s: Int, file: String = "", sha256: String = "", bases: [ScenarioSource] = [])
    -> ExperimentSummary
  {
    var summary = ExperimentSummary(
      scenario: scenarios[s], file: file, sha256: sha256, bases: bases, seed: seed, results: results[s],
      antithetic: antithetic)
    summary.scenarioName = names[s]
    summary.precision = precision
    return summary
  }

  /// Paired differences of every metric of every other scenario against scenario `base`
  /// (default: the first), in scenario order, then in the base's metric order (metrics the
  /// other scenario lacks are skipped). O(S · R · M).
  public func differences(from base: Int = 0) -> [PairedDifference] {
    let baseColumns = MetricColumns(results[base])
    var differences: [PairedDifference] = []
    for s in scenarios.indices where s != base {
      let columns = MetricColumns(results[s])
      for name in baseColumns.names where columns.units[name] != nil {
        differences.append(
          PairedDifference(
            metric: name, unit: baseColumns.units[name]!, scenario: names[s],
            base: baseColumns.observations(name, antithetic: antithetic),
            other: columns.observations(name, antithetic: antithetic)))
      }
    }
    return differences
  }

  /// `names` with " #2", " #3" … appended to the second and later copies of a name, so that
  /// every label is different. O(n²) in the worst case; n is small.
  static func distinctNames(_ names: [String]) -> [String] {
    var result: [String] = []
    for name in names {
      var candidate = name
      var copy = 1
      while result.contains(candidate) {
        copy += 1
        candidate = "\(name) #\(copy)"
      }
      result.append(candidate)
    }
    return result
  }
}
