extension Distribution {
  /// The `u` quantile of a Poisson count of mean `mean`: the smallest k with
  /// P(N ≤ k) ≥ `u`. A draw by inversion from one uniform, so that for the same `u` a
  /// smaller mean never gives a larger count (a monotone coupling for common random
  /// numbers). Probabilities are summed in log space, so large means do not underflow; the
  /// search stops 40 standard deviations above the mean. O(mean + √mean).
  public static func poissonQuantile(_ u: Double, mean: Double) -> Int {
    guard mean > 0 else { return 0 }
    let logMean = _log(mean)
    var logProbability = -mean  // log P(N = k), from k = 0
    var cumulative = 0.0
    var k = 0
    while true {
      cumulative += _exp(logProbability)
      if cumulative >= u || Double(k) > mean + 40 * (mean.squareRoot() + 1) { return k }
      k += 1
      logProbability += logMean - _log(Double(k))
    }
  }
}
