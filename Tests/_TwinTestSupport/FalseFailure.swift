import Foundation
import SimKernel

/// Tolerances for statistical tests, each derived from the probability that a correct
/// implementation fails the assertion by chance (its false-failure probability).
///
/// Every statistical test in the suite is allowed ``budget`` (1e-4) in all; a test that makes
/// k random assertions gives each budget / k, so by Bonferroni's inequality the test fails by
/// chance with probability at most `budget`. Seeds are fixed, so a given build passes or fails
/// deterministically; the budget says how likely a correct change to the random streams is
/// to turn a test red. `Docs/testing.md` explains the method.
public enum FalseFailure {
  /// The false-failure probability allowed to one statistical test.
  public static let budget = 1e-4

  /// P(Z > z) for a standard normal Z.
  public static func normalTail(_ z: Double) -> Double { 0.5 * erfc(z / 2.0.squareRoot()) }

  /// The z with P(|Z| > z) = `probability` (two-sided), to about 1e-12.
  public static func normalBound(twoSided probability: Double) -> Double {
    normalBound(oneSided: probability / 2)
  }

  /// The z with P(Z > z) = `probability` (one-sided), to about 1e-12.
  public static func normalBound(oneSided probability: Double) -> Double {
    precondition(probability > 0 && probability < 0.5, "one-sided probability \(probability) must be in (0, ½)")
    return bisect(from: 0, to: 40) { normalTail($0) > probability }
  }

  /// The t with P(|T| > t) = `probability` for Student's t with `degreesOfFreedom`.
  public static func studentBound(twoSided probability: Double, degreesOfFreedom: Int) -> Double {
    StudentT.quantile(1 - probability / 2, degreesOfFreedom: Double(degreesOfFreedom))
  }

  /// The Student-t interval for the mean of `values` that misses the true mean with
  /// probability `probability` (values iid and close enough to normal, such as means over
  /// long replications); `nil` for fewer than two values.
  public static func interval(_ values: [Double], missing probability: Double) -> ConfidenceInterval? {
    ConfidenceInterval(values, level: 1 - probability)
  }

  /// The x with P(χ²_k > x) = `probability` for k = `degreesOfFreedom`, from the regularised
  /// incomplete gamma function (to about 1e-10 relative).
  public static func chiSquareBound(_ probability: Double, degreesOfFreedom k: Int) -> Double {
    precondition(probability > 0 && probability < 1 && k > 0)
    var high = Double(k) + 10
    while chiSquareTail(high, degreesOfFreedom: k) > probability { high *= 2 }
    return bisect(from: 0, to: high) { chiSquareTail($0, degreesOfFreedom: k) > probability }
  }

  /// P(χ²_k > x) = Q(k/2, x/2), the regularised upper incomplete gamma function: by its series
  /// below a + 1, by Lentz's continued fraction above (Numerical Recipes §6.2).
  public static func chiSquareTail(_ x: Double, degreesOfFreedom k: Int) -> Double {
    let a = Double(k) / 2
    let z = x / 2
    guard z > 0 else { return 1 }
    let logFront = a * log(z) - z - lgamma(a)
    if z < a + 1 {
      var term = 1 / a
      var sum = term
      for n in 1..<10_000 {
        term *= z / (a + Double(n))
        sum += term
        if term < sum * 1e-16 { break }
      }
      return 1 - sum * exp(logFront)
    }
    let tiny = 1e-300
    var b = z + 1 - a
    var c = 1 / tiny
    var d = 1 / b
    var h = d
    for i in 1..<10_000 {
      let an = -Double(i) * (Double(i) - a)
      b += 2
      d = an * d + b
      d = abs(d) < tiny ? tiny : d
      c = b + an / c
      c = abs(c) < tiny ? tiny : c
      d = 1 / d
      h *= d * c
      if abs(d * c - 1) < 1e-16 { break }
    }
    return exp(logFront) * h
  }

  /// The ε with P(sup |F̂ₙ − F| > ε) ≤ `probability` for the empirical CDF F̂ₙ of n iid draws
  /// from a continuous F, whatever n: the Dvoretzky–Kiefer–Wolfowitz inequality with Massart's
  /// constant, 2·exp(−2nε²) = probability.
  public static func dkwBound(_ probability: Double, count n: Int) -> Double {
    (log(2 / probability) / (2 * Double(n))).squareRoot()
  }

  /// The boundary between `low` (where `isBelow` holds) and `high` (where it does not).
  private static func bisect(from low: Double, to high: Double, isBelow: (Double) -> Bool) -> Double {
    var low = low
    var high = high
    for _ in 0..<200 where high - low > 1e-13 * high {
      let mid = (low + high) / 2
      if isBelow(mid) { low = mid } else { high = mid }
    }
    return (low + high) / 2
  }
}
