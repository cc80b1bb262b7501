extension ReportBuilder {
  /// A daily series the report charts: metric name, words, unit after scaling, scale.
  struct DailySeriesSpec {
    var metric: String
    /// Chart title.
    var label: String
    /// Value axis title (without the unit).
    var axisLabel: String
    var unit: String
    var scale: Double
  }

  /// Backlog, satisfaction, response time and utilization, in this order.
  static let dailySeries = [
    DailySeriesSpec(
      metric: "backlog.open_requests", label: "Open requests (backlog)", axisLabel: "Open requests", unit: "requests",
      scale: 1),
    DailySeriesSpec(
      metric: "satisfaction.index", label: "Satisfaction index", axisLabel: "Satisfaction index", unit: "0–100", scale: 1),
    DailySeriesSpec(
      metric: "response.all.mean_days", label: "Mean response time of the day's resolved requests",
      axisLabel: "Mean response time", unit: "days", scale: 1),
    DailySeriesSpec(
      metric: "workers.busy_share", label: "Staff utilization: share of paid working time busy", axisLabel: "Busy",
      unit: "% of paid time", scale: 100),
  ]

  /// The daily time series after the warm-up: per scenario the mean across replications with
  /// a 95 % CI band.
  func dailySection() -> ReportSection {
    guard let daily = input.daily else {
      return ReportSection(id: "daily", title: "Daily time series", blocks: [.note("No timeseries.csv in this folder.")])
    }
    var blocks: [ReportBlock] = []
    for spec in Self.dailySeries {
      guard daily.has(spec.metric) else {
        blocks.append(.note("\(spec.label): the series \(spec.metric) is not in timeseries.csv."))
        continue
      }
      let series = input.scenarios.enumerated().map { i, scenario in
        LineChart.Series(name: scenario.name, color: color(i), points: daily.band(scenario: scenario.name, metric: spec.metric, scale: spec.scale))
      }
      let chart = LineChart(
        title: spec.label, xLabel: "Day after the warm-up", xUnit: "", yLabel: spec.axisLabel, yUnit: spec.unit, series: series)
      blocks.append(
        .figure(
          svg: chart.svg(),
          caption: "\(spec.label) (\(spec.metric)), day by day after the warm-up: mean across replications with its 95% CI band; gaps are days with nothing to measure."
        ))
    }
    return ReportSection(id: "daily", title: "Daily time series", blocks: blocks)
  }
}
