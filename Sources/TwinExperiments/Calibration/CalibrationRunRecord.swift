/// One finished run of a calibration: a point's parameter values, the replication, and the
/// targets' metrics it measured. A search told of runs already done (``Calibration/run(threads:progress:known:record:)``)
/// does not run them again, so a killed search resumes where it stopped, and the design's
/// runs can be split over processes (shards) and gathered.
public struct CalibrationRunRecord: Hashable, Sendable {
  /// One value per parameter.
  public var values: [Double]
  public var replication: Int
  /// One per target, in the targets' order (NaN when not measured).
  public var metrics: [Double]

  public init(values: [Double], replication: Int, metrics: [Double]) {
    self.values = values
    self.replication = replication
    self.metrics = metrics
  }

  /// What identifies the run: its values, bit for bit, and its replication.
  struct Key: Hashable {
    var bits: [UInt64]
    var replication: Int

    init(values: [Double], replication: Int) {
      bits = values.map(\.bitPattern)
      self.replication = replication
    }
  }

  var key: Key { Key(values: values, replication: replication) }
}
