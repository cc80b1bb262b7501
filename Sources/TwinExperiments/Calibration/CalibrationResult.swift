import ScenarioFiles

/// What a calibration found: every evaluated point, the best, and the accepted set.
public struct CalibrationResult: Sendable {
  /// The parameters (``Sweep/parameters``), replications and seed searched.
  public var space: Sweep
  public var targets: [CalibrationTarget]
  /// Every evaluated point, in evaluation order (the design's, then the refinement's).
  public var points: [CalibrationPoint]
  /// The index in ``points`` of the best point.
  public var best: Int

  /// The best point.
  public var bestPoint: CalibrationPoint { points[best] }

  /// The points that meet every fitted target, in evaluation order.
  public var accepted: [CalibrationPoint] { points.filter(\.isAccepted) }
}
