/// Catalog entries: casework staff time, staffing and facilities (`Docs/metrics.md`).
extension Metric {
  // MARK: Casework staff time (in working time, over the window)

  public static let workerUtilization = Metric(
    "utilization.workers", .shareOfPaidHours, label: "Staff time spent serving residents",
    definition: "casework staff time on residents' requests")
  public static let workersAdminShare = Metric(
    "workers.admin_share", .shareOfPaidHours, label: "Staff time on administration", direction: .lower,
    definition: "casework staff time on administrative tasks")
  public static let workersIdleShare = Metric(
    "workers.idle_share", .shareOfPaidHours, label: "Staff time idle",
    definition: "casework staff time without a job in hand")
  public static let workersPaidHours = Metric(
    "workers.paid_hours", .hours, label: "Paid staff hours", definition: "casework staff, in the window")
  public static let workersServiceHours = Metric(
    "workers.service_hours", .hours, label: "Staff hours serving residents",
    definition: "casework staff, in the window (service + admin + idle = paid)")
  public static let workersAdminHours = Metric(
    "workers.admin_hours", .hours, label: "Staff hours on administration", definition: "casework staff, in the window")
  public static let workersIdleHours = Metric(
    "workers.idle_hours", .hours, label: "Staff hours idle",
    definition: "casework staff, in the window (with outreach on, the time outreach visits use)")
  public static let adminTasksArrived = Metric(
    "workers.admin_tasks", .tasks, label: "Administrative tasks",
    definition: "tasks of the communities' admin catalogues that arrived in the window")
  public static let outreachVisits = Metric(
    "workers.outreach_visits", .visits, label: "Outreach visits",
    definition: "idle casework hours in the window × `outreach.visits_per_idle_hour` (0 with outreach off)")

  // MARK: Staffing

  public static let caseworkOnStaff = Metric(
    "workers.casework_on_staff", .workers, label: "Casework staff on roll",
    definition: "time average over the window, casework roles")
  public static let workersWeeklyHours = Metric(
    "workers.weekly_hours", .hoursPerWeek, label: "Paid hours per caseworker-week",
    definition: "paid hours ÷ casework staff on roll ÷ weeks")
  public static let caseworkPer1000Residents = Metric(
    "workers.casework_per_1000_residents", .workers, label: "Casework staff per 1,000 residents",
    definition: "casework roles, time average on roll")
  public static let workersPer1000Residents = Metric(
    "workers.per_1000_residents", .workers, label: "Paid staff per 1,000 residents",
    definition: "paid roles (pay ratio > 0), time average on roll")
  public static let workersTurnoverRate = Metric(
    "workers.turnover_rate", .perYear, label: "Staff turnover", direction: .lower, display: ("% per year", 100),
    definition: "departures ÷ mean staff on roll ÷ years, paid roles (pay ratio > 0)")
  public static let workersDepartures = Metric(
    "workers.departures", .workers, label: "Staff departures", definition: "in the window, paid roles")
  public static let workersHires = Metric(
    "workers.hires", .workers, label: "Staff hired", definition: "in the window, paid roles")
  public static let workersFrozenPostDays = Metric(
    "workers.frozen_post_days", .postDays, label: "Posts left vacant by a hiring freeze", direction: .lower,
    definition: "days a paid post stayed vacant because its community was in shortfall, summed over posts, in the "
      + "window")
}

extension MetricFamily {
  public static let onRollByRole = MetricFamily(
    "workers.on_roll.", .roles, unit: .workers, label: "Staff on roll",
    definition: "time average over the window, volunteers included")
  public static let turnoverRateByRole = MetricFamily(
    "workers.turnover_rate.", .roles, unit: .perYear, label: "Staff turnover", direction: .lower,
    definition: "departures ÷ mean staff on roll ÷ years, per role")

  // MARK: Facilities, summed over communities

  public static let facilityUtilization = MetricFamily(
    "utilization.facility.", .facilities, unit: .shareOfOpenPlaceHours, label: "Facility utilization",
    definition: "∫ occupied places ÷ ∫ places while open, all communities")
  public static let facilityTurnedAwayShare = MetricFamily(
    "facility.", .facilities, ".turned_away_share", unit: .share, label: "Visitors turned away", direction: .lower,
    definition: "(turned away + gave up) ÷ arrivals in the window")
  public static let facilityVisits = MetricFamily(
    "facility.", .facilities, ".visits", unit: .visits, label: "Facility visits", definition: "arrivals in the window")
  public static let facilityPlaces = MetricFamily(
    "facility.", .facilities, ".places", unit: .placesAtEnd, label: "Facility places",
    definition: "places at the end, all communities")
}
