/// An observed figure the model is calibrated to: a metric, its observed value, and how
/// closely the model's mean must come to it.
///
/// A target states a `tolerance` (the model's mean is within it when |mean − value| ≤
/// tolerance), a `standardError` of the observation (within when |mean − value| ≤ 1.96 ·
/// √(se² + se_model²), se_model being the standard error of the model's mean over its
/// replications), or both (both must hold). The fit's distance weighs each target's
/// standardized miss ((mean − value) / scale, the scale being the tolerance, else the standard
/// error) by `weight`. A held-out target takes no part in the search or the acceptance; the
/// fit table shows how the calibrated model does on it (validation on figures it was not
/// tuned to).
public struct CalibrationTarget: Hashable, Sendable {
  /// The metric id (`Docs/metrics.md`).
  public var metric: String
  /// The observed value, in the metric's unit.
  public var value: Double
  /// Half-width of acceptance, in the metric's unit (> 0), if stated.
  public var tolerance: Double?
  /// Standard error of the observed value, in the metric's unit (> 0), if stated.
  public var standardError: Double?
  /// Weight in the distance (> 0; 1 by default).
  public var weight: Double
  /// Whether the target is held out of the search (validation only).
  public var heldOut: Bool

  public init(
    metric: String, value: Double, tolerance: Double? = nil, standardError: Double? = nil, weight: Double = 1,
    heldOut: Bool = false
  ) {
    precondition(tolerance != nil || standardError != nil, "a target needs a tolerance or a standard error")
    self.metric = metric
    self.value = value
    self.tolerance = tolerance
    self.standardError = standardError
    self.weight = weight
    self.heldOut = heldOut
  }

  /// The scale of a miss: the tolerance, else the standard error.
  public var scale: Double { tolerance ?? standardError! }

  /// Whether a model mean `mean`, itself with standard error `meanStandardError` over its
  /// replications, is within this target.
  public func isMet(byMean mean: Double, meanStandardError: Double) -> Bool {
    guard mean.isFinite else { return false }
    let miss = abs(mean - value)
    if let tolerance, miss > tolerance { return false }
    if let standardError {
      let se = meanStandardError.isFinite ? meanStandardError : 0
      if miss > 1.96 * (standardError * standardError + se * se).squareRoot() { return false }
    }
    return true
  }
}
