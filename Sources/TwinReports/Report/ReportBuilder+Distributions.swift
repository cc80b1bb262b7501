import FileFormats

extension ReportBuilder {
  /// The 48-hour and 5-day marks [days].
  static let responseMarks = [
    BarChart.ReferenceLine(value: 2, label: "48 hours"), BarChart.ReferenceLine(value: 5, label: "5 days"),
  ]

  /// Response-time distributions by tier: each bin's share of the tier's resolved requests,
  /// with the 48-hour and 5-day lines, and a table of the shares within them.
  func distributionSection() -> ReportSection {
    let title = "Response-time distributions"
    guard let distributions = input.distributions else {
      return ReportSection(
        id: "distributions", title: title,
        blocks: [.note("No distributions.csv in this folder (older outputs of run and compare do not have it).")])
    }
    var blocks: [ReportBlock] = []
    var rows: [[String]] = []
    for tier in distributions.tiers {
      let shares = input.scenarios.map { distributions.shares(scenario: $0.name, tier: tier) }
      let chart = BinnedChart(
        title: "Response time, \(tier) requests", edges: distributions.edges, series: scenarioSeries, values: shares,
        xLabel: "Response time", xUnit: "days", yLabel: "Share of resolved requests", yUnit: "%",
        markers: Self.responseMarks)
      blocks.append(
        .figure(
          svg: chart.svg(),
          caption:
            "Resolved \(tier) requests per response-time bin (bins drawn equally wide), as a share of the tier's requests, mean over replications."
        ))
      for (i, scenario) in input.scenarios.enumerated() {
        let within = Self.responseMarks.map { mark -> String in
          let bins = distributions.edges.dropFirst().prefix { $0 <= mark.value }.count
          let share = shares[i].prefix(bins).reduce(0, +)
          return share.isFinite ? NumberText.fixed(share, decimals: 1) + "%" : "–"
        }
        let total = distributions.total(scenario: scenario.name, tier: tier)
        rows.append([tier, scenario.name, NumberText.fixed(total, decimals: 0)] + within)
      }
    }
    blocks.append(
      .table(
        ReportTable(
          caption: "Share of resolved requests within 48 hours and within 5 days (mean over replications)",
          header: ["Tier", "Scenario", "Resolved (all replications)", "Within 48 hours", "Within 5 days"], rows: rows,
          textColumns: [0, 1])))
    return ReportSection(id: "distributions", title: title, blocks: blocks)
  }
}
