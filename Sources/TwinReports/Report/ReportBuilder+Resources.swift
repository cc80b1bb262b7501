import CommunityModel
import FileFormats

extension ReportBuilder {
  /// Facility utilization and turned-away share per facility, and the split of worker time.
  func resourcesSection() -> ReportSection {
    var blocks: [ReportBlock] = []
    let (utilizationFamily, turnedAwayFamily) = (MetricFamily.facilityUtilization, MetricFamily.facilityTurnedAwayShare)
    let utilization = metricNames(of: utilizationFamily)
    let turnedAway = metricNames(of: turnedAwayFamily)
    if utilization.isEmpty && turnedAway.isEmpty {
      blocks.append(
        .note("The output has no facility metrics (\(utilizationFamily.wildcard), \(turnedAwayFamily.wildcard))."))
    }
    for (metrics, title, axis) in [
      (utilization, "Facility utilization", "Utilization"),
      (turnedAway, "Shortage: visitors turned away", "Turned away"),
    ] where !metrics.isEmpty {
      let chart = groupedChart(title: title, metrics: metrics, axisLabel: axis)
      blocks.append(
        .figure(svg: chart.svg(), caption: "\(title) per facility and scenario: mean with 95% CI whiskers."))
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
            caption: "Facilities: mean (95% CI)",
            header: ["Facility", "Scenario", "Utilization (%)", "Turned away (%)"],
            rows: rows, textColumns: [0, 1])))
    }
    blocks += workerTimeBlocks()
    return ReportSection(id: "resources", title: "Facilities and staff time", blocks: blocks)
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
      axisUnit: first.unit)
  }

  /// Worker hours: service, admin, idle, stacked per scenario.
  private func workerTimeBlocks() -> [ReportBlock] {
    let parts = [
      (Metric.workersServiceHours.id, "Service"), (Metric.workersAdminHours.id, "Admin"),
      (Metric.workersIdleHours.id, "Idle"),
    ]
    guard input.scenarios.contains(where: { s in parts.contains { s.metric($0.0) != nil } }) else {
      return [.note("The output has no worker-time metrics (\(parts.map(\.0).joined(separator: ", "))).")]
    }
    let values = input.scenarios.map { scenario in parts.map { scenario.mean($0.0) } }
    let chart = StackedBarChart(
      title: "Staff time: service, admin and idle", categories: input.scenarios.map(\.name),
      parts: parts.enumerated().map { ($1.1, Palette.color(at: [4, 0, 6][$0])) }, values: values,
      axisLabel: "Paid staff time over the observed days", axisUnit: "hours")
    let rows = input.scenarios.map { scenario in
      let paid = parts.map { scenario.mean($0.0) }.filter(\.isFinite).reduce(0, +)
      return [scenario.name]
        + parts.map { part in
          let hours = scenario.mean(part.0)
          guard hours.isFinite else { return "–" }
          return NumberText.fixed(hours, decimals: 0)
            + (paid > 0 ? " (\(NumberText.fixed(hours / paid * 100, decimals: 1))%)" : "")
        }
    }
    return [
      .figure(svg: chart.svg(), caption: "Staff hours by use, mean over replications; the total is the paid time."),
      .table(
        ReportTable(
          caption: "Staff hours (share of the three)", header: ["Scenario", "Service", "Admin", "Idle"], rows: rows)),
    ]
  }

  /// Money by funding source and by use, stacked per scenario.
  func moneySection() -> ReportSection {
    var blocks: [ReportBlock] = []
    for (family, title, what) in [
      (MetricFamily.receivedBySource, "Money by source", "source"), (.spentByUse, "Money by use", "use"),
    ] {
      let metrics = metricNames(of: family)
      guard !metrics.isEmpty else {
        blocks.append(.note("\(title): the output has no \(family.wildcard) metrics."))
        continue
      }
      let values = input.scenarios.map { scenario in metrics.map { scenario.mean($0.name) } }
      let chart = StackedBarChart(
        title: title, categories: input.scenarios.map(\.name),
        parts: metrics.enumerated().map { ($1.part, Palette.color(at: $0)) }, values: values,
        axisLabel: "Money over the observed days", axisUnit: "CNY")
      blocks.append(.figure(svg: chart.svg(), caption: "\(title) (CNY), mean over replications, stacked by \(what)."))
      let rows = metrics.map { metric in
        [metric.part] + input.scenarios.map { meanWithInterval($0.metric(metric.name), display(metric.name)) }
      }
      blocks.append(
        .table(
          ReportTable(
            caption: "\(title) (CNY): mean (95% CI)", header: [what.capitalized] + input.scenarios.map(\.name),
            rows: rows)))
    }
    return ReportSection(id: "money", title: "Money", blocks: blocks)
  }
}
