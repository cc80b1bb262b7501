/// Everything one replication of a scenario produces.
public struct ReplicationResult: Hashable, Sendable {
  /// Replication number (0-based); with the master seed it names the random streams.
  public var replication: Int
  /// Metrics in a fixed order, identical for every replication of a scenario.
  public var metrics: [MetricValue]
  public var daily: DailySeries
  /// Events the kernel handled (warm-up and drain included).
  public var events: Int
  /// Of ``events``, those of the drain after the horizon (``Scenario/drainDays``).
  public var drainEvents: Int
  /// Money by source from the start to the horizon (warm-up included), for audits.
  public var money: MoneyAudit
  /// Requests of the window's needs casework resolved by the end of the drain, by tier and
  /// response time (those that waited for a project are not in it).
  public var responseHistogram: ResponseHistogram

  public init(
    replication: Int, metrics: [MetricValue], daily: DailySeries, events: Int, drainEvents: Int = 0,
    money: MoneyAudit,
    responseHistogram: ResponseHistogram = ResponseHistogram()
  ) {
    self.replication = replication
    self.metrics = metrics
    self.daily = daily
    self.events = events
    self.drainEvents = drainEvents
    self.money = money
    self.responseHistogram = responseHistogram
  }

  /// The value of metric `name`, if reported.
  public subscript(metric name: String) -> Double? {
    metrics.first { $0.name == name }?.value
  }
}
