import CommunityModel
import FileFormats
import ScenarioFiles

extension ReportBuilder {
  /// Facility utilization and turned-away share per facility, and the split of worker time.
  func resourcesSection() -> ReportSection {
    var blocks: [ReportBlock] = []
    let (utilizationFamily, turnedAwayFamily) = (MetricFamily.facilityUtilization, MetricFamily.facilityTurnedAwayShare)
    let utilization = metricNames(of: utilizationFamily)
    let turnedAway = metricNames(of: turnedAwayFamily)
    if utilization.isEmpty && turnedAway.isEmpty {
      blocks.append(
        .note(
          words(
            "The output has no facility metrics (\(utilizationFamily.wildcard), \(turnedAwayFamily.wildcard)).",
            "输出中没有设施指标（\(utilizationFamily.wildcard)、\(turnedAwayFamily.wildcard)）。")))
    }
    for (metrics, title, axis) in [
      (utilization, words("Facility utilization", "设施利用率"), words("Utilization", "利用率")),
      (turnedAway, words("Shortage: visitors turned away", "供给不足：被拒访客"), words("Turned away", "被拒")),
    ] where !metrics.isEmpty {
      let chart = groupedChart(title: title, metrics: metrics, axisLabel: axis)
      blocks.append(
        .figure(
          svg: chart.svg(),
          caption: words(
            "\(title) per facility and scenario: mean with 95% CI whiskers.", "各设施、各情景的\(title)：均值及95%置信区间误差线。")))
    }
    if !utilization.isEmpty || !turnedAway.isEmpty {
      let facilities = Array(Set(utilization.map(\.part) + turnedAway.map(\.part))).sorted()
      let rows = facilities.flatMap { facility in
        input.scenarios.map { scenario in
          [facility, scenario.name]
            + [utilizationFamily[facility].id, turnedAwayFamily[facility].id].map {
              meanWithInterval(scenario.metric($0), display($0))
            }
        }
      }
      blocks.append(
        .table(
          ReportTable(
            caption: words("Facilities: mean (95% CI)", "设施：均值（95%置信区间）"),
            header: language == .zh
              ? ["设施", "情景", "利用率（%）", "被拒访客（%）"] : ["Facility", "Scenario", "Utilization (%)", "Turned away (%)"],
            rows: rows, textColumns: [0, 1])))
    }
    blocks += workerTimeBlocks()
    return ReportSection(id: "resources", title: words("Facilities and staff time", "设施与人员工时"), blocks: blocks)
  }

  /// Bars per `metrics` entry (category = its part of the name) and scenario (series).
  func groupedChart(title: String, metrics: [(name: String, part: String)], axisLabel: String) -> BarChart {
    let first = display(metrics[0].name)
    let bars = metrics.map { metric in
      input.scenarios.map { scenario -> BarChart.Bar? in
        let display = display(metric.name)
        guard let summary = scenario.metric(metric.name), let mean = summary.mean else { return nil }
        return BarChart.Bar(
          value: mean * display.scale, low: summary.ci95Low.map { $0 * display.scale },
          high: summary.ci95High.map { $0 * display.scale })
      }
    }
    return BarChart(
      title: title, categories: metrics.map(\.part), series: scenarioSeries, bars: bars, axisLabel: axisLabel,
      axisUnit: first.unit, language: language)
  }

  /// Worker hours: service, admin, idle, stacked per scenario.
  private func workerTimeBlocks() -> [ReportBlock] {
    let parts = [
      (Metric.workersServiceHours.id, words("Service", "服务")), (Metric.workersAdminHours.id, words("Admin", "行政")),
      (Metric.workersIdleHours.id, words("Idle", "空闲")),
    ]
    guard input.scenarios.contains(where: { s in parts.contains { s.metric($0.0) != nil } }) else {
      return [
        .note(
          words(
            "The output has no worker-time metrics (\(parts.map(\.0).joined(separator: ", "))).",
            "输出中没有人员工时指标（\(parts.map(\.0).joined(separator: "、"))）。"))
      ]
    }
    let values = input.scenarios.map { scenario in parts.map { scenario.mean($0.0) } }
    let chart = StackedBarChart(
      title: words("Staff time: service, admin and idle", "人员工时：服务、行政与空闲"), categories: input.scenarios.map(\.name),
      parts: parts.enumerated().map { ($1.1, Palette.color(at: [4, 0, 6][$0])) }, values: values,
      axisLabel: words("Paid staff time over the observed days", "观测期内的带薪工时"), axisUnit: words("hours", "小时"),
      language: language)
    let rows = input.scenarios.map { scenario in
      let paid = parts.map { scenario.mean($0.0) }.filter(\.isFinite).reduce(0, +)
      return [scenario.name]
        + parts.map { part in
          let hours = scenario.mean(part.0)
          guard hours.isFinite else { return "–" }
          return number(hours, decimals: 0) + (paid > 0 ? " (\(number(hours / paid * 100, decimals: 1))%)" : "")
        }
    }
    return [
      .figure(
        svg: chart.svg(),
        caption: words(
          "Staff hours by use, mean over replications; the total is the paid time.", "按用途划分的人员工时，各次重复的均值；合计为带薪工时。")),
      .table(
        ReportTable(
          caption: words("Staff hours (share of the three)", "人员工时（占三者合计的比例）"),
          header: [words("Scenario", "情景")] + parts.map(\.1), rows: rows)),
    ]
  }

  /// Money by funding source and by use, stacked per scenario.
  func moneySection() -> ReportSection {
    var blocks: [ReportBlock] = []
    for (family, title, what, column) in [
      (MetricFamily.receivedBySource, words("Money by source", "资金来源"), words("source", "来源"), words("Source", "来源")),
      (.spentByUse, words("Money by use", "资金用途"), words("use", "用途"), words("Use", "用途")),
    ] {
      let metrics = metricNames(of: family)
      guard !metrics.isEmpty else {
        blocks.append(
          .note(
            words(
              "\(title): the output has no \(family.wildcard) metrics.", "\(title)：输出中没有 \(family.wildcard) 指标。")))
        continue
      }
      let values = input.scenarios.map { scenario in metrics.map { scenario.mean($0.name) } }
      let chart = StackedBarChart(
        title: title, categories: input.scenarios.map(\.name),
        parts: metrics.enumerated().map { (memberLabel($1.part), Palette.color(at: $0)) }, values: values,
        axisLabel: words("Money over the observed days", "观测期内的资金"), axisUnit: words("CNY", "元"), language: language)
      blocks.append(
        .figure(
          svg: chart.svg(),
          caption: words(
            "\(title) (CNY), mean over replications, stacked by \(what).", "\(title)（元），各次重复的均值，按\(what)堆叠。")))
      let rows = metrics.map { metric in
        [memberLabel(metric.part)]
          + input.scenarios.map { meanWithInterval($0.metric(metric.name), display(metric.name)) }
      }
      blocks.append(
        .table(
          ReportTable(
            caption: words("\(title) (CNY): mean (95% CI)", "\(title)（元）：均值（95%置信区间）"),
            header: [column] + input.scenarios.map(\.name), rows: rows)))
    }
    return ReportSection(id: "money", title: words("Money", "资金"), blocks: blocks)
  }
}
