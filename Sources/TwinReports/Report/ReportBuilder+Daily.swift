import CommunityModel

extension ReportBuilder {
  /// A daily series the report charts: its catalog entry (chart title = label, value axis in
  /// its display unit and scale) and the value axis title.
  struct DailySeriesSpec {
    var series: Metric
    /// Value axis title (without the unit).
    var axisLabel: String
  }

  /// Backlog, satisfaction, response time and utilization, in this order.
  static let dailySeries = [
    DailySeriesSpec(series: .dailyOpenRequests, axisLabel: "Open requests"),
    DailySeriesSpec(series: .dailySatisfactionIndex, axisLabel: "Satisfaction index"),
    DailySeriesSpec(series: .dailyResponseMeanDays, axisLabel: "Mean response time"),
    DailySeriesSpec(series: .dailyStaffBusyShare, axisLabel: "Busy"),
  ]

  /// The daily time series after the warm-up: per scenario the mean across replications with
  /// a 95 % CI band.
  func dailySection() -> ReportSection {
    guard let daily = input.daily else {
      return ReportSection(
        id: "daily", title: "Daily time series", blocks: [.note("No timeseries.csv in this folder.")])
    }
    var blocks: [ReportBlock] = []
    for spec in Self.dailySeries {
      let metric = spec.series
      guard daily.has(metric.id) else {
        blocks.append(.note("\(metric.label): the series \(metric.id) is not in timeseries.csv."))
        continue
      }
      let series = input.scenarios.enumerated().map { i, scenario in
        LineChart.Series(
          name: scenario.name, color: color(i),
          points: daily.band(scenario: scenario.name, metric: metric.id, scale: metric.displayScale))
      }
      let chart = LineChart(
        title: metric.label, xLabel: "Day after the warm-up", xUnit: "", yLabel: spec.axisLabel,
        yUnit: metric.displayUnit, series: series)
      blocks.append(
        .figure(
          svg: chart.svg(),
          caption:
            "\(metric.label) (\(metric.id)), day by day after the warm-up: mean across replications with its 95% CI band; gaps are days with nothing to measure."
        ))
    }
    return ReportSection(id: "daily", title: "Daily time series", blocks: blocks)
  }
}
