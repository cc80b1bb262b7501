import ScenarioFiles
import SimKernel

/// Sensitivity of each metric to each swept parameter, from a sweep's results.
///
/// - **One-at-a-time** designs give tornado data (``Effect``): each parameter moved alone from
///   its lowest to its highest level, the others at their centres. Replication r of every
///   point shares its random numbers, so the effect's interval is a paired one.
/// - **Grid and Latin hypercube** designs give global indices (``Index``) from the points'
///   mean metrics: standardized regression coefficients (SRC: the change in the metric, in
///   standard deviations, per standard deviation of the parameter, from a linear fit; their
///   squares add up to the fit's R² when the parameters are uncorrelated) and first-order
///   Sobol indices (the share of the metric's variance explained by the parameter alone,
///   Var(E[Y | Xᵢ]) / Var(Y)). For a grid the conditional means are those at each level,
///   exactly; for a Latin hypercube they are the means in ⌊√n⌋ bins of equal count along the
///   parameter (a correlation-ratio estimate; Saltelli et al. 2008, §5.2), computed only
///   from 20 points up. Noise left in the point means (few replications) inflates both
///   Sobol estimates and 1 − R².
public enum Sensitivity {
  /// A one-at-a-time effect.
  public struct Effect: Hashable, Sendable {
    public var metric: String
    public var parameter: String
    /// The parameter's lowest and highest levels.
    public var low: Double
    public var high: Double
    /// The metric's mean at the low level, at the centre point and at the high level.
    public var atLow: Double?
    public var atCenter: Double?
    public var atHigh: Double?
    /// High minus low, paired over replications, with its 95 % CI.
    public var effect: PairedDifference
  }

  /// A global sensitivity index.
  public struct Index: Hashable, Sendable {
    public var metric: String
    public var parameter: String
    /// Standardized regression coefficient; `nil` if the fit is impossible.
    public var src: Double?
    /// R² of the linear fit of the metric on all parameters.
    public var rSquared: Double?
    /// First-order Sobol index; `nil` where the design does not allow it.
    public var firstOrder: Double?
  }

  /// Tornado data of a one-at-a-time sweep, metric by metric, parameters by decreasing
  /// |effect|. Empty for other designs. O(runs × metrics).
  public static func oneAtATime(_ results: SweepRuns) -> [Effect] {
    guard results.design == .oneAtATime else { return [] }
    let points = results.points
    guard let center = points.first(where: { $0.point == 0 }) else { return [] }
    var byPoint: [Int: [SweepRunRecord]] = [:]
    for record in results.records { byPoint[record.point, default: []].append(record) }
    var effects: [Effect] = []
    for (m, metric) in results.metrics.enumerated() {
      var rows: [Effect] = []
      for (k, parameter) in results.parameters.enumerated() {
        // The centre and the points that move parameter k alone.
        let line = points.filter { p in
          p.point == 0
            || (p.parameters[k] != center.parameters[k]
              && zip(p.parameters, center.parameters).enumerated()
                .allSatisfy { $0.offset == k || $0.element.0 == $0.element.1 })
        }
        guard let lowPoint = line.min(by: { $0.parameters[k] < $1.parameters[k] }),
          let highPoint = line.max(by: { $0.parameters[k] < $1.parameters[k] }), lowPoint.point != highPoint.point
        else { continue }
        func values(_ point: Int) -> [Double] {
          let runs = byPoint[point, default: []]
          return (0..<results.replications).map { r in runs.first { $0.replication == r }?.metrics[m] ?? .nan }
        }
        rows.append(
          Effect(
            metric: metric, parameter: parameter.path, low: lowPoint.parameters[k], high: highPoint.parameters[k],
            atLow: lowPoint.metrics[m].mean, atCenter: center.metrics[m].mean, atHigh: highPoint.metrics[m].mean,
            effect: PairedDifference(
              metric: metric, unit: "", scenario: parameter.path, base: values(lowPoint.point),
              other: values(highPoint.point))))
      }
      effects += rows.sorted { abs($0.effect.meanDifference ?? 0) > abs($1.effect.meanDifference ?? 0) }
    }
    return effects
  }

  /// Global indices of a grid or Latin hypercube sweep, metric by metric, in parameter order.
  /// Empty for one-at-a-time designs. O(points × parameters² + metrics × points log points).
  public static func global(_ results: SweepRuns) -> [Index] {
    let points = results.points
    let x = points.map(\.parameters)
    var indices: [Index] = []
    switch results.design {
    case .oneAtATime: return []
    case .grid, .latinHypercube: break
    }
    for (m, metric) in results.metrics.enumerated() {
      let rows = points.indices.filter { points[$0].metrics[m].mean != nil }
      let xs = rows.map { x[$0] }
      let y = rows.map { points[$0].metrics[m].mean! }
      let fit = standardizedRegression(x: xs, y: y)
      let firstOrder: [Double]? =
        switch results.design {
        case _ where y.count < 2: nil
        case .grid: firstOrderIndices(x: xs, y: y, groups: .byValue)
        default: y.count >= 20 ? firstOrderIndices(x: xs, y: y, groups: .bins(Int(Double(y.count).squareRoot()))) : nil
        }
      for (k, parameter) in results.parameters.enumerated() {
        indices.append(
          Index(
            metric: metric, parameter: parameter.path, src: fit?.coefficients[k], rSquared: fit?.rSquared,
            firstOrder: firstOrder?[k]))
      }
    }
    return indices
  }

  /// The linear fit of `y` on the columns of `x` (`x[i][k]`), all standardized: the
  /// coefficients (SRCs) and R². `nil` with fewer points than parameters + 2, a constant
  /// column or `y`, or collinear parameters. O(n k² + k³).
  public static func standardizedRegression(x: [[Double]], y: [Double]) -> (coefficients: [Double], rSquared: Double)? {
    let n = y.count
    guard let k = x.first?.count, n >= k + 2 else { return nil }
    func standardized(_ column: [Double]) -> [Double]? {
      let tally = Tally(column)
      guard tally.standardDeviation > 0 else { return nil }
      return column.map { ($0 - tally.mean) / tally.standardDeviation }
    }
    guard let zy = standardized(y) else { return nil }
    var columns: [[Double]] = []
    for j in 0..<k {
      guard let column = standardized(x.map { $0[j] }) else { return nil }
      columns.append(column)
    }
    // Normal equations (ZᵀZ) β = Zᵀy, solved by Gaussian elimination with partial pivoting.
    var a = (0..<k).map { i in (0..<k).map { j in zip(columns[i], columns[j]).reduce(0) { $0 + $1.0 * $1.1 } } }
    var b = (0..<k).map { i in zip(columns[i], zy).reduce(0) { $0 + $1.0 * $1.1 } }
    for col in 0..<k {
      let pivot = (col..<k).max { abs(a[$0][col]) < abs(a[$1][col]) }!
      guard abs(a[pivot][col]) > 1e-9 * Double(n) else { return nil }
      a.swapAt(col, pivot)
      b.swapAt(col, pivot)
      for row in (col + 1)..<k {
        let factor = a[row][col] / a[col][col]
        for j in col..<k { a[row][j] -= factor * a[col][j] }
        b[row] -= factor * b[col]
      }
    }
    var beta = Array(repeating: 0.0, count: k)
    for row in stride(from: k - 1, through: 0, by: -1) {
      let rest = ((row + 1)..<k).reduce(0) { $0 + a[row][$1] * beta[$1] }
      beta[row] = (b[row] - rest) / a[row][row]
    }
    let residual = (0..<n).reduce(0.0) { sum, i in
      let fitted = (0..<k).reduce(0) { $0 + beta[$1] * columns[$1][i] }
      return sum + (zy[i] - fitted) * (zy[i] - fitted)
    }
    let total = zy.reduce(0) { $0 + $1 * $1 }
    return (beta, 1 - residual / total)
  }

  /// How points are grouped to estimate E[Y | Xₖ].
  public enum Grouping: Hashable, Sendable {
    /// One group per distinct value of Xₖ (grid designs).
    case byValue
    /// This many groups of (nearly) equal count along sorted Xₖ.
    case bins(Int)
  }

  /// First-order indices Var(E[Y | Xₖ]) / Var(Y), one per column of `x`, with the
  /// conditional means taken over `groups`; 0 for a constant `y`. The groups are summed in
  /// ascending value, so the result has the same bits in every process. O(k n log n).
  public static func firstOrderIndices(x: [[Double]], y: [Double], groups: Grouping) -> [Double] {
    let n = y.count
    guard let k = x.first?.count, n >= 2 else { return [] }
    let mean = y.reduce(0, +) / Double(n)
    let total = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    guard total > 0 else { return Array(repeating: 0, count: k) }
    return (0..<k).map { j in
      var members: [[Int]]
      switch groups {
      case .byValue:
        var byValue: [Double: [Int]] = [:]
        for i in 0..<n { byValue[x[i][j], default: []].append(i) }
        // In ascending value: a dictionary's order changes from process to process, and
        // with it the sum's last bits.
        members = byValue.sorted { $0.key < $1.key }.map(\.value)
      case .bins(let count):
        let order = (0..<n).sorted { x[$0][j] < x[$1][j] }
        let bins = max(1, min(count, n))
        members = (0..<bins).map { b in Array(order[(b * n / bins)..<((b + 1) * n / bins)]) }
      }
      let explained = members.reduce(0.0) { sum, group in
        guard !group.isEmpty else { return sum }
        let groupMean = group.reduce(0) { $0 + y[$1] } / Double(group.count)
        return sum + Double(group.count) * (groupMean - mean) * (groupMean - mean)
      }
      return explained / total
    }
  }
}
