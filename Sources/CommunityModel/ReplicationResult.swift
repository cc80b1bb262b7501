/// Everything one replication of a scenario produces.
public struct ReplicationResult: Hashable, Sendable {
  /// Replication number (0-based); with the master seed it names the random streams.
  public var replication: Int
  /// Metrics in a fixed order, identical for every replication of a scenario.
  public var metrics: [MetricValue]
  public var daily: DailySeries
  /// Events the kernel handled (warm-up included).
  public var events: Int

  public init(replication: Int, metrics: [MetricValue], daily: DailySeries, events: Int) {
    self.replication = replication
    self.metrics = metrics
    self.daily = daily
    self.events = events
  }

  /// The value of metric `name`, if reported.
  public subscript(metric name: String) -> Double? {
    metrics.first { $0.name == name }?.value
  }
}
