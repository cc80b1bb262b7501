import SimKernel

/// The ratio of two means, μ_x ÷ μ_y, estimated from paired observations (x_i, y_i), with
/// Fieller's 95 % confidence interval: what `compare` uses for the cost per unit of change
/// (x the paired differences of the cost, y those of a metric).
///
/// **Fieller's interval** is the set of ratios ρ that a t-test at the 5 % level does not
/// reject, applied to the paired quantity x_i − ρ·y_i, whose mean is 0 exactly when
/// μ_x = ρ·μ_y. With n pairs, means x̄ and ȳ, sample variances s_xx and s_yy, sample
/// covariance s_xy and t = t(0.975, n − 1), ρ is in the set when
///
///     (x̄ − ρ·ȳ)² ≤ t² · (s_xx − 2ρ·s_xy + ρ²·s_yy) / n,
///
/// that is a·ρ² − 2b·ρ + c ≤ 0 with a = ȳ² − t²·s_yy/n, b = x̄·ȳ − t²·s_xy/n and
/// c = x̄² − t²·s_xx/n. When a > 0 — exactly when the denominators' own 95 % interval excludes
/// 0 — the set is the interval (b ± √(b² − a·c)) / a, which holds x̄ ÷ ȳ and is not
/// symmetric about it. When a ≤ 0 the set is unbounded (the whole line or two half-lines):
/// the data cannot tell the ratio from ±∞, and the ratio is **not estimable** — the bounds
/// are then `nil`, never a misleading number. Unlike the delta method (x̄ ÷ ȳ ± t·se), the
/// interval keeps its 95 % coverage when ȳ is small against its standard error; for large
/// samples the two agree.
///
/// Pairs with a non-finite member are left out, as in ``PairedDifference``.
public struct RatioEstimate: Hashable, Sendable {
  /// x̄ ÷ ȳ [x's unit per y's unit]; `nil` when there is no pair or ȳ = 0.
  public var ratio: Double?
  /// Lower bound of Fieller's 95 % interval [x's unit per y's unit]; `nil` when the ratio
  /// is not estimable or there are fewer than 2 pairs.
  public var ci95Low: Double?
  /// Upper bound of Fieller's 95 % interval; `nil` exactly when ``ci95Low`` is.
  public var ci95High: Double?
  /// Number of pairs used.
  public var count: Int

  public init(ratio: Double?, ci95Low: Double?, ci95High: Double?, count: Int) {
    self.ratio = ratio
    self.ci95Low = ci95Low
    self.ci95High = ci95High
    self.count = count
  }

  /// The ratio of the means of `numerators` and `denominators` (index i of both is the same
  /// pair) with Fieller's 95 % interval. O(n) plus one Student-t quantile.
  /// - Precondition: both arrays have the same length.
  public init(numerators: [Double], denominators: [Double]) {
    precondition(
      numerators.count == denominators.count,
      "RatioEstimate: \(numerators.count) numerators but \(denominators.count) denominators")
    let pairs = zip(numerators, denominators).filter { $0.0.isFinite && $0.1.isFinite }
    let n = Double(pairs.count)
    guard !pairs.isEmpty else {
      self.init(ratio: nil, ci95Low: nil, ci95High: nil, count: 0)
      return
    }
    let meanX = pairs.reduce(0) { $0 + $1.0 } / n
    let meanY = pairs.reduce(0) { $0 + $1.1 } / n
    let ratio = meanY != 0 ? meanX / meanY : nil
    guard pairs.count >= 2 else {
      self.init(ratio: ratio, ci95Low: nil, ci95High: nil, count: pairs.count)
      return
    }
    // Variances and covariance of the means (sample moments ÷ n).
    var (sxx, syy, sxy) = (0.0, 0.0, 0.0)
    for (x, y) in pairs {
      sxx += (x - meanX) * (x - meanX)
      syy += (y - meanY) * (y - meanY)
      sxy += (x - meanX) * (y - meanY)
    }
    let toMeanVariance = 1 / ((n - 1) * n)
    let t = StudentT.quantile(0.975, degreesOfFreedom: n - 1)
    let t2 = t * t
    let a = meanY * meanY - t2 * syy * toMeanVariance
    let b = meanX * meanY - t2 * sxy * toMeanVariance
    let c = meanX * meanX - t2 * sxx * toMeanVariance
    guard a > 0 else {
      self.init(ratio: ratio, ci95Low: nil, ci95High: nil, count: pairs.count)
      return
    }
    // b² − a·c ≥ 0 whenever a > 0 (x̄ ÷ ȳ is in the set); clamp rounding below 0.
    let root = max(0, b * b - a * c).squareRoot()
    self.init(ratio: ratio, ci95Low: (b - root) / a, ci95High: (b + root) / a, count: pairs.count)
  }

  /// Whether the ratio has a bounded 95 % interval.
  public var isEstimable: Bool { ci95Low != nil && ci95High != nil }
}
