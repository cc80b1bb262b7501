import CommunityModel
import ScenarioFiles
import TwinExperiments

extension ReportBuilder {
  /// One option of a trade-off chart: a scenario or a sweep design point.
  struct TradeOffOption {
    var label: String
    var color: String
    var metrics: [MetricSummary]

    func summary(_ name: String) -> MetricSummary? { metrics.first { $0.name == name } }
  }

  static let costMetric = TradeOffMetrics.cost.id

  /// The options: scenarios, or the sweep's design points.
  var tradeOffOptions: [TradeOffOption] {
    if let sweep = input.sweep {
      return sweep.points.map {
        TradeOffOption(
          label: words("point \($0.point)", "设计点\($0.point)"), color: Palette.color(at: 4), metrics: $0.metrics)
      }
    }
    return input.scenarios.enumerated().map { TradeOffOption(label: $1.name, color: color($0), metrics: $1.metrics) }
  }

  /// Cost against satisfaction (maximise) and against mean response time (minimise), with the
  /// Pareto front of the means, and a table of the options.
  func tradeOffSection() -> ReportSection {
    let title = words("Trade-offs: cost against outcomes", "权衡：成本与成效")
    let options = tradeOffOptions
    guard options.count > 1 else {
      return ReportSection(
        id: "trade-offs", title: title,
        blocks: [.note(words("One scenario: a trade-off needs several options.", "只有一个情景：权衡分析需要多个方案。"))])
    }
    guard options.contains(where: { $0.summary(Self.costMetric)?.mean != nil }) else {
      return ReportSection(
        id: "trade-offs", title: title,
        blocks: [.note(words("The output has no \(Self.costMetric) metric.", "输出中没有 \(Self.costMetric) 指标。"))])
    }
    var blocks: [ReportBlock] = []
    var columns: [(header: String, cells: [String])] = []
    let cost = display(Self.costMetric)
    columns.append(
      (withUnitInHeader(cost.label, cost.unit), options.map { meanWithInterval($0.summary(Self.costMetric), cost) }))
    for outcomeMetric in TradeOffMetrics.outcomes {
      let (metric, goal) = (outcomeMetric.id, TradeOffMetrics.goal(outcomeMetric))
      guard options.contains(where: { $0.summary(metric)?.mean != nil }) else {
        blocks.append(
          .note(words("The output has no \(metric) metric for a trade-off chart.", "输出中没有用于权衡图的 \(metric) 指标。")))
        continue
      }
      let outcome = display(metric)
      let front = ParetoFront.indices(
        options.map { ($0.summary(Self.costMetric)?.mean ?? .nan, $0.summary(metric)?.mean ?? .nan) }, goal: goal)
      // Many sweep points: no whiskers, and labels on the front only.
      let crowded = input.kind == .sweep && options.count > 12
      let chartOptions = options.enumerated().map { i, option in
        let x = option.summary(Self.costMetric)
        let y = option.summary(metric)
        var point = ScatterChart.Option(
          label: option.label, color: option.color, x: x?.mean ?? .nan, y: (y?.mean ?? .nan) * outcome.scale,
          showsLabel: !crowded || front.contains(i))
        if !crowded {
          (point.xLow, point.xHigh) = (x?.ci95Low, x?.ci95High)
          (point.yLow, point.yHigh) = (y?.ci95Low.map { $0 * outcome.scale }, y?.ci95High.map { $0 * outcome.scale })
        }
        return point
      }
      let chart = ScatterChart(
        title: words("Cost against \(outcome.lowercasedLabel)", "成本与\(outcome.label)"), xLabel: cost.label,
        xUnit: cost.unit, yLabel: outcome.label, yUnit: outcome.unit, options: chartOptions, front: front, goal: goal,
        language: language)
      blocks.append(
        .figure(
          svg: chart.svg(),
          caption: language == .zh
            ? (crowded ? "均值（为清晰起见省略误差线；95%置信区间见表）。" : "均值及95%置信区间误差线。")
              + "帕累托前沿（没有其他方案更便宜且至少同样好，或同样便宜且更好）按均值确定；区间重叠之处排序并不确定。"
            : (crowded
              ? "Means (whiskers left out for legibility; the table has the 95% CIs)." : "Means with 95% CI whiskers.")
              + " The Pareto front (no option is cheaper and at least as good, or as cheap and better) is found from the means; where intervals overlap the ranking is uncertain."
        ))
      columns.append(
        (withUnitInHeader(outcome.label, outcome.unit), options.map { meanWithInterval($0.summary(metric), outcome) }))
      columns.append(
        (
          words("On the front (\(outcome.lowercasedLabel))", "位于前沿（\(outcome.label)）"),
          options.indices.map { front.contains($0) ? words("yes", "是") : words("no", "否") }
        ))
      let names = front.map { options[$0].label }
      blocks.append(
        .paragraph(
          words(
            "Pareto front, cost against \(outcome.lowercasedLabel): \(names.joined(separator: ", ")).",
            "成本与\(outcome.label)的帕累托前沿：\(names.joined(separator: "、"))。")
        ))
    }
    let rows = options.indices.map { i in [options[i].label] + columns.map { $0.cells[i] } }
    blocks.append(
      .table(
        ReportTable(
          caption: words("Options: mean (95% CI)", "方案：均值（95%置信区间）"),
          header: [words("Option", "方案")] + columns.map(\.header), rows: rows)))
    return ReportSection(id: "trade-offs", title: title, blocks: blocks)
  }

  /// A table header with its unit: "Money spent (CNY)", "资金支出（元）".
  func withUnitInHeader(_ label: String, _ unit: String) -> String {
    words(label + " (" + unit + ")", label + "（" + unit + "）")
  }
}
