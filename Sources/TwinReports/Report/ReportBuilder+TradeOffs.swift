import CommunityModel
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
        TradeOffOption(label: "point \($0.point)", color: Palette.color(at: 4), metrics: $0.metrics)
      }
    }
    return input.scenarios.enumerated().map { TradeOffOption(label: $1.name, color: color($0), metrics: $1.metrics) }
  }

  /// Cost against satisfaction (maximise) and against mean response time (minimise), with the
  /// Pareto front of the means, and a table of the options.
  func tradeOffSection() -> ReportSection {
    let title = "Trade-offs: cost against outcomes"
    let options = tradeOffOptions
    guard options.count > 1 else {
      return ReportSection(
        id: "trade-offs", title: title, blocks: [.note("One scenario: a trade-off needs several options.")])
    }
    guard options.contains(where: { $0.summary(Self.costMetric)?.mean != nil }) else {
      return ReportSection(
        id: "trade-offs", title: title, blocks: [.note("The output has no \(Self.costMetric) metric.")])
    }
    var blocks: [ReportBlock] = []
    var columns: [(header: String, cells: [String])] = []
    let cost = display(Self.costMetric)
    columns.append(
      (cost.label + " (" + cost.unit + ")", options.map { meanWithInterval($0.summary(Self.costMetric), cost) }))
    for outcomeMetric in TradeOffMetrics.outcomes {
      let (metric, goal) = (outcomeMetric.id, TradeOffMetrics.goal(outcomeMetric))
      guard options.contains(where: { $0.summary(metric)?.mean != nil }) else {
        blocks.append(.note("The output has no \(metric) metric for a trade-off chart."))
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
        title: "Cost against \(outcome.lowercasedLabel)", xLabel: cost.label, xUnit: cost.unit, yLabel: outcome.label,
        yUnit: outcome.unit, options: chartOptions, front: front, goal: goal)
      blocks.append(
        .figure(
          svg: chart.svg(),
          caption: (crowded
            ? "Means (whiskers left out for legibility; the table has the 95% CIs)." : "Means with 95% CI whiskers.")
            + " The Pareto front (no option is cheaper and at least as good, or as cheap and better) is found from the means; where intervals overlap the ranking is uncertain."
        ))
      columns.append(
        (outcome.label + " (" + outcome.unit + ")", options.map { meanWithInterval($0.summary(metric), outcome) }))
      columns.append(
        ("On the front (\(outcome.lowercasedLabel))", options.indices.map { front.contains($0) ? "yes" : "no" }))
      blocks.append(
        .paragraph(
          "Pareto front, cost against \(outcome.lowercasedLabel): \(front.map { options[$0].label }.joined(separator: ", "))."
        ))
    }
    let rows = options.indices.map { i in [options[i].label] + columns.map { $0.cells[i] } }
    blocks.append(
      .table(ReportTable(caption: "Options: mean (95% CI)", header: ["Option"] + columns.map(\.header), rows: rows)))
    return ReportSection(id: "trade-offs", title: title, blocks: blocks)
  }
}
