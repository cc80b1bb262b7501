/// Catalog entries: the daily series (`timeseries.csv`), one value per day from the first
/// warm-up day, recorded at midnight (``MetricCatalog/dailySeries`` lists them in column
/// order). Where a series has a metric's id it is that metric's entry, per day.
extension Metric {
  public static let dailyOpenRequests = Metric(
    "backlog.open_requests", .requests, label: "Open requests (backlog)", direction: .lower,
    definition: "captured requests not yet resolved or abandoned, at midnight")
  public static let dailySatisfactionIndex = satisfactionIndex.perDay(
    definition: "100 × mean satisfaction of all residents at midnight")
  public static let dailyNeedsArisen = requestsArrived.perDay(.needsPerDay, definition: "needs that arose that day")
  public static let dailyRequestsResolved = requestsResolved.perDay(
    .requestsPerDay, definition: "requests resolved that day")
  public static let dailyResponseMeanDays = responseMeanDays.perDay(
    label: "Mean response time of the day's resolved requests",
    definition: "report to resolution, mean over the requests resolved that day")
  public static let dailyCaseworkOnStaff = Metric(
    "workers.on_staff", .workers, label: "Casework staff on roll", definition: "at midnight")
  public static let dailyMoneyHeld = budgetHeld.perDay(
    definition: "balance of every fund at midnight, after the day's flows")
  public static let dailyProjectBacklog = Metric(
    "projects.backlog", .requests, label: "Requests waiting for a project", direction: .lower,
    definition: "at midnight")
  public static let dailyStaffBusyShare = Metric(
    "workers.busy_share", .share, label: "Staff utilization: share of paid working time busy",
    display: ("% of paid time", 100),
    definition: "casework staff's paid working time that day with a job in hand (service or administration); "
      + "undefined on days without working time")
}
