import CommunityModel

extension ReportBuilder {
  /// The governance index per scenario and its six indicators' attainment of their thresholds.
  func governanceSection() -> ReportSection {
    let title = words("Governance", "治理")
    var blocks: [ReportBlock] = []
    let indexId = Metric.governanceIndex.id
    let index = display(indexId)
    if input.scenarios.contains(where: { $0.metric(indexId) != nil }) {
      let bars = input.scenarios.map { scenario -> [BarChart.Bar?] in
        guard let m = scenario.metric(indexId), let mean = m.mean else { return [nil] }
        return [BarChart.Bar(value: mean, low: m.ci95Low, high: m.ci95High)]
      }
      let chart = BarChart(
        title: index.label, categories: input.scenarios.map(\.name), series: [(index.label, color(0))],
        bars: bars,
        axisLabel: index.label, axisUnit: index.unit,
        referenceLines: [BarChart.ReferenceLine(value: 100, label: words("every threshold met", "全部达到阈值"))],
        colorsByCategory: input.scenarios.indices.map(color), language: language)
      blocks.append(
        .figure(
          svg: chart.svg(),
          caption: words(
            "The index is the mean attainment of the six indicators × 100: mean with 95% CI whiskers.",
            "治理指数为六项指标达标程度的均值 × 100：均值及95%置信区间误差线。")))
    } else {
      blocks.append(.note(words("The output has no \(indexId) metric.", "输出中没有 \(indexId) 指标。")))
    }
    let indicators = GovernanceIndicator.all.compactMap { indicator -> (name: String, part: String)? in
      let name = indicator.attainmentMetric.id
      return input.scenarios.contains { $0.metric(name) != nil }
        ? (name, label(indicator.label, chinese: indicator.chineseLabel)) : nil
    }
    guard !indicators.isEmpty else {
      blocks.append(
        .note(
          words(
            "The output has no \(MetricFamily.governanceAttainment.wildcard) metrics.",
            "输出中没有 \(MetricFamily.governanceAttainment.wildcard) 指标。")))
      return ReportSection(id: "governance", title: title, blocks: blocks)
    }
    var chart = groupedChart(
      title: words("Governance indicators: attainment of their thresholds", "治理指标：阈值达标程度"), metrics: indicators,
      axisLabel: words("Attainment", "达标程度"))
    chart.referenceLines = [BarChart.ReferenceLine(value: 100, label: words("threshold met", "达到阈值"))]
    blocks.append(
      .figure(
        svg: chart.svg(),
        caption: words(
          "Each indicator's attainment of its threshold (value ÷ threshold, or threshold ÷ value for response time; capped at 100%): mean with 95% CI whiskers.",
          "各指标的阈值达标程度（数值 ÷ 阈值；响应时间为阈值 ÷ 数值；上限100%）：均值及95%置信区间误差线。")
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
        words(
          "The output has no \(MetricFamily.governanceValue.wildcard) metrics: indicator values against thresholds "
            + "are not shown.",
          "输出中没有 \(MetricFamily.governanceValue.wildcard) 指标：不显示各指标数值与阈值的对照。"))
    }
    let rows = present.map { indicator in
      let display = display(indicator.valueMetric.id)
      // No-break spaces: "≤ 5.00 days" stays on one line.
      let threshold = ((indicator.higherIsBetter ? "≥ " : "≤ ") + display.withUnit(display.number(indicator.threshold)))
        .replacing(" ", with: "\u{00A0}")
      return [label(indicator.label, chinese: indicator.chineseLabel), display.unit, threshold]
        + input.scenarios.map { meanWithInterval($0.metric(indicator.valueMetric.id), display) }
    }
    return .table(
      ReportTable(
        caption: words(
          "Governance indicators: value, mean (95% CI), against the threshold", "治理指标：数值均值（95%置信区间）与阈值对照"),
        header: [words("Indicator", "指标"), words("Unit", "单位"), words("Threshold", "阈值")]
          + input.scenarios.map(\.name), rows: rows, textColumns: [0, 1, 2]))
  }
}
