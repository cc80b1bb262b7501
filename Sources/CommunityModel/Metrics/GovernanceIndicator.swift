/// One of the six indicators of the governance efficiency index (``Metric/governanceIndex``,
/// `Docs/policies.md`): a measured value, the threshold it should reach, and its attainment
/// min(1, value / threshold) — or min(1, threshold / value) where lower is better.
public struct GovernanceIndicator: Hashable, Sendable {
  /// The key in metric ids (``attainmentMetric``, ``valueMetric``).
  public var name: String
  /// A short label for tables and charts.
  public var label: String
  /// The value's unit.
  public var unit: MetricUnit
  /// The value the indicator should reach, in ``unit``.
  public var threshold: Double
  /// Whether values above the threshold are better (otherwise below is better).
  public var higherIsBetter: Bool
  /// Where the threshold comes from (digest IDs).
  public var source: String

  public static let responseWithin5Days = GovernanceIndicator(
    name: "response_within_5_days", label: "Mean response time", unit: .days, threshold: 5, higherIsBetter: false,
    source: "I5")
  public static let satisfaction = GovernanceIndicator(
    name: "satisfaction", label: "Residents satisfied", unit: .share, threshold: 0.85, higherIsBetter: true,
    source: "I5")
  public static let facilityUtilization = GovernanceIndicator(
    name: "facility_utilization", label: "Facility utilization", unit: .share, threshold: 0.80, higherIsBetter: true,
    source: "I5")
  public static let urgentWithin48h = GovernanceIndicator(
    name: "urgent_within_48h", label: "Urgent requests answered within 48 h", unit: .share, threshold: 0.95,
    higherIsBetter: true, source: "B14, I8 (our choice)")
  /// The share of residents who took part in the window (reported a need themselves), counted
  /// from the residents' event marks, not from the participation disposition.
  public static let participation = GovernanceIndicator(
    name: "participation", label: "Residents participating", unit: .share, threshold: 0.70, higherIsBetter: true,
    source: "I7 (our choice)")
  public static let budgetReachingServices = GovernanceIndicator(
    name: "budget_reaching_services", label: "Money reaching its use", unit: .share, threshold: 0.95,
    higherIsBetter: true, source: "F6 (our choice)")

  /// The six indicators, in index order.
  public static let all: [GovernanceIndicator] = [
    .responseWithin5Days, .satisfaction, .facilityUtilization, .urgentWithin48h, .participation,
    .budgetReachingServices,
  ]

  /// The indicator as a member of the governance metric families: its name, and its value's
  /// unit and direction.
  public var member: MetricMember {
    MetricMember(name, unit: unit, direction: higherIsBetter ? .higher : .lower)
  }

  /// Its attainment of the threshold, 0–1 (``MetricFamily/governanceAttainment``).
  public var attainmentMetric: Metric { MetricFamily.governanceAttainment.metric(member) }

  /// The value the attainment is computed from, in ``unit`` (``MetricFamily/governanceValue``).
  public var valueMetric: Metric { MetricFamily.governanceValue.metric(member) }

  /// The governance efficiency index of `values` (one per indicator; a missing one counts
  /// as undefined): 100 × the mean attainment of the six indicators, 0–100. O(indicators).
  public static func index(_ values: [GovernanceIndicator: Double]) -> Double {
    100 * all.reduce(0) { $0 + $1.attainment(of: values[$1] ?? .nan) } / Double(all.count)
  }

  /// The attainment of `value`: min(1, value / threshold) where higher is better,
  /// min(1, threshold / value) where lower is better; 0 for an undefined (NaN) value.
  public func attainment(of value: Double) -> Double {
    if value.isNaN { return 0 }
    return higherIsBetter ? min(1, value / threshold) : min(1, threshold / max(value, 1e-9))
  }
}
