/// Student's t distribution: the quantiles behind confidence intervals across replications.
public enum StudentT {
  /// The `p`-quantile of Student's t with `degreesOfFreedom` ν > 0: the t with P(T ≤ t) = p.
  ///
  /// Computed by bisection on the CDF, P(T ≤ t) = 1 − ½·I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0, where I is
  /// the regularised incomplete beta function; accurate to about 1e-10. Textbook check:
  /// `quantile(0.975, degreesOfFreedom: 9)` = 2.2622.
  /// - Precondition: 0 < p < 1, ν > 0.
  public static func quantile(_ p: Double, degreesOfFreedom nu: Double) -> Double {
    precondition(p > 0 && p < 1, "StudentT.quantile: p = \(p) must be in (0, 1)")
    precondition(nu > 0, "StudentT.quantile: degrees of freedom \(nu) must be > 0")
    if p < 0.5 { return -quantile(1 - p, degreesOfFreedom: nu) }
    if p == 0.5 { return 0 }
    var low = 0.0
    var high = 1.0
    while cdf(high, degreesOfFreedom: nu) < p { high *= 2 }
    for _ in 0..<200 {
      let mid = (low + high) / 2
      if cdf(mid, degreesOfFreedom: nu) < p { low = mid } else { high = mid }
      if high - low <= 1e-12 * high { break }
    }
    return (low + high) / 2
  }

  /// P(T ≤ t) for Student's t with ν degrees of freedom.
  public static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
    let tail = 0.5 * IncompleteBeta.regularized(x: nu / (nu + t * t), a: nu / 2, b: 0.5)
    return t >= 0 ? 1 - tail : tail
  }
}

/// The regularised incomplete beta function I_x(a, b), by Lentz's continued fraction.
enum IncompleteBeta {
  static func regularized(x: Double, a: Double, b: Double) -> Double {
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    let logFront = _lgamma(a + b) - _lgamma(a) - _lgamma(b) + a * _log(x) + b * _log1p(-x)
    // The continued fraction converges fast for x < (a + 1)/(a + b + 2); use symmetry otherwise.
    if x < (a + 1) / (a + b + 2) {
      return _exp(logFront) * continuedFraction(x: x, a: a, b: b) / a
    }
    return 1 - _exp(logFront) * continuedFraction(x: 1 - x, a: b, b: a) / b
  }

  private static func continuedFraction(x: Double, a: Double, b: Double) -> Double {
    let tiny = 1e-300
    var c = 1.0
    var d = 1 - (a + b) * x / (a + 1)
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var result = d
    for m in 1...10_000 {
      let m = Double(m)
      // Even step.
      var numerator = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
      d = 1 + numerator * d
      if abs(d) < tiny { d = tiny }
      c = 1 + numerator / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      result *= d * c
      // Odd step.
      numerator = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
      d = 1 + numerator * d
      if abs(d) < tiny { d = tiny }
      c = 1 + numerator / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      result *= delta
      if abs(delta - 1) < 1e-15 { break }
    }
    return result
  }
}
