/// A metric a policymaker reads first, with the words and the scale to show it in and the
/// direction in which it counts as better.
///
/// ``all`` is the list `compare` puts in its table and `--replications auto` aims its
/// precision at; every other metric is still summarised in the output files.
public struct KeyMetric: Hashable, Sendable {
  /// Which way is better for the community.
  public enum Preference: String, Hashable, Sendable {
    /// Higher is better (satisfaction).
    case higher
    /// Lower is better (response time).
    case lower
    /// Neither is better in itself (money spent): differences are called higher or lower.
    case neither
  }

  /// Dotted metric name, as the model reports it.
  public var name: String
  /// Plain-words label, e.g. "Mean response time".
  public var label: String
  /// Unit as shown after scaling, e.g. "days", "%".
  public var displayUnit: String
  /// Factor from the metric's unit to ``displayUnit`` (100 for a share shown in %).
  public var scale: Double
  public var preference: Preference

  public init(name: String, label: String, displayUnit: String, scale: Double = 1, preference: Preference) {
    self.name = name
    self.label = label
    self.displayUnit = displayUnit
    self.scale = scale
    self.preference = preference
  }

  /// The key metrics, in the order the comparison table shows them.
  public static let all: [KeyMetric] = [
    KeyMetric(name: "satisfaction.index", label: "Satisfaction index", displayUnit: "0–100", preference: .higher),
    KeyMetric(
      name: "satisfaction.satisfied_share", label: "Residents satisfied", displayUnit: "%", scale: 100,
      preference: .higher),
    KeyMetric(name: "response.all.mean_days", label: "Mean response time", displayUnit: "days", preference: .lower),
    KeyMetric(
      name: "response.all.p90_days", label: "Response time that 90% of requests beat", displayUnit: "days",
      preference: .lower),
    KeyMetric(
      name: "response.urgent.within_48h_share", label: "Urgent requests resolved within 48 hours", displayUnit: "%",
      scale: 100, preference: .higher),
    KeyMetric(
      name: "requests.abandoned", label: "Requests given up by residents", displayUnit: "requests",
      preference: .lower),
    KeyMetric(
      name: "utilization.workers", label: "Staff time spent serving residents", displayUnit: "% of paid hours",
      scale: 100, preference: .neither),
    KeyMetric(
      name: "workers.turnover_rate", label: "Staff turnover", displayUnit: "% per year", scale: 100,
      preference: .lower),
    KeyMetric(
      name: "projects.approval_days.mean", label: "Project approval time", displayUnit: "days", preference: .lower),
    KeyMetric(name: "budget.spent_cny", label: "Money spent", displayUnit: "CNY", preference: .neither),
    KeyMetric(
      name: "budget.social_capital_share", label: "Share of money from social capital", displayUnit: "%",
      scale: 100, preference: .neither),
    KeyMetric(name: "governance.index", label: "Governance index", displayUnit: "0–100", preference: .higher),
  ]
}
