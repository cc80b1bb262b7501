import CommunityModel

extension ReportBuilder {
  /// A daily series the report charts: its catalog entry (chart title = label, value axis in
  /// its display unit and scale) and the value axis title.
  struct DailySeriesSpec {
    var series: Metric
    /// Value axis title (without the unit), in English and in Chinese.
    var axisLabel: String
    var chineseAxisLabel: String
  }

  /// Backlog, satisfaction, response time and utilization, in this order.
  static let dailySeries = [
    DailySeriesSpec(series: .dailyOpenRequests, axisLabel: "Open requests", chineseAxisLabel: "未办结诉求"),
    DailySeriesSpec(series: .dailySatisfactionIndex, axisLabel: "Satisfaction index", chineseAxisLabel: "满意度指数"),
    DailySeriesSpec(series: .dailyResponseMeanDays, axisLabel: "Mean response time", chineseAxisLabel: "平均响应时间"),
    DailySeriesSpec(series: .dailyStaffBusyShare, axisLabel: "Busy", chineseAxisLabel: "忙碌"),
  ]

  /// The daily time series after the warm-up: per scenario the mean across replications with
  /// a 95 % CI band.
  func dailySection() -> ReportSection {
    let title = words("Daily time series", "逐日时间序列")
    guard let daily = input.daily else {
      return ReportSection(
        id: "daily", title: title,
        blocks: [.note(words("No timeseries.csv in this folder.", "此文件夹中没有 timeseries.csv。"))])
    }
    var blocks: [ReportBlock] = []
    for spec in Self.dailySeries {
      let metric = spec.series
      let metricLabel = label(metric.label, chinese: metric.chineseLabel)
      guard daily.has(metric.id) else {
        blocks.append(
          .note(
            words(
              "\(metric.label): the series \(metric.id) is not in timeseries.csv.",
              "\(metricLabel)：timeseries.csv 中没有序列 \(metric.id)。")))
        continue
      }
      let series = input.scenarios.enumerated().map { i, scenario in
        LineChart.Series(
          name: scenario.name, color: color(i),
          points: daily.band(
            scenario: scenario.name, metric: metric.id, scale: metric.displayScale, range: metric.unit.range))
      }
      let chart = LineChart(
        title: metricLabel, xLabel: words("Day after the warm-up", "预热后天数"), xUnit: "",
        yLabel: words(spec.axisLabel, spec.chineseAxisLabel), yUnit: language.unit(metric.displayUnit), series: series,
        language: language)
      blocks.append(
        .figure(
          svg: chart.svg(),
          caption: words(
            "\(metric.label) (\(metric.id)), day by day after the warm-up: mean across replications with its 95% CI band; gaps are days with nothing to measure.",
            "\(metricLabel)（\(metric.id)），预热后逐日：各次重复的均值及其95%置信带；空缺处为当日无可测量的数据。")
        ))
    }
    return ReportSection(id: "daily", title: title, blocks: blocks)
  }
}
