import FileFormats
import ScenarioFiles

extension ReportBuilder {
  /// `compare --uncertain`: one stacked bar per key metric, each scenario's share of the
  /// worlds where it is best, and a table of the regrets.
  func robustnessSection() -> ReportSection {
    guard let u = input.uncertain, !u.metrics.isEmpty else {
      return ReportSection(
        id: "robustness", title: words("Across plausible worlds", "各种可能情形下"),
        blocks: [.note(words("The output records no metric.", "输出中没有记录任何指标。"))])
    }
    let chart = StackedBarChart(
      title: words(
        "Share of the \(u.worlds) plausible worlds in which each scenario is best", "在\(u.worlds)种可能情形中各情景最优的占比"),
      categories: u.metrics.map(\.label), parts: u.scenarios.enumerated().map { ($1, color($0)) },
      values: u.metrics.map { metric in metric.bestShare.map { 100 * $0 } }, axisLabel: words("worlds", "情形"),
      axisUnit: "%", language: language)
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
      caption: words(
        "Regret: how much worse than each world's best a scenario is, in the metric's unit (0 when best)",
        "遗憾值：情景比各情形下最优方案差多少，以指标自身单位计（最优时为0）"),
      header: language == .zh
        ? ["指标", "情景", "最优占比", "遗憾值中位数", "遗憾值第90百分位数"]
        : ["Metric", "Scenario", "Best in", "Median regret", "90th percentile regret"], rows: rows,
      textColumns: [0, 1])
    return ReportSection(
      id: "robustness", title: words("Across plausible worlds", "各种可能情形下"),
      blocks: [
        .paragraph(
          words(
            "Each world is the comparison under one plausible parameter set (a row of the set given to --uncertain, "
              + "such as calibrate's accepted.csv), every world with the same random numbers.",
            "每种情形是在一组可能参数下的对比（--uncertain 所给参数集中的一行，例如 calibrate 的 accepted.csv），"
              + "各情形使用相同的随机数。")),
        .figure(
          svg: chart.svg(),
          caption: words(
            "Bars add up to 100 %; scenarios tied for best share the world.", "各条合计为100%；并列最优的情景平分该情形。")),
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
