/// Welch's graphical method for choosing a warm-up period (Welch 1983; Law 2015, §9.5.1),
/// for one daily series run from an empty district.
///
/// 1. Average the series across replications day by day: Ȳ_d (the replications' noise
///    cancels, the start-up trend stays).
/// 2. Smooth with a centred moving average of window w: Ȳ_d(w) is the mean of Ȳ over days
///    d − w … d + w, and over days 0 … 2d for the first w days (where the full window does
///    not fit). Defined for days 0 … m − 1 − w of an m-day run.
/// 3. The warm-up ends where the smoothed curve has flattened out.
///
/// Step 3 is a judgement; to make it concrete this type also proposes a day: the first day
/// from which the smoothed curve stays within ±``tolerance`` of its level over the second half
/// of the run (relative to that level, or to the curve's range when the level is near 0).
/// Look at the curve before trusting it: a series still drifting at the end of the run has no
/// honest warm-up, and then ``suggestedWarmupDays`` is `nil`.
///
/// Days with nothing to measure (NaN) are skipped in every average.
public struct WelchAnalysis: Hashable, Sendable {
  /// The daily series analysed and its unit.
  public var metric: String
  public var unit: String
  /// Replications averaged.
  public var replications: Int
  /// Half-window w of the moving average [days].
  public var window: Int
  /// Relative band around the settled level (0.02 = ±2 %).
  public var tolerance: Double
  /// Ȳ_d: the mean across replications of each day, day 0 = the first simulated day.
  public var dailyMeans: [Double]
  /// Ȳ_d(w) for d = 0 … m − 1 − w.
  public var movingAverage: [Double]
  /// Mean of the smoothed curve over the second half of its days: the level it settles at.
  public var settledLevel: Double
  /// The first day from which the smoothed curve stays within the band, if that day is in
  /// the first half of the run; otherwise `nil` (run longer).
  public var suggestedWarmupDays: Int?

  /// The analysis of `series[r][d]` (replication r, day d from the start of the run, warm-up
  /// 0). O(R · m).
  /// - Precondition: `window` ≥ 1; 0 < `tolerance` < 1.
  public init(metric: String, unit: String, series: [[Double]], window: Int, tolerance: Double) {
    precondition(window >= 1, "WelchAnalysis: window \(window) must be ≥ 1")
    precondition(tolerance > 0 && tolerance < 1, "WelchAnalysis: tolerance \(tolerance) must be in (0, 1)")
    self.metric = metric
    self.unit = unit
    self.replications = series.count
    self.window = window
    self.tolerance = tolerance
    let days = series.map(\.count).max() ?? 0
    dailyMeans = (0..<days).map { d in
      Self.mean(series.lazy.compactMap { d < $0.count ? $0[d] : nil })
    }
    let means = dailyMeans
    movingAverage = (0..<max(0, days - window)).map { d in
      let half = min(d, window)
      return Self.mean(means[(d - half)...(d + half)])
    }
    let finite = movingAverage.filter(\.isFinite)
    settledLevel = Self.mean(finite.suffix(finite.count / 2))
    suggestedWarmupDays = Self.settlingDay(movingAverage, level: settledLevel, tolerance: tolerance)
  }

  /// The first index from which every finite value of `curve` lies within the band, if it
  /// is in the first half of the curve. O(m).
  static func settlingDay(_ curve: [Double], level: Double, tolerance: Double) -> Int? {
    let finite = curve.filter(\.isFinite)
    guard level.isFinite, let low = finite.min(), let high = finite.max() else { return nil }
    let scale = abs(level) > 1e-9 * max(abs(low), abs(high)) ? abs(level) : high - low
    let band = tolerance * scale
    var day = curve.count
    while day > 0, !curve[day - 1].isFinite || abs(curve[day - 1] - level) <= band { day -= 1 }
    return day <= curve.count / 2 ? day : nil
  }

  /// Mean of the finite values; NaN when there are none.
  private static func mean<S: Sequence>(_ values: S) -> Double where S.Element == Double {
    var sum = 0.0
    var count = 0
    for value in values where value.isFinite {
      sum += value
      count += 1
    }
    return count > 0 ? sum / Double(count) : .nan
  }
}
