import CommunityModel
import SimKernel

/// One metric summarised across replications: mean, sample standard deviation and the
/// Student-t 95 % confidence interval for the mean (each replication contributes one value),
/// intersected with the range of the metric's unit (``MetricUnit/range``: a share's [0, 1], a
/// count's [0, ∞)). The true mean lies in that range, so the intersection keeps the interval's
/// coverage and only drops values the metric cannot take.
///
/// Values that are not finite (NaN: "nothing to measure in that replication") are left out,
/// and ``count`` says how many values remain. Statistics that need more values than there are
/// are `nil` — written as `null` in `summary.json` and left empty in CSV, because JSON has no
/// NaN:
/// - ``mean`` is `nil` when ``count`` = 0;
/// - ``standardDeviation``, ``ci95Low`` and ``ci95High`` are `nil` when ``count`` < 2.
public struct MetricSummary: Hashable, Sendable {
  /// Dotted metric name, e.g. `response.urgent.mean_days`.
  public var name: String
  /// Unit in words, as the model reports it ("days", "share 0–1", …); the mean, standard
  /// deviation and interval bounds are in this unit.
  public var unit: String
  /// Sample mean [unit].
  public var mean: Double?
  /// Sample standard deviation, n − 1 denominator [unit].
  public var standardDeviation: Double?
  /// Lower bound of the 95 % confidence interval for the mean, within the unit's range [unit].
  public var ci95Low: Double?
  /// Upper bound of the 95 % confidence interval for the mean, within the unit's range [unit].
  public var ci95High: Double?
  /// Number of (finite) values summarised.
  public var count: Int

  public init(
    name: String, unit: String, mean: Double?, standardDeviation: Double?, ci95Low: Double?, ci95High: Double?,
    count: Int
  ) {
    self.name = name
    self.unit = unit
    self.mean = mean
    self.standardDeviation = standardDeviation
    self.ci95Low = ci95Low
    self.ci95High = ci95High
    self.count = count
  }

  /// The summary of `values` of metric `name` [unit]; non-finite values are skipped. The
  /// interval's bounds are clamped to the range of the unit called `unit` (none for words no
  /// ``MetricUnit`` has); the mean and standard deviation are not. O(n) plus one Student-t
  /// quantile.
  public init<S: Sequence>(name: String, unit: String, values: S) where S.Element == Double {
    let tally = Tally(values.lazy.filter { $0.isFinite })
    let interval = tally.confidenceInterval(level: 0.95)
    let range = MetricUnit(unit).range
    self.init(
      name: name, unit: unit, mean: tally.count > 0 ? tally.mean : nil,
      standardDeviation: tally.count > 1 ? tally.standardDeviation : nil,
      ci95Low: interval.map { range.clamp($0.lower) },
      ci95High: interval.map { range.clamp($0.upper) }, count: tally.count)
  }
}
