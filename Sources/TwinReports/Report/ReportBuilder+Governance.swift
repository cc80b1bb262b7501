import CommunityModel

extension ReportBuilder {
  /// The governance index per scenario and its six indicators' attainment of their thresholds.
  func governanceSection() -> ReportSection {
    let title = "Governance"
    var blocks: [ReportBlock] = []
    let indexId = Metric.governanceIndex.id
    let index = display(indexId)
    if input.scenarios.contains(where: { $0.metric(indexId) != nil }) {
      let bars = input.scenarios.map { scenario -> [BarChart.Bar?] in
        guard let m = scenario.metric(indexId), let mean = m.mean else { return [nil] }
        return [BarChart.Bar(value: mean, low: m.ci95Low, high: m.ci95High)]
      }
      let chart = BarChart(
        title: "Governance index", categories: input.scenarios.map(\.name), series: [("Governance index", color(0))],
        bars: bars,
        axisLabel: "Governance index", axisUnit: index.unit,
        referenceLines: [BarChart.ReferenceLine(value: 100, label: "every threshold met")],
        colorsByCategory: input.scenarios.indices.map(color))
      blocks.append(
        .figure(
          svg: chart.svg(),
          caption: "The index is the mean attainment of the six indicators × 100: mean with 95% CI whiskers."))
    } else {
      blocks.append(.note("The output has no \(indexId) metric."))
    }
    let indicators = GovernanceIndicator.all.compactMap { indicator -> (name: String, part: String)? in
      let name = indicator.attainmentMetric.id
      return input.scenarios.contains { $0.metric(name) != nil } ? (name, indicator.label) : nil
    }
    guard !indicators.isEmpty else {
      blocks.append(.note("The output has no \(MetricFamily.governanceAttainment.wildcard) metrics."))
      return ReportSection(id: "governance", title: title, blocks: blocks)
    }
    var chart = groupedChart(
      title: "Governance indicators: attainment of their thresholds", metrics: indicators, axisLabel: "Attainment")
    chart.referenceLines = [BarChart.ReferenceLine(value: 100, label: "threshold met")]
    blocks.append(
      .figure(
        svg: chart.svg(),
        caption:
          "Each indicator's attainment of its threshold (value ÷ threshold, or threshold ÷ value for response time; capped at 100%): mean with 95% CI whiskers."
      ))
    blocks.append(valueTable())
    return ReportSection(id: "governance", title: title, blocks: blocks)
  }

  /// The indicators' measured values against their thresholds, or a note when the output
  /// predates the indicators' values (``MetricFamily/governanceValue``).
  private func valueTable() -> ReportBlock {
    let present = GovernanceIndicator.all.filter { indicator in
      input.scenarios.contains { $0.metric(indicator.valueMetric.id) != nil }
    }
    guard !present.isEmpty else {
      return .note(
        "The output has no \(MetricFamily.governanceValue.wildcard) metrics: indicator values against thresholds "
          + "are not shown.")
    }
    let rows = present.map { indicator in
      let display = display(indicator.valueMetric.id)
      // No-break spaces: "≤ 5.00 days" stays on one line.
      let threshold = ((indicator.higherIsBetter ? "≥ " : "≤ ") + display.withUnit(display.number(indicator.threshold)))
        .replacing(" ", with: "\u{00A0}")
      return [indicator.label, display.unit, threshold]
        + input.scenarios.map { meanWithInterval($0.metric(indicator.valueMetric.id), display) }
    }
    return .table(
      ReportTable(
        caption: "Governance indicators: value, mean (95% CI), against the threshold",
        header: ["Indicator", "Unit", "Threshold"] + input.scenarios.map(\.name), rows: rows, textColumns: [0, 1, 2]))
  }
}
