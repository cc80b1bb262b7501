import CommunityModel
import ScenarioFiles

/// What an ``UncertainComparison`` found: every world's means, and for each key metric how
/// often each scenario is best, what choosing each costs against the best (regret), and which
/// parameter goes with a change of the best scenario.
public struct UncertainResult: Sendable {
  /// The scenarios' names, base first.
  public var names: [String]
  /// The metrics compared (`MetricCatalog.keyMetrics`).
  public var metrics: [Metric]
  public var draws: ParameterDraws
  /// `means[d][s][m]`: world d, scenario s, metric m: the mean over the replications (NaN when
  /// none measured it).
  public var means: [[[Double]]]
  public var replications: Int

  public init(names: [String], metrics: [Metric], draws: ParameterDraws, means: [[[Double]]], replications: Int) {
    self.names = names
    self.metrics = metrics
    self.draws = draws
    self.means = means
    self.replications = replications
  }

  /// One metric's robustness across the worlds.
  public struct Robustness: Hashable, Sendable {
    public var metric: Metric
    /// Per scenario: the share of worlds in which it is best (scenarios tied for best share
    /// the world; worlds where the metric is missing count for none).
    public var bestShare: [Double]
    /// Per scenario: the median and 90th percentile over the worlds of its regret, how much
    /// worse than that world's best it is, in the metric's unit (≥ 0).
    public var medianRegret: [Double]
    public var p90Regret: [Double]
    /// The scenario best in most worlds (the earliest of equals).
    public var mostOftenBest: Int
    /// Worlds in which another scenario is strictly better than ``mostOftenBest``.
    public var beatenWorlds: Int
    /// Where another scenario is strictly better than ``mostOftenBest``: the parameter that
    /// goes with it; nil when that never happens.
    public var driver: Driver?
  }

  /// The parameter that goes with the worlds where the most-often-best scenario is beaten:
  /// the one with the largest standardized regression coefficient of that scenario's regret
  /// on the parameters over the worlds (the sweep's sensitivity measure,
  /// ``Sensitivity/standardizedRegression(x:y:)``), or, when the regression cannot be fitted
  /// (fewer worlds than parameters + 2, a constant parameter), the one whose means differ most
  /// between beaten and other worlds in standard deviations; with its mean in each group.
  public struct Driver: Hashable, Sendable {
    public var path: String
    /// Its mean over the worlds where another scenario is best.
    public var whereNot: Double
    /// Its mean over the worlds where the most-often-best scenario is best.
    public var whereBest: Double
    /// Its standardized regression coefficient on the regret, and the fit's R²; nil when
    /// chosen by the difference of means.
    public var src: Double?
    public var rSquared: Double?

    public init(path: String, whereNot: Double, whereBest: Double, src: Double? = nil, rSquared: Double? = nil) {
      self.path = path
      self.whereNot = whereNot
      self.whereBest = whereBest
      self.src = src
      self.rSquared = rSquared
    }
  }

  /// The robustness of every metric with a better direction (those with none have no best).
  public var robustness: [Robustness] {
    metrics.indices.filter { metrics[$0].direction != .neither }.map(robustness(of:))
  }

  /// Metric `m`'s robustness. O(worlds × scenarios).
  public func robustness(of m: Int) -> Robustness {
    let metric = metrics[m]
    let sign = metric.direction == .lower ? -1.0 : 1.0
    let scenarios = names.count
    var wins = Array(repeating: 0.0, count: scenarios)
    var regrets = Array(repeating: [Double](), count: scenarios)
    var bestInWorld: [[Int]?] = []
    var measured: [(world: Int, values: [Double])] = []
    for (w, world) in means.enumerated() {
      let values = world.map { sign * $0[m] }
      guard values.allSatisfy(\.isFinite), let top = values.max() else {
        bestInWorld.append(nil)
        continue
      }
      let best = values.indices.filter { values[$0] == top }
      for s in best { wins[s] += 1 / Double(best.count) }
      for s in 0..<scenarios { regrets[s].append(top - values[s]) }
      bestInWorld.append(best)
      measured.append((w, values))
    }
    let counted = Double(bestInWorld.compactMap { $0 }.count)
    let share = wins.map { counted > 0 ? $0 / counted : .nan }
    let mostOften = share.indices.max { share[$0] < share[$1] || (share[$0] == share[$1] && $0 > $1) } ?? 0
    let beaten = bestInWorld.map { $0.map { !$0.contains(mostOften) } ?? false }
    return Robustness(
      metric: metric, bestShare: share, medianRegret: regrets.map { Self.quantile($0, 0.5) },
      p90Regret: regrets.map { Self.quantile($0, 0.9) }, mostOftenBest: mostOften,
      beatenWorlds: beaten.filter { $0 }.count,
      driver: driver(
        flipped: beaten, worlds: measured.map(\.world),
        regret: measured.map { $0.values.max()! - $0.values[mostOften] }))
  }

  /// The driver of the `flipped` worlds (see ``Driver``): `regret[i]` is the most-often-best
  /// scenario's regret in world `worlds[i]` (the worlds where the metric was measured); nil
  /// when no world or every world flipped.
  func driver(flipped: [Bool], worlds: [Int], regret: [Double]) -> Driver? {
    let inFlip = flipped.indices.filter { flipped[$0] }
    let rest = flipped.indices.filter { !flipped[$0] }
    guard !inFlip.isEmpty, !rest.isEmpty else { return nil }
    func driver(_ k: Int, src: Double? = nil, rSquared: Double? = nil) -> Driver {
      Driver(
        path: draws.paths[k], whereNot: inFlip.map { draws.draws[$0][k] }.reduce(0, +) / Double(inFlip.count),
        whereBest: rest.map { draws.draws[$0][k] }.reduce(0, +) / Double(rest.count), src: src, rSquared: rSquared)
    }
    if let fit = Sensitivity.standardizedRegression(x: worlds.map { draws.draws[$0] }, y: regret),
      let k = fit.coefficients.indices.max(by: { abs(fit.coefficients[$0]) < abs(fit.coefficients[$1]) }),
      abs(fit.coefficients[k]) > 1e-6  // a coefficient of rounding explains nothing
    {
      return driver(k, src: fit.coefficients[k], rSquared: fit.rSquared)
    }
    var best: (k: Int, score: Double)?
    for k in draws.paths.indices {
      let all = draws.draws.map { $0[k] }
      let mean = all.reduce(0, +) / Double(all.count)
      let sd = (all.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(1, all.count - 1))).squareRoot()
      let candidate = driver(k)
      let score = sd > 0 ? abs(candidate.whereNot - candidate.whereBest) / sd : 0
      // A difference of rounding (1e-6 sd) separates nothing.
      if score > max(best?.score ?? 0, 1e-6) { best = (k, score) }
    }
    return best.map { driver($0.k) }
  }

  /// The `p` quantile of `values` (linear interpolation between order statistics; NaN when
  /// empty).
  static func quantile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let position = p * Double(sorted.count - 1)
    let low = Int(position.rounded(.down))
    let high = min(low + 1, sorted.count - 1)
    return sorted[low] + (position - Double(low)) * (sorted[high] - sorted[low])
  }
}
