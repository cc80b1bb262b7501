import FileFormats

extension ReportBuilder {
  /// `compare --uncertain`: one stacked bar per key metric, each scenario's share of the
  /// worlds where it is best, and a table of the regrets.
  func robustnessSection() -> ReportSection {
    guard let u = input.uncertain, !u.metrics.isEmpty else {
      return ReportSection(
        id: "robustness", title: "Across plausible worlds", blocks: [.note("The output records no metric.")])
    }
    let chart = StackedBarChart(
      title: "Share of the \(u.worlds) plausible worlds in which each scenario is best",
      categories: u.metrics.map(\.label), parts: u.scenarios.enumerated().map { ($1, color($0)) },
      values: u.metrics.map { metric in metric.bestShare.map { 100 * $0 } }, axisLabel: "worlds",
      axisUnit: "%")
    var rows: [[String]] = []
    for metric in u.metrics {
      for (s, name) in u.scenarios.enumerated() {
        rows.append([
          metric.label, name, Self.percent(metric.bestShare[s]), Self.number(metric.medianRegret[s]),
          Self.number(metric.p90Regret[s]),
        ])
      }
    }
    let table = ReportTable(
      caption: "Regret: how much worse than each world's best a scenario is, in the metric's unit (0 when best)",
      header: ["Metric", "Scenario", "Best in", "Median regret", "90th percentile regret"], rows: rows,
      textColumns: [0, 1])
    return ReportSection(
      id: "robustness", title: "Across plausible worlds",
      blocks: [
        .paragraph(
          "Each world is the comparison under one plausible parameter set (a row of the set given to --uncertain, "
            + "such as calibrate's accepted.csv), every world with the same random numbers."),
        .figure(svg: chart.svg(), caption: "Bars add up to 100 %; scenarios tied for best share the world."),
        .table(table),
      ])
  }

  /// `0.67` as "67 %", a share not measured (NaN) as "–".
  private static func percent(_ share: Double) -> String {
    guard share.isFinite else { return "–" }
    return "\(Int((100 * share).rounded())) %"
  }

  /// A regret, or "–" when not measured (NaN).
  private static func number(_ value: Double) -> String {
    guard value.isFinite else { return "–" }
    return NumberText.automatic(value)
  }
}
