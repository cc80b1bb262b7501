/// Statistics of observations (waits, costs, response times): count, mean, variance, min, max.
///
/// Welford's one-pass update is numerically stable; ``merge(_:)`` combines two tallies exactly
/// as if every observation had gone into one (Chan, Golub & LeVeque 1979), so per-thread or
/// per-replication tallies can be pooled. salabim calls this a "non-level" monitor.
@frozen
public struct Tally: Hashable, Sendable, Codable {
  @usableFromInline var _count: Int = 0
  public var count: Int { _count }
  @usableFromInline var _mean: Double = 0
  public var mean: Double { _mean }
  /// The mean, or NaN before the first observation: a statistic with nothing to average is
  /// undefined, not 0. O(1).
  public var meanOrNaN: Double { _count > 0 ? _mean : .nan }
  /// Sum of squared deviations from the mean.
  @usableFromInline var _m2: Double = 0
  @usableFromInline var _min: Double = .infinity
  public var min: Double { _min }
  @usableFromInline var _max: Double = -.infinity
  public var max: Double { _max }

  public init() {}

  /// A tally of `values`.
  public init<S: Sequence>(_ values: S) where S.Element == Double {
    for v in values { record(v) }
  }

  /// Adds one observation. O(1).
  /// - Precondition: `value` is not NaN.
  @inlinable
  public mutating func record(_ value: Double) {
    precondition(!value.isNaN, "Tally.record: NaN observation")
    _count &+= 1
    let delta = value - _mean
    _mean += delta / Double(_count)
    _m2 += delta * (value - _mean)
    if value < _min { _min = value }
    if value > _max { _max = value }
  }

  /// Pools `other` into this tally (Chan et al.). O(1).
  public mutating func merge(_ other: Tally) {
    guard other.count > 0 else { return }
    guard _count > 0 else {
      self = other
      return
    }
    let n = Double(_count + other.count)
    let delta = other.mean - _mean
    _mean += delta * Double(other.count) / n
    _m2 += other._m2 + delta * delta * Double(_count) * Double(other.count) / n
    _count += other.count
    _min = Swift.min(_min, other.min)
    _max = Swift.max(_max, other.max)
  }

  /// Forgets every observation (warm-up deletion).
  public mutating func reset() { self = Tally() }

  /// Sample variance (n − 1 denominator); 0 for fewer than two observations.
  public var variance: Double { _count > 1 ? _m2 / Double(_count - 1) : 0 }

  /// Sample standard deviation.
  public var standardDeviation: Double { variance.squareRoot() }

  /// Sum of the observations.
  public var sum: Double { _mean * Double(_count) }

  /// Student-t confidence interval for the mean; `nil` for fewer than two observations.
  public func confidenceInterval(level: Double = 0.95) -> ConfidenceInterval? {
    ConfidenceInterval(mean: _mean, standardDeviation: standardDeviation, count: _count, level: level)
  }
}
