/// One number a replication reports, with its unit: `satisfaction.index` = 61.2 "index 0–100".
public struct MetricValue: Hashable, Sendable {
  /// Dotted name, e.g. `response.urgent.mean_days`.
  public var name: String
  /// Unit in words: "days", "share 0–1", "index 0–100", "requests", "hours", "per year".
  public var unit: String
  public var value: Double

  public init(name: String, unit: String, value: Double) {
    self.name = name
    self.unit = unit
    self.value = value
  }
}
