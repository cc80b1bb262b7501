import CommunityModel

/// The daily rows of a stretch of days summarized as the workshop shows them: satisfaction and
/// money at the stretch's end, mean response weighted by the requests resolved each day, mean
/// busy share. One definition for the weekly points and the debrief's outcomes.
struct DailyRows {
  /// Columns of ``MetricCatalog/dailySeries`` this reads.
  private let open, satisfaction, resolved, response, money, busy: Int
  private let rows: ArraySlice<[Double]>

  /// Rows of run days `days` (days from the start of the warm-up; row d is the day ending at
  /// midnight d + 1).
  /// - Precondition: the rows cover `days`, which is not empty.
  init(_ series: DailySeries, days: Range<Int>) {
    precondition(!days.isEmpty && days.upperBound <= series.values.count, "rows \(days) not recorded")
    func column(_ metric: Metric) -> Int {
      guard let index = series.names.firstIndex(of: metric.id) else { preconditionFailure("no daily \(metric.id)") }
      return index
    }
    open = column(.dailyOpenRequests)
    satisfaction = column(.dailySatisfactionIndex)
    resolved = column(.dailyRequestsResolved)
    response = column(.dailyResponseMeanDays)
    money = column(.dailyMoneyHeld)
    busy = column(.dailyStaffBusyShare)
    rows = series.values[days]
  }

  /// The week point of these rows, ending on game day `day`. O(rows).
  func point(endingOnGameDay day: Int) -> WeekPoint {
    let last = rows[rows.endIndex - 1]
    return WeekPoint(
      day: day, satisfaction: last[satisfaction], responseDays: meanResponseDays, utilization: meanBusyShare,
      moneyHeldCNY: last[money], openRequests: last[open])
  }

  /// Mean response time of every request resolved in these days [days]; `nil` if none was.
  var meanResponseDays: Double? {
    var sum = 0.0
    var count = 0.0
    for row in rows where row[resolved] > 0 {
      sum += row[response] * row[resolved]
      count += row[resolved]
    }
    return count > 0 ? sum / count : nil
  }

  /// Mean of the days' busy shares (days with working time only) [0–1]; `nil` if none had.
  var meanBusyShare: Double? {
    let shares = rows.map { $0[busy] }.filter(\.isFinite)
    return shares.isEmpty ? nil : shares.reduce(0, +) / Double(shares.count)
  }

  /// Satisfaction index at the end [0–100].
  var finalSatisfaction: Double { rows[rows.endIndex - 1][satisfaction] }
  /// Money held at the end [CNY].
  var finalMoneyHeldCNY: Double { rows[rows.endIndex - 1][money] }
}
