import CommunityModel
import TwinExperiments

extension ReportBuilder {
  /// Communities side by side, for a district of two or more (`community.<community>.…`
  /// metrics): each community's governance index per scenario as a chart, and a table of its
  /// index, response time, satisfied share and government money, with each other scenario's
  /// paired change from the base and whether the policy helps the community (its index rises
  /// clearly), hurts it (falls clearly) or changes nothing that the replications can tell.
  /// `nil` without per-community metrics (a single community).
  func communitiesSection() -> ReportSection? {
    let indices = metricNames(of: MetricFamily.communityGovernanceIndex)
    guard !indices.isEmpty, let base = input.base else { return nil }
    let others = Array(input.scenarios.dropFirst())
    let bars = indices.map { community in
      input.scenarios.map { scenario -> BarChart.Bar? in
        guard let m = scenario.metric(community.name), let mean = m.mean else { return nil }
        return BarChart.Bar(value: mean, low: m.ci95Low, high: m.ci95High)
      }
    }
    let chart = BarChart(
      title: words("Governance index by community", "各社区治理指数"), categories: indices.map(\.part),
      series: scenarioSeries, bars: bars, axisLabel: words("Governance index", "治理指数"),
      axisUnit: display(indices[0].name).unit,
      colorsByCategory: input.scenarios.count == 1 ? indices.map { _ in color(0) } : nil, language: language)
    var blocks: [ReportBlock] = [
      .figure(
        svg: chart.svg(),
        caption: words(
          "Each community's governance index over the window (its six indicators counted for it alone): mean "
            + "with 95% CI whiskers.",
          "各社区在观测期内的治理指数（六项指标仅按该社区计算）：均值及95%置信区间误差线。"))
    ]
    let families: [MetricFamily] = [
      .communityGovernanceIndex, .communityResponseDays, .communitySatisfiedShare, .communityGovernmentCNY,
    ]
    let header =
      [words("Community", "社区")]
      + families.map {
        withUnitInHeader(
          label($0.label, chinese: $0.chineseLabel), display($0.metric(MetricMember(indices[0].part)).id).unit)
      }
      + others.flatMap {
        [
          words("\($0.name) − \(base.name): index", "\($0.name) − \(base.name)：治理指数"),
          words("government money (CNY)", "政府拨款（元）"), words("verdict", "结论"),
        ]
      }
    let rows = indices.map { community -> [String] in
      let key = community.part
      let levels = families.map { family in
        let id = family.metric(MetricMember(key)).id
        return displayedMean(base.metric(id), display(id))
      }
      let money = MetricFamily.communityGovernmentCNY.metric(MetricMember(key)).id
      let changes = others.flatMap { scenario -> [String] in
        guard let d = difference(community.name, scenario.name), d.meanDifference != nil else {
          return ["–", "–", "–"]
        }
        let texts = display(community.name).signedDifference(mean: d.meanDifference, low: d.ci95Low, high: d.ci95High)
        let moved = difference(money, scenario.name).map {
          display(money).signedDifference(mean: $0.meanDifference, low: $0.ci95Low, high: $0.ci95High).mean
        }
        let verdict =
          !d.isSignificant
          ? words("no clear change", "无明确变化")
          : (d.meanDifference ?? 0) > 0 ? words("helped", "受益") : words("hurt", "受损")
        return ["\(texts.mean) (\(texts.low)\(language.to)\(texts.high))", moved ?? "–", verdict]
      }
      return [key] + levels + changes
    }
    blocks.append(
      .table(
        ReportTable(
          caption: words(
            "Communities in \(base.name): mean over the replications; for each other scenario, the paired change "
              + "in the community's governance index (95% CI) and whether the policy helped it (the interval is above "
              + "0), hurt it (below 0) or made no clear change",
            "\(base.name)中的各社区：各次重复的均值；对其他每个情景，给出该社区治理指数的配对变化（95%置信区间），"
              + "以及政策使其受益（区间在0以上）、受损（区间在0以下）或无明确变化"),
          header: header, rows: rows, textColumns: Set([0] + others.indices.map { 7 + 3 * $0 }))))
    return ReportSection(id: "communities", title: words("Communities side by side", "各社区对比"), blocks: blocks)
  }

  /// A mean without its interval or unit (tables that would be too wide; the header has the
  /// unit), "–" if missing.
  private func displayedMean(_ summary: MetricSummary?, _ display: MetricDisplay) -> String {
    display.number(summary?.mean)
  }
}
