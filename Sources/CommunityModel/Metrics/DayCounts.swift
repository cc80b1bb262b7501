/// What happened on the current day, for the daily time series (warm-up days included).
struct DayCounts: Codable {
  var arrived = 0
  var resolved = 0
  var responseDaysSum = 0.0
}
