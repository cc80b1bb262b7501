/// Catalog entries: satisfaction, response times, requests and needs (`Docs/metrics.md`).
extension Metric {
  // MARK: Satisfaction

  public static let satisfactionIndex = Metric(
    "satisfaction.index", .index, label: "Satisfaction index", direction: .higher, display: ("0–100", 1),
    definition: "100 × mean satisfaction of all residents at the horizon")
  public static let satisfiedShare = Metric(
    "satisfaction.satisfied_share", .share, label: "Residents satisfied", direction: .higher,
    definition: "residents at or above `satisfied_threshold` at the horizon")

  // MARK: Response times

  public static let responseMeanDays = Metric(
    "response.all.mean_days", .days, label: "Mean response time", direction: .lower,
    definition: "report to resolution, mean over the requests resolved in the window")
  public static let responseMedianDays = Metric(
    "response.all.p50_days", .days, label: "Median response time", direction: .lower,
    definition: "report to resolution, median over the requests resolved in the window")
  public static let responseP90Days = Metric(
    "response.all.p90_days", .days, label: "Response time that 90% of requests beat", direction: .lower,
    definition: "report to resolution, 90th percentile over the requests resolved in the window")
  public static let urgentWithin48hShare = Metric(
    "response.urgent.within_48h_share", .share, label: "Urgent requests resolved within 48 hours",
    direction: .higher, definition: "urgent requests resolved within 48 h of their report, of those resolved")

  // MARK: Requests and needs

  public static let requestsArrived = Metric(
    "requests.arrived", .needs, label: "Needs arisen", definition: "needs that arose in the window")
  public static let requestsCaptured = Metric(
    "requests.captured", .requests, label: "Requests captured", direction: .higher,
    definition: "of the needs that arose in the window, those reported or discovered by the end")
  public static let requestsSelfReported = Metric(
    "requests.self_reported", .requests, label: "Requests reported by residents",
    definition: "captured requests the resident reported")
  public static let requestsDiscovered = Metric(
    "requests.discovered", .requests, label: "Requests discovered by patrols",
    definition: "captured requests grid-worker patrols found before the need lapsed")
  public static let requestsResolved = Metric(
    "requests.resolved", .requests, label: "Requests resolved", direction: .higher,
    definition: "captured requests resolved by the end")
  public static let requestsAbandoned = Metric(
    "requests.abandoned", .requests, label: "Requests given up by residents", direction: .lower,
    definition: "captured requests whose resident gave up waiting")
  public static let requestsOpenAtEnd = Metric(
    "requests.open_at_end", .requests, label: "Requests still open at the end", direction: .lower,
    definition: "captured requests neither resolved nor abandoned at the horizon (resolved + abandoned + open "
      + "= captured)")
  public static let crossDepartmentShare = Metric(
    "requests.cross_department_share", .share, label: "Resolved requests that needed another department",
    definition: "of the resolved requests")
  public static let needsUncaptured = Metric(
    "needs.uncaptured", .needs, label: "Needs never captured", direction: .lower,
    definition: "needs arisen − requests captured")
  public static let needsCaptureShare = Metric(
    "needs.capture_share", .share, label: "Needs captured", direction: .higher,
    definition: "requests captured ÷ needs arisen")
  public static let needsSelfReportedShare = Metric(
    "needs.self_reported_share", .share, label: "Needs reported by residents",
    definition: "requests reported by residents ÷ needs arisen")
}

extension MetricFamily {
  public static let satisfactionIndexByCohort = MetricFamily(
    "satisfaction.index.", .cohorts, unit: .index, label: "Satisfaction index", direction: .higher,
    definition: "100 × mean satisfaction of the cohort's residents at the horizon")
  public static let responseMeanDaysByTier = MetricFamily(
    "response.", .tiers, ".mean_days", unit: .days, label: "Mean response time", direction: .lower,
    definition: "report to resolution, mean over the tier's requests resolved in the window")
  public static let participationRateByCohort = MetricFamily(
    "participation.rate.", .cohorts, unit: .share, label: "Residents disposed to participate", direction: .higher,
    definition:
      "share of the cohort's residents with the participant disposition at the horizon (drawn from the cohort's"
      + " `participation`, raised by levers, moved by satisfaction): a state, not an indicator")
  public static let tookPartShareByCohort = MetricFamily(
    "participation.took_part.", .cohorts, unit: .share, label: "Residents who took part", direction: .higher,
    definition: "share of the cohort's residents who reported a need themselves in the window (counted from reports)")
}
