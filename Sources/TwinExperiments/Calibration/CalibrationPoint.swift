import ScenarioFiles

/// One evaluated point of a calibration: its parameter values, the model's mean of every
/// target's metric over the point's replications and that mean's standard error, its distance
/// from the fitted targets, and whether it meets every fitted target.
public struct CalibrationPoint: Hashable, Sendable {
  /// Where the point came from.
  public enum Stage: String, Hashable, Sendable {
    /// The space-filling design (Latin hypercube).
    case design
    /// The local refinement around the best point so far.
    case refinement
  }

  public var stage: Stage
  /// One value per parameter, in the parameters' order.
  public var values: [Double]
  /// Per target, in the targets' order: the mean over the replications, in the metric's unit
  /// (NaN when no replication measured it).
  public var means: [Double]
  /// Per target: the standard error of ``means`` (sd / √R; NaN with one replication).
  public var standardErrors: [Double]
  /// Σ weight · ((mean − value) / scale)² over the targets not held out (+∞ when a mean is
  /// missing).
  public var distance: Double
  /// Whether every target not held out is met (``CalibrationTarget/isMet(byMean:meanStandardError:)``).
  public var isAccepted: Bool

  /// The point at `values` with the metrics of its replications, `runs[r][t]` being target
  /// `t`'s metric in replication `r`.
  init(stage: Stage, values: [Double], runs: [[Double]], targets: [CalibrationTarget]) {
    self.stage = stage
    self.values = values
    means = []
    standardErrors = []
    for t in targets.indices {
      let xs = runs.map { $0[t] }.filter(\.isFinite)
      let mean = xs.isEmpty ? .nan : xs.reduce(0, +) / Double(xs.count)
      let variance =
        xs.count < 2 ? .nan : xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(xs.count - 1)
      means.append(mean)
      standardErrors.append((variance / Double(xs.count)).squareRoot())
    }
    var distance = 0.0
    var accepted = true
    for (t, target) in targets.enumerated() where !target.heldOut {
      let miss = (means[t] - target.value) / target.scale
      distance += miss.isFinite ? target.weight * miss * miss : .infinity
      accepted = accepted && target.isMet(byMean: means[t], meanStandardError: standardErrors[t])
    }
    self.distance = distance
    isAccepted = accepted
  }
}
