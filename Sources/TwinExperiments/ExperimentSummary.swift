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
  /// Master seed.
  public var seed: UInt64
  /// Number of replications summarised.
  public var replications: Int
  /// Simulated days per replication after the warm-up [days].
  public var days: Int
  /// Warm-up days simulated first and excluded from statistics [days].
  public var warmupDays: Int
  /// One entry per metric, in the order of the first replication's metrics (metrics first
  /// seen in later replications follow, in order of appearance).
  public var metrics: [MetricSummary]

  public init(
    scenarioName: String, scenarioFile: String, scenarioSHA256: String, seed: UInt64, replications: Int, days: Int,
    warmupDays: Int, metrics: [MetricSummary]
  ) {
    self.scenarioName = scenarioName
    self.scenarioFile = scenarioFile
    self.scenarioSHA256 = scenarioSHA256
    self.seed = seed
    self.replications = replications
    self.days = days
    self.warmupDays = warmupDays
    self.metrics = metrics
  }

  /// Summarises `results` of `scenario` (whose ``Scenario/days`` and
  /// ``Scenario/warmupDays`` are the ones the replications ran with) under master `seed`.
  ///
  /// Metrics are matched across replications by name; a replication that lacks a metric
  /// contributes nothing to it. The unit is the one first seen. O(R · M) for R replications
  /// of M metrics.
  public init(
    scenario: Scenario, file: String = "", sha256: String = "", seed: UInt64, results: [ReplicationResult]
  ) {
    var order: [String] = []
    var units: [String: String] = [:]
    var values: [String: [Double]] = [:]
    for result in results {
      for metric in result.metrics {
        if units[metric.name] == nil {
          order.append(metric.name)
          units[metric.name] = metric.unit
        }
        values[metric.name, default: []].append(metric.value)
      }
    }
    self.init(
      scenarioName: scenario.name, scenarioFile: file, scenarioSHA256: sha256, seed: seed,
      replications: results.count, days: scenario.days, warmupDays: scenario.warmupDays,
      metrics: order.map { MetricSummary(name: $0, unit: units[$0]!, values: values[$0]!) })
  }
}
