import SimKernel

/// How one metric of a scenario differs from the base scenario, replication by replication.
///
/// Replication r of both scenarios draws the same random numbers (common random numbers), so
/// the difference `other_r − base_r` removes the noise the two share. The mean of those
/// differences, and its Student-t 95 % confidence interval, answer "how much better, and how
/// sure are we"; the interval is usually far narrower than the two scenarios' own intervals
/// suggest. With antithetic pairs, each pair's mean difference is one observation.
///
/// A replication in which either scenario has nothing to measure for the metric (NaN) is
/// left out, and ``count`` says how many differences remain. As in ``MetricSummary``,
/// statistics that need more values than there are are `nil`.
public struct PairedDifference: Hashable, Sendable {
  /// Dotted metric name.
  public var metric: String
  /// The metric's unit; the difference and its interval are in it.
  public var unit: String
  /// The scenario compared with the base.
  public var scenario: String
  /// Mean of the paired differences, scenario − base [unit].
  public var meanDifference: Double?
  /// Sample standard deviation of the paired differences [unit].
  public var standardDeviation: Double?
  /// 95 % confidence interval for the mean difference [unit].
  public var ci95Low: Double?
  public var ci95High: Double?
  /// Number of paired differences (replications, or antithetic pairs).
  public var count: Int
  /// ``meanDifference`` relative to the base's mean over the same replications (0.05 = 5 %
  /// higher); `nil` when the base's mean is 0 or undefined.
  public var relativeChange: Double?

  public init(
    metric: String, unit: String, scenario: String, meanDifference: Double?, standardDeviation: Double?,
    ci95Low: Double?, ci95High: Double?, count: Int, relativeChange: Double?
  ) {
    self.metric = metric
    self.unit = unit
    self.scenario = scenario
    self.meanDifference = meanDifference
    self.standardDeviation = standardDeviation
    self.ci95Low = ci95Low
    self.ci95High = ci95High
    self.count = count
    self.relativeChange = relativeChange
  }

  /// The paired difference of `other` minus `base`, observation by observation (index i of
  /// both arrays is the same replication or pair). Pairs with a non-finite member are
  /// skipped. O(n) plus one Student-t quantile.
  /// - Precondition: `base` and `other` have the same length.
  public init(metric: String, unit: String, scenario: String, base: [Double], other: [Double]) {
    precondition(base.count == other.count, "PairedDifference: \(base.count) base values but \(other.count) others")
    let (differences, baseValues) = Self.tallies(base: base, other: other)
    let interval = differences.confidenceInterval(level: 0.95)
    let hasMean = differences.count > 0
    self.init(
      metric: metric, unit: unit, scenario: scenario, meanDifference: hasMean ? differences.mean : nil,
      standardDeviation: differences.count > 1 ? differences.standardDeviation : nil, ci95Low: interval?.lower,
      ci95High: interval?.upper, count: differences.count,
      relativeChange: hasMean && baseValues.mean != 0 ? differences.mean / abs(baseValues.mean) : nil)
  }

  /// The differences `other − base` and the base values over the pairs in which both are
  /// finite, the pairs every paired statistic uses. O(n).
  static func tallies<B: Sequence<Double>, O: Sequence<Double>>(base: B, other: O) -> (differences: Tally, base: Tally)
  {
    var differences = Tally()
    var baseValues = Tally()
    for (b, o) in zip(base, other) where b.isFinite && o.isFinite {
      differences.record(o - b)
      baseValues.record(b)
    }
    return (differences, baseValues)
  }

  /// Whether the difference is statistically significant at the 5 % level: its 95 %
  /// confidence interval lies wholly above or wholly below zero.
  public var isSignificant: Bool {
    guard let low = ci95Low, let high = ci95High else { return false }
    return low > 0 || high < 0
  }
}
