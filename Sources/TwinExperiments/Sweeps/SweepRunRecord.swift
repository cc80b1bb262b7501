/// What one run of a sweep produced; `runs.jsonl` holds one per line (TwinOutputs):
///
///     {"run":12,"point":2,"replication":2,"seed":1,"parameters":{"workforce.roles[community_worker].per_1000":4.2},"metrics":{"response.all.mean_days":13.9,"requests.abandoned":null},"events":2201345}
///
/// Values are in the sweep's parameter and metric order; a metric with nothing to measure
/// is `null` (NaN in memory). Numbers are Swift's shortest round-trip form, so reading a line
/// back gives the same bits.
public struct SweepRunRecord: Hashable, Sendable {
  public var run: Int
  public var point: Int
  public var replication: Int
  public var seed: UInt64
  /// Parameter values, in the sweep's parameter order.
  public var parameters: [Double]
  /// Metric values, in the sweep's metric order (NaN where there was nothing to measure).
  public var metrics: [Double]
  /// Events the run handled.
  public var events: Int

  public init(
    run: Int, point: Int, replication: Int, seed: UInt64, parameters: [Double], metrics: [Double], events: Int
  ) {
    self.run = run
    self.point = point
    self.replication = replication
    self.seed = seed
    self.parameters = parameters
    self.metrics = metrics
    self.events = events
  }

  /// Whether two records are the same run with the same results, bit for bit (NaN equals
  /// NaN here, unlike `==`).
  public func isIdentical(to other: SweepRunRecord) -> Bool {
    run == other.run && point == other.point && replication == other.replication && seed == other.seed
      && events == other.events && parameters.map(\.bitPattern) == other.parameters.map(\.bitPattern)
      && metrics.map(\.bitPattern) == other.metrics.map(\.bitPattern)
  }
}
