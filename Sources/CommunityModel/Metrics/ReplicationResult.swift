/// Everything one replication of a scenario produces.
public struct ReplicationResult: Hashable, Sendable {
  /// Replication number (0-based); with the master seed it names the random streams.
  public var replication: Int
  /// Metrics in a fixed order, identical for every replication of a scenario.
  public var metrics: [MetricValue]
  public var daily: DailySeries
  /// Events the kernel handled (warm-up included).
  public var events: Int
  /// Money by source over the whole run (warm-up included), for audits.
  public var money: MoneyAudit
  /// Requests resolved in the statistics window, by tier and response time.
  public var responseHistogram: ResponseHistogram

  public init(
    replication: Int, metrics: [MetricValue], daily: DailySeries, events: Int, money: MoneyAudit,
    responseHistogram: ResponseHistogram = ResponseHistogram()
  ) {
    self.replication = replication
    self.metrics = metrics
    self.daily = daily
    self.events = events
    self.money = money
    self.responseHistogram = responseHistogram
  }

  /// The value of metric `name`, if reported.
  public subscript(metric name: String) -> Double? {
    metrics.first { $0.name == name }?.value
  }
}
