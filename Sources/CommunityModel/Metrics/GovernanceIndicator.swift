/// One of the six indicators of the governance efficiency index (`governance.index`,
/// `Docs/policies.md`): a measured value, the threshold it should reach, and its attainment
/// min(1, value / threshold) — or min(1, threshold / value) where lower is better.
public struct GovernanceIndicator: Hashable, Sendable {
  /// The name in metric names: `governance.indicator.<name>` (attainment 0–1) and
  /// `governance.value.<name>` (the value, in ``unit``).
  public var name: String
  /// A short label for tables and charts.
  public var label: String
  /// The value's unit.
  public var unit: String
  /// The value the indicator should reach, in ``unit``.
  public var threshold: Double
  /// Whether values above the threshold are better (otherwise below is better).
  public var higherIsBetter: Bool
  /// Where the threshold comes from (digest IDs).
  public var source: String

  /// The six indicators, in index order.
  public static let all: [GovernanceIndicator] = [
    GovernanceIndicator(
      name: "response_within_5_days", label: "Mean response time", unit: "days", threshold: 5,
      higherIsBetter: false, source: "I5"),
    GovernanceIndicator(
      name: "satisfaction", label: "Residents satisfied", unit: "share 0–1", threshold: 0.85,
      higherIsBetter: true, source: "I5"),
    GovernanceIndicator(
      name: "facility_utilization", label: "Facility utilization", unit: "share 0–1", threshold: 0.80,
      higherIsBetter: true, source: "I5"),
    GovernanceIndicator(
      name: "urgent_within_48h", label: "Urgent requests within 48 h", unit: "share 0–1", threshold: 0.95,
      higherIsBetter: true, source: "B14, I8 (our choice)"),
    GovernanceIndicator(
      name: "participation", label: "Residents participating", unit: "share 0–1", threshold: 0.70,
      higherIsBetter: true, source: "I7 (our choice)"),
    GovernanceIndicator(
      name: "budget_reaching_services", label: "Money reaching its use", unit: "share 0–1", threshold: 0.95,
      higherIsBetter: true, source: "F6 (our choice)"),
  ]

  /// The attainment of `value`: min(1, value / threshold) where higher is better,
  /// min(1, threshold / value) where lower is better; 0 for an undefined (NaN) value.
  public func attainment(of value: Double) -> Double {
    if value.isNaN { return 0 }
    return higherIsBetter ? min(1, value / threshold) : min(1, threshold / max(value, 1e-9))
  }
}
