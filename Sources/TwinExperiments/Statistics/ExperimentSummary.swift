import CommunityModel
import ScenarioFiles

/// What one run of a scenario found: the run's settings and every metric summarised across
/// its replications. `summary.json`, the `--format csv` output and the stdout table are
/// renderings of this value.
public struct ExperimentSummary: Hashable, Sendable {
  /// The scenario's name.
  public var scenarioName: String
  /// The scenario file as the user named it (a path; empty for a scenario built in code).
  public var scenarioFile: String
  /// SHA-256 of the scenario file's bytes, lowercase hex (empty when there is no file).
  public var scenarioSHA256: String
  /// The scenario file's `base` files with their SHA-256, nearest first (empty when it has
  /// none): with ``scenarioSHA256``, the fingerprint of every file the run read.
  public var scenarioBases: [ScenarioSource]
  /// The scenario's description, in plain words (empty if it has none).
  public var scenarioDescription: String
  /// Master seed.
  public var seed: UInt64
  /// Number of replications summarised.
  public var replications: Int
  /// Whether the replications were antithetic pairs; then each metric's `n` counts pairs.
  public var antithetic: Bool
  /// What `--replications auto` did, if it chose the number of replications.
  public var precision: PrecisionReport?
  /// Simulated days per replication after the warm-up [days].
  public var days: Int
  /// Warm-up days simulated first and excluded from statistics [days].
  public var warmupDays: Int
  /// One entry per metric, in the order of the first replication's metrics (metrics first
  /// seen in later replications follow, in order of appearance).
  public var metrics: [MetricSummary]

  public init(
    scenarioName: String, scenarioFile: String, scenarioSHA256: String, scenarioBases: [ScenarioSource] = [],
    scenarioDescription: String = "", seed: UInt64, replications: Int, antithetic: Bool = false, days: Int,
    warmupDays: Int, metrics: [MetricSummary]
  ) {
    self.scenarioName = scenarioName
    self.scenarioFile = scenarioFile
    self.scenarioSHA256 = scenarioSHA256
    self.scenarioBases = scenarioBases
    self.scenarioDescription = scenarioDescription
    self.seed = seed
    self.replications = replications
    self.antithetic = antithetic
    self.days = days
    self.warmupDays = warmupDays
    self.metrics = metrics
  }

  /// Summarises `results` of `scenario` (whose ``Scenario/days`` and
  /// ``Scenario/warmupDays`` are the ones the replications ran with) under master `seed`.
  ///
  /// Metrics are matched across replications by name (see ``MetricColumns``); a replication
  /// that lacks a metric contributes nothing to it. With `antithetic`, each pair of
  /// replications is one observation. O(R · M) for R replications of M metrics.
  /// - Precondition: with `antithetic`, `results.count` is even.
  public init(
    scenario: Scenario, file: String = "", sha256: String = "", bases: [ScenarioSource] = [], seed: UInt64,
    results: [ReplicationResult], antithetic: Bool = false
  ) {
    let columns = MetricColumns(results)
    self.init(
      scenarioName: scenario.name, scenarioFile: file, scenarioSHA256: sha256, scenarioBases: bases,
      scenarioDescription: scenario.description, seed: seed,
      replications: results.count, antithetic: antithetic, days: scenario.days, warmupDays: scenario.warmupDays,
      metrics: columns.names.map {
        MetricSummary(name: $0, unit: columns.units[$0]!, values: columns.observations($0, antithetic: antithetic))
      })
  }
}
