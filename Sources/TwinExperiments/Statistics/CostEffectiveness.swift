import CommunityModel

/// What one scenario's change in one key metric costs against the base: the incremental
/// cost-effectiveness ratio (ICER) of `compare`, with Fieller's interval and a verdict.
///
/// The ratio is the added cost per unit of improvement, Δcost ÷ Δgain over the paired
/// replications, where Δcost is the cost metric's paired difference (scenario − base) and
/// Δgain the metric's, signed so that an improvement is positive (Δmetric for a metric that
/// is better higher, −Δmetric for one better lower). For ``CostEffectivenessVerdict/costsMoreForBetter``
/// it is what a unit gained costs (CNY per day of response time saved); for
/// ``CostEffectivenessVerdict/costsLessForWorse`` what a unit lost saves. Its interval is
/// ``RatioEstimate``'s (Fieller's theorem on the paired replications, or antithetic pairs),
/// and is absent — not estimable — when the metric's change is not clear.
public struct CostEffectiveness: Hashable, Sendable {
  /// The scenario compared with the base.
  public var scenario: String
  /// The key metric's dotted name.
  public var metric: String
  /// Added cost per unit of improvement in the metric, with its interval [cost unit per
  /// metric unit, the model's units: CNY per share 0–1 for a share]; the ratio and its
  /// bounds are all `nil` when it is not estimable.
  public var ratio: RatioEstimate
  public var verdict: CostEffectivenessVerdict

  public init(scenario: String, metric: String, ratio: RatioEstimate, verdict: CostEffectivenessVerdict) {
    self.scenario = scenario
    self.metric = metric
    self.ratio = ratio
    self.verdict = verdict
  }

  /// The key metrics whose cost per unit `compare` reports against cost metric
  /// `costMetric`: those with a better direction, other than the cost metric, in
  /// ``MetricCatalog/keyMetrics`` order.
  public static func effectMetrics(costMetric: String) -> [Metric] {
    MetricCatalog.keyMetrics.filter { $0.direction != .neither && $0.id != costMetric }
  }

  /// The sign that turns a change of a metric better in `direction` into a gain: +1 for
  /// higher, −1 for lower.
  /// - Precondition: `direction` is not ``Metric/Direction/neither``.
  static func gainSign(_ direction: Metric.Direction) -> Double {
    precondition(direction != .neither, "CostEffectiveness: a metric with no better direction has no gain")
    return direction == .higher ? 1 : -1
  }
}
