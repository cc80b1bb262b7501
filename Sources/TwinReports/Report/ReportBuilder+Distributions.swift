import FileFormats
import ScenarioFiles

extension ReportBuilder {
  /// The 48-hour and 5-day marks [days].
  static let responseMarks = responseMarks(.en)

  /// The 48-hour and 5-day marks [days], labelled in `language`.
  static func responseMarks(_ language: ReportLanguage) -> [BarChart.ReferenceLine] {
    [
      BarChart.ReferenceLine(value: 2, label: language.words("48 hours", "48小时")),
      BarChart.ReferenceLine(value: 5, label: language.words("5 days", "5天")),
    ]
  }

  /// Response-time distributions by tier: each bin's share of the tier's resolved requests,
  /// with the 48-hour and 5-day lines, and a table of the shares within them.
  func distributionSection() -> ReportSection {
    let title = words("Response-time distributions", "响应时间分布")
    guard let distributions = input.distributions else {
      return ReportSection(
        id: "distributions", title: title,
        blocks: [
          .note(
            words(
              "No distributions.csv in this folder (older outputs of run and compare do not have it).",
              "此文件夹中没有 distributions.csv（较早版本的 run 和 compare 输出不含此文件）。"))
        ])
    }
    let marks = Self.responseMarks(language)
    var blocks: [ReportBlock] = []
    var rows: [[String]] = []
    for tier in distributions.tiers {
      let shares = input.scenarios.map { distributions.shares(scenario: $0.name, tier: tier) }
      let chart = BinnedChart(
        title: words("Response time, \(tier) requests", "响应时间：\(tierLabel(tier))类诉求"), edges: distributions.edges,
        series: scenarioSeries, values: shares, xLabel: words("Response time", "响应时间"), xUnit: words("days", "天"),
        yLabel: words("Share of resolved requests", "占已办结诉求的比例"), yUnit: "%", markers: marks, language: language)
      blocks.append(
        .figure(
          svg: chart.svg(),
          caption: words(
            "Resolved \(tier) requests per response-time bin (bins drawn equally wide), as a share of the tier's requests, mean over replications.",
            "各响应时间区间内已办结的\(tierLabel(tier))类诉求（各区间画成等宽），占该类诉求的比例，为各次重复的均值。")
        ))
      for (i, scenario) in input.scenarios.enumerated() {
        let within = marks.map { mark -> String in
          let bins = distributions.edges.dropFirst().prefix { $0 <= mark.value }.count
          let share = shares[i].prefix(bins).reduce(0, +)
          return share.isFinite ? number(share, decimals: 1) + "%" : "–"
        }
        let total = distributions.total(scenario: scenario.name, tier: tier)
        rows.append([tierLabel(tier), scenario.name, number(total, decimals: 0)] + within)
      }
    }
    blocks.append(
      .table(
        ReportTable(
          caption: words(
            "Share of resolved requests within 48 hours and within 5 days (mean over replications)",
            "48小时内和5天内办结的诉求占比（各次重复的均值）"),
          header: language == .zh
            ? ["类别", "情景", "已办结（全部重复合计）", "48小时内", "5天内"]
            : ["Tier", "Scenario", "Resolved (all replications)", "Within 48 hours", "Within 5 days"],
          rows: rows, textColumns: [0, 1])))
    return ReportSection(id: "distributions", title: title, blocks: blocks)
  }

  /// A request tier's name in the report's language: `urgent`, 紧急.
  func tierLabel(_ tier: String) -> String { memberLabel(tier) }

  /// The name of a fixed member of a metric family (a request tier, a funding source, a use
  /// of money) in the report's language: the key itself in English, its Chinese name where it
  /// has one. Members a scenario names (facilities, cohorts, communities) keep their ids.
  func memberLabel(_ key: String) -> String {
    guard language == .zh else { return key }
    let chinese = [
      "urgent": "紧急", "improvement": "改善", "innovation": "创新", "government": "政府", "donations": "捐赠",
      "self_raised": "自筹", "social_capital": "社会资本", "crowdfunding": "众筹", "foundation": "基金会",
      "salaries": "工资", "facility_operation": "设施运营", "projects": "项目", "services": "服务",
    ]
    return chinese[key] ?? key
  }
}
