/// What happened on the current day, for the daily time series (warm-up days included).
struct DayCounts {
  var arrived = 0
  var resolved = 0
  var responseDaysSum = 0.0

  /// Series names and units, in row order (see ``DistrictModel/recordDay(at:)``).
  static let names = [
    "backlog.open_requests", "satisfaction.index", "requests.arrived", "requests.resolved",
    "response.all.mean_days", "workers.on_staff", "budget.held_cny", "projects.backlog",
    "workers.busy_share",
  ]
  static let units = [
    "requests", "index 0–100", "needs per day", "requests per day", "days", "workers", "CNY", "requests", "share 0–1",
  ]
}
