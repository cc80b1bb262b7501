import ScenarioFiles
import TwinExperiments

/// One scenario's summary as `run` or `compare` wrote it: what was simulated and every
/// metric's mean and 95 % CI across replications.
public struct ScenarioOutcome: Sendable {
  public var name: String
  /// The scenario file as named on the command line.
  public var file: String
  /// SHA-256 of the file's bytes, lowercase hex; `nil` when the output predates it, empty
  /// for a scenario built in code.
  public var sha256: String?
  /// The file's `base` files with their SHA-256, nearest first; empty without a base or when
  /// the output predates them.
  public var bases: [ScenarioSource]
  /// The scenario's `description`, when the output records it.
  public var description: String?
  /// Observed days [days] and warm-up days left out of every statistic [days].
  public var days: Int
  public var warmupDays: Int
  /// In the file's order.
  public var metrics: [MetricSummary]

  public init(
    name: String, file: String, sha256: String? = nil, bases: [ScenarioSource] = [], description: String?, days: Int,
    warmupDays: Int, metrics: [MetricSummary]
  ) {
    self.name = name
    self.file = file
    self.sha256 = sha256
    self.bases = bases
    self.description = description
    self.days = days
    self.warmupDays = warmupDays
    self.metrics = metrics
  }

  /// The outcome `run` or `compare` recorded for one scenario: empty fingerprints and
  /// descriptions (older outputs, scenarios built in code) become `nil`.
  public init(_ summary: ExperimentSummary) {
    self.init(
      name: summary.scenarioName, file: summary.scenarioFile,
      sha256: summary.scenarioSHA256.isEmpty ? nil : summary.scenarioSHA256, bases: summary.scenarioBases,
      description: summary.scenarioDescription.isEmpty ? nil : summary.scenarioDescription, days: summary.days,
      warmupDays: summary.warmupDays, metrics: summary.metrics)
  }

  /// The summary of metric `name`, if the scenario reports it. O(metrics).
  public func metric(_ name: String) -> MetricSummary? { metrics.first { $0.name == name } }

  /// The mean of metric `name`, NaN when absent or undefined. O(metrics).
  public func mean(_ name: String) -> Double { metric(name)?.mean ?? .nan }
}
