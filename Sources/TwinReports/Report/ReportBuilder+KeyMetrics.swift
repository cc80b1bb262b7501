import CommunityModel
import TwinExperiments

extension ReportBuilder {
  /// The key metrics (``MetricCatalog/keyMetrics`` that the output has): a table of means and CIs per
  /// scenario, a bar chart per metric, and for a comparison the paired differences.
  func keyMetricsSection() -> ReportSection {
    let keys = MetricCatalog.keyMetrics.filter { key in input.scenarios.contains { $0.metric(key.id) != nil } }
    guard !keys.isEmpty else {
      return ReportSection(
        id: "key-metrics", title: words("Key metrics", "关键指标"),
        blocks: [.note(words("The output has none of the key metrics.", "输出中没有任何关键指标。"))])
    }
    let header = [words("Metric", "指标"), words("Unit", "单位")] + input.scenarios.map(\.name)
    let rows = keys.map { key in
      let display = display(key.id)
      return [display.label, display.unit] + input.scenarios.map { meanWithInterval($0.metric(key.id), display) }
    }
    var blocks: [ReportBlock] = [
      .table(
        ReportTable(
          caption: words("Key metrics: mean (95% CI)", "关键指标：均值（95%置信区间）"), header: header, rows: rows,
          textColumns: [0, 1]))
    ]
    if input.scenarios.count > 1 {
      for key in keys {
        let display = display(key.id)
        guard input.scenarios.contains(where: { $0.metric(key.id)?.mean != nil }) else {
          blocks.append(
            .note(
              words(
                "\(display.label): nothing to measure in any scenario (no chart).", "\(display.label)：各情景均无可测量的数据（无图表）。"
              )))
          continue
        }
        let bars = input.scenarios.map { scenario -> [BarChart.Bar?] in
          guard let metric = scenario.metric(key.id), let mean = metric.mean else { return [nil] }
          return [
            BarChart.Bar(
              value: mean * display.scale, low: metric.ci95Low.map { $0 * display.scale },
              high: metric.ci95High.map { $0 * display.scale })
          ]
        }
        let chart = BarChart(
          title: display.label, categories: input.scenarios.map(\.name), series: [(display.label, color(0))],
          bars: bars,
          axisLabel: display.label, axisUnit: display.unit,
          colorsByCategory: input.scenarios.indices.map(color), language: language)
        blocks.append(
          .figure(
            svg: chart.svg(),
            caption: words(
              "\(display.label) by scenario: mean with 95% CI whiskers.", "各情景的\(display.label)：均值及95%置信区间误差线。")))
      }
      blocks += differenceBlocks(keys)
    } else {
      blocks.append(
        .note(
          words(
            "One scenario: the table above holds every key metric; bar charts compare scenarios.",
            "只有一个情景：上表列出全部关键指标；条形图用于比较多个情景。")))
    }
    return ReportSection(id: "key-metrics", title: words("Key metrics", "关键指标"), blocks: blocks)
  }

  /// Paired differences of the key metrics against the base: relative changes with CIs in one
  /// chart (pale where the CI includes 0), then a table in the metrics' own units.
  private func differenceBlocks(_ keys: [Metric]) -> [ReportBlock] {
    guard let base = input.base, input.kind == .compare else { return [] }
    let others = Array(input.scenarios.dropFirst())
    let shown = keys.filter { key in abs(base.mean(key.id)) > 0 }
    let bars = shown.map { key in
      others.map { scenario -> BarChart.Bar? in
        guard let d = difference(key.id, scenario.name), let mean = d.meanDifference else { return nil }
        let reference = abs(base.mean(key.id))
        return BarChart.Bar(
          value: mean / reference * 100, low: d.ci95Low.map { $0 / reference * 100 },
          high: d.ci95High.map { $0 / reference * 100 }, isEmphasized: d.isSignificant)
      }
    }
    let chart = BarChart(
      title: words("Paired differences from \(base.name)", "与\(base.name)的配对差值"),
      categories: shown.map { display($0.id).label },
      series: others.enumerated().map { ($1.name, color($0 + 1)) }, bars: bars,
      axisLabel: words("Difference from \(base.name)", "与\(base.name)的差值"),
      axisUnit: words("% of \(base.name)'s mean", "占\(base.name)均值的%"), language: language)
    let rows = keys.map { key in
      let display = display(key.id)
      return [display.label, display.differenceUnit]
        + others.map { scenario in
          guard let d = difference(key.id, scenario.name), d.meanDifference != nil else { return "–" }
          let texts = display.signedDifference(mean: d.meanDifference, low: d.ci95Low, high: d.ci95High)
          let interval =
            d.ci95Low != nil && d.ci95High != nil ? " (\(texts.low)\(language.to)\(texts.high))" : ""
          return texts.mean + interval + (d.isSignificant ? " ✓" : "")
        }
    }
    return [
      .figure(
        svg: chart.svg(),
        caption: words(
          "Each scenario minus \(base.name), replication by replication (common random numbers), as a share of "
            + "\(base.name)'s mean, with the 95% CI of the paired difference. Pale bars: the interval includes 0, so no clear difference.",
          "各情景减\(base.name)，逐次重复配对（共同随机数），以占\(base.name)均值的百分比表示，并给出配对差值的95%置信区间。"
            + "浅色条：区间包含0，差异不明确。")
      ),
      .table(
        ReportTable(
          caption: words(
            "Paired differences from \(base.name): mean (95% CI); ✓ = the interval excludes 0",
            "与\(base.name)的配对差值：均值（95%置信区间）；✓ = 区间不包含0"),
          header: [words("Metric", "指标"), words("Unit", "单位")] + others.map { "\($0.name) − \(base.name)" },
          rows: rows, textColumns: [0, 1])),
    ]
  }

  /// The paired difference of `metric` for `scenario`, if the comparison has it.
  func difference(_ metric: String, _ scenario: String) -> PairedDifference? {
    input.differences.first { $0.metric == metric && $0.scenario == scenario }
  }
}
