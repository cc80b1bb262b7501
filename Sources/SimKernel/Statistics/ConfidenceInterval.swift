/// A Student-t confidence interval for a mean, typically of one metric across independent
/// replications (each replication contributes one value).
public struct ConfidenceInterval: Hashable, Sendable {
  public var mean: Double
  /// Half the interval's width: t_{1−α/2, n−1} · s / √n.
  public var halfWidth: Double
  /// Confidence level, e.g. 0.95.
  public var level: Double
  /// Number of values the interval rests on.
  public var count: Int

  public var lower: Double { mean - halfWidth }
  public var upper: Double { mean + halfWidth }

  /// Half-width relative to |mean| (∞ when the mean is 0 and the width is not).
  public var relativeHalfWidth: Double {
    mean == 0 ? (halfWidth == 0 ? 0 : .infinity) : halfWidth / abs(mean)
  }

  /// Whether `value` lies inside [lower, upper].
  public func contains(_ value: Double) -> Bool { value >= lower && value <= upper }

  /// The interval for a sample with the given mean, sample standard deviation and size;
  /// `nil` for fewer than two values.
  /// - Precondition: 0 < level < 1.
  public init?(mean: Double, standardDeviation: Double, count: Int, level: Double = 0.95) {
    precondition(level > 0 && level < 1, "confidence level \(level) must be in (0, 1)")
    guard count >= 2 else { return nil }
    let t = StudentT.quantile(0.5 + level / 2, degreesOfFreedom: Double(count - 1))
    self.mean = mean
    self.halfWidth = t * standardDeviation / Double(count).squareRoot()
    self.level = level
    self.count = count
  }

  /// The interval for the mean of `values`; `nil` for fewer than two values.
  public init?<S: Sequence>(_ values: S, level: Double = 0.95) where S.Element == Double {
    let tally = Tally(values)
    self.init(mean: tally.mean, standardDeviation: tally.standardDeviation, count: tally.count, level: level)
  }
}
