import CommunityModel

/// How many replications an experiment runs.
public enum ReplicationPlan: Hashable, Sendable {
  /// Exactly this many replications of every scenario (≥ 1; even with antithetic pairs).
  case fixed(Int)
  /// Replications added until every chosen metric of every scenario is known to the given
  /// relative precision, or a cap is reached (sequential procedure; see ``PrecisionTarget``).
  case untilPrecision(PrecisionTarget)
}

/// The stopping rule of `--replications auto`: the smallest number of replications n, from
/// ``minimum`` up to ``maximum``, at which the 95 % confidence interval of each of
/// ``metrics`` in every scenario has a half-width of at most ``relativeHalfWidth`` × |mean|;
/// or, ``of`` ``PrecisionBasis/differences``, at which the interval of each metric's paired
/// difference from the base (scenario 0) has a half-width of at most ``relativeHalfWidth`` ×
/// |base mean| in every other scenario.
///
/// The rule is checked at every n in turn, whatever batches the replications ran in, so the
/// answer (and every result) is the same for any thread count; replications run beyond n are
/// discarded. A metric that a scenario never measures (NaN in every replication) is not
/// checked for it. A metric whose mean is 0 counts as precise only if its interval has zero
/// width. With antithetic pairs, n counts replications and moves in whole pairs.
///
/// The sequential rule stops as soon as the intervals look narrow enough, so the achieved
/// coverage is a little below 95 % when ``minimum`` is small (Law 2015, §9.4.1); the default
/// minimum of 10 keeps that effect small.
public struct PrecisionTarget: Hashable, Sendable {
  /// Largest allowed half-width of the 95 % CI relative to |mean| (0.05 = ±5 %), in (0, 1).
  public var relativeHalfWidth: Double
  /// What must be known that precisely: each scenario's level (default), or each scenario's
  /// paired difference from the base, relative to the base's level.
  public var of: PrecisionBasis
  /// Replications before the rule is first checked (≥ 2).
  public var minimum: Int
  /// The cap: the experiment stops here even if the target is not met (≥ ``minimum``).
  public var maximum: Int
  /// The metrics the rule checks; by default the key metrics (``MetricCatalog/keyMetrics``).
  public var metrics: [String]

  public init(
    relativeHalfWidth: Double, of basis: PrecisionBasis = .levels, minimum: Int = 10, maximum: Int = 200,
    metrics: [String] = MetricCatalog.keyMetrics.map(\.id)
  ) {
    self.relativeHalfWidth = relativeHalfWidth
    self.of = basis
    self.minimum = minimum
    self.maximum = maximum
    self.metrics = metrics
  }
}

/// What a ``PrecisionTarget`` asks to know precisely.
public enum PrecisionBasis: String, Hashable, Sendable, CaseIterable {
  /// Each scenario's mean of each metric: the half-width relative to that mean.
  case levels
  /// Each non-base scenario's mean paired difference from the base (common random numbers):
  /// the half-width relative to the base's mean. What a comparison needs; under common random
  /// numbers differences are usually known sooner than levels.
  case differences
}

/// How precisely one metric of one scenario is known after the replications an experiment
/// kept.
public struct MetricPrecision: Hashable, Sendable {
  public var scenario: String
  public var metric: String
  /// Half-width of the 95 % CI relative to |mean| (for differences: the difference's
  /// half-width relative to |base mean|); ∞ when it cannot be computed (fewer than two
  /// values, or a mean of 0 with a non-zero width).
  public var relativeHalfWidth: Double
  /// Whether it is within the target.
  public var isMet: Bool

  public init(scenario: String, metric: String, relativeHalfWidth: Double, isMet: Bool) {
    self.scenario = scenario
    self.metric = metric
    self.relativeHalfWidth = relativeHalfWidth
    self.isMet = isMet
  }
}

/// What the sequential rule did: its target, the replications it settled on, whether the
/// target was met, and the precision of every checked metric at that point.
public struct PrecisionReport: Hashable, Sendable {
  public var target: PrecisionTarget
  /// Replications kept (per scenario).
  public var replications: Int
  /// Whether every checked metric met the target (false: stopped at the cap).
  public var isReached: Bool
  /// Every checked (scenario, metric), in scenario then metric order.
  public var metrics: [MetricPrecision]

  public init(target: PrecisionTarget, replications: Int, isReached: Bool, metrics: [MetricPrecision]) {
    self.target = target
    self.replications = replications
    self.isReached = isReached
    self.metrics = metrics
  }
}
