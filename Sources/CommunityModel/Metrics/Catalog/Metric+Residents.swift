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
    definition: "capture (report or discovery) to resolution, mean over the window's requests casework resolved by "
      + "the end of the drain (requests that waited for a project: `projects.request_wait_days.mean`)")
  public static let responseMedianDays = Metric(
    "response.all.p50_days", .days, label: "Median response time", direction: .lower,
    definition: "capture to resolution, median over the window's requests casework resolved by the end of the drain")
  public static let responseP90Days = Metric(
    "response.all.p90_days", .days, label: "Response time that 90% of requests beat", direction: .lower,
    definition: "capture to resolution, 90th percentile over the window's requests casework resolved by the end of "
      + "the drain")
  public static let urgentRespondedWithin48hShare = Metric(
    "first_response.urgent.within_48h_share", .share, label: "Urgent requests answered within 48 hours",
    direction: .higher,
    definition: "urgent requests a caseworker started on within 48 h of capture, of the urgent requests captured "
      + "(the 48-hour response standard, B14)")
  public static let urgentResolvedWithin5DaysShare = Metric(
    "response.urgent.within_5_days_share", .share, label: "Urgent requests resolved within 5 days",
    direction: .higher,
    definition: "urgent requests resolved within 5 days of capture, of the urgent requests captured (Shenzhen's "
      + "urgent cycle, B14)")
  public static let captureMeanDays = Metric(
    "capture_delay.all.mean_days", .days, label: "Mean time to capture", direction: .lower,
    definition: "need arising to its report or discovery, mean over the window's captured requests")
  public static let firstResponseMeanDays = Metric(
    "first_response.all.mean_days", .days, label: "Mean time to first response", direction: .lower,
    definition: "capture to the moment a caseworker starts on the request, mean over the window's requests "
      + "started")
  public static let endToEndMeanDays = Metric(
    "end_to_end.all.mean_days", .days, label: "Mean time from need to resolution", direction: .lower,
    definition: "need arising to resolution, mean over the window's requests casework resolved by the end of the drain")

  // MARK: Requests and needs

  public static let requestsArrived = Metric(
    "requests.arrived", .needs, label: "Needs arisen", definition: "needs that arose in the window")
  public static let requestsCaptured = Metric(
    "requests.captured", .requests, label: "Requests captured", direction: .higher,
    definition: "of the needs that arose in the window, those reported or discovered by the end of the drain")
  public static let requestsSelfReported = Metric(
    "requests.self_reported", .requests, label: "Requests reported by residents",
    definition: "captured requests the resident reported")
  public static let requestsDiscovered = Metric(
    "requests.discovered", .requests, label: "Requests discovered",
    definition: "captured requests a patrol, data (L1) or an outreach visit found before the need lapsed (the sum of "
      + "the three `requests.discovered_by_*`)")
  public static let requestsDiscoveredByPatrol = Metric(
    "requests.discovered_by_patrol", .requests, label: "Requests discovered by patrols",
    definition: "captured requests grid-worker or volunteer patrols found first")
  public static let requestsDiscoveredByData = Metric(
    "requests.discovered_by_data", .requests, label: "Requests discovered from data",
    definition: "captured requests data discovery (needs heat-map, L1) found first")
  public static let requestsDiscoveredByOutreach = Metric(
    "requests.discovered_by_outreach", .requests, label: "Requests discovered by outreach visits",
    definition: "captured requests caseworkers' outreach visits in idle time found first")
  public static let requestsResolved = Metric(
    "requests.resolved", .requests, label: "Requests resolved", direction: .higher,
    definition: "captured requests of the window resolved by the end of the drain")
  public static let requestsAbandoned = Metric(
    "requests.abandoned", .requests, label: "Requests given up by residents", direction: .lower,
    definition: "captured requests whose resident gave up waiting")
  public static let requestsOpenAtHorizon = Metric(
    "requests.open_at_horizon", .requests, label: "Requests open at the horizon", direction: .lower,
    definition: "captured requests of the window neither resolved nor abandoned at the horizon; the drain follows "
      + "them on")
  public static let requestsOpenAfterDrain = Metric(
    "requests.open_after_drain", .requests, label: "Requests still open after the drain", direction: .lower,
    definition: "captured requests of the window neither resolved nor abandoned when the drain ends (resolved + "
      + "abandoned + open after the drain = captured); not in the response times")
  public static let drainDays = Metric(
    "requests.drain_days", .days, label: "Days of drain",
    definition: "days simulated after the horizon until the window's open requests were at most "
      + "`run.drain_tolerance` of its captured ones, at most `run.drain_days`")
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
  public static let needsOutreachShare = Metric(
    "needs.outreach_share", .share, label: "Needs found by outreach visits", direction: .higher,
    definition: "requests discovered by outreach ÷ needs arisen")
}

extension MetricFamily {
  public static let satisfactionIndexByCohort = MetricFamily(
    "satisfaction.index.", .cohorts, unit: .index, label: "Satisfaction index", direction: .higher,
    definition: "100 × mean satisfaction of the cohort's residents at the horizon")
  public static let responseMeanDaysByTier = MetricFamily(
    "response.", .tiers, ".mean_days", unit: .days, label: "Mean response time", direction: .lower,
    definition: "capture to resolution, mean over the tier's window requests casework resolved by the end of the drain")
  public static let captureMeanDaysByTier = MetricFamily(
    "capture_delay.", .tiers, ".mean_days", unit: .days, label: "Mean time to capture", direction: .lower,
    definition: "need arising to its report or discovery, mean over the tier's captured window requests")
  public static let firstResponseMeanDaysByTier = MetricFamily(
    "first_response.", .tiers, ".mean_days", unit: .days, label: "Mean time to first response", direction: .lower,
    definition: "capture to the moment a caseworker starts on it, mean over the tier's window requests started")
  public static let endToEndMeanDaysByTier = MetricFamily(
    "end_to_end.", .tiers, ".mean_days", unit: .days, label: "Mean time from need to resolution", direction: .lower,
    definition: "need arising to resolution, mean over the tier's window requests casework resolved by the end of the "
      + "drain")
  public static let participationRateByCohort = MetricFamily(
    "participation.rate.", .cohorts, unit: .share, label: "Residents disposed to participate", direction: .higher,
    definition:
      "share of the cohort's residents with the participant disposition at the horizon (drawn from the cohort's"
      + " `participation`, raised by levers, moved by satisfaction): a state, not an indicator")
  public static let tookPartShareByCohort = MetricFamily(
    "participation.took_part.", .cohorts, unit: .share, label: "Residents who took part", direction: .higher,
    definition: "share of the cohort's residents who reported a need themselves in the window (counted from reports)")
}
