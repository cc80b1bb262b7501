import CommunityModel
import TwinExperiments

extension ReportBuilder {
  /// The key metrics (``MetricCatalog/keyMetrics`` that the output has): a table of means and CIs per
  /// scenario, a bar chart per metric, and for a comparison the paired differences.
  func keyMetricsSection() -> ReportSection {
    let keys = MetricCatalog.keyMetrics.filter { key in input.scenarios.contains { $0.metric(key.id) != nil } }
    guard !keys.isEmpty else {
      return ReportSection(
        id: "key-metrics", title: "Key metrics", blocks: [.note("The output has none of the key metrics.")])
    }
    let header = ["Metric", "Unit"] + input.scenarios.map(\.name)
    let rows = keys.map { key in
      let display = display(key.id)
      return [display.label, display.unit] + input.scenarios.map { meanWithInterval($0.metric(key.id), display) }
    }
    var blocks: [ReportBlock] = [
      .table(ReportTable(caption: "Key metrics: mean (95% CI)", header: header, rows: rows, textColumns: [0, 1]))
    ]
    if input.scenarios.count > 1 {
      for key in keys {
        let display = display(key.id)
        guard input.scenarios.contains(where: { $0.metric(key.id)?.mean != nil }) else {
          blocks.append(.note("\(display.label): nothing to measure in any scenario (no chart)."))
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
          colorsByCategory: input.scenarios.indices.map(color))
        blocks.append(.figure(svg: chart.svg(), caption: "\(display.label) by scenario: mean with 95% CI whiskers."))
      }
      blocks += differenceBlocks(keys)
    } else {
      blocks.append(.note("One scenario: the table above holds every key metric; bar charts compare scenarios."))
    }
    return ReportSection(id: "key-metrics", title: "Key metrics", blocks: blocks)
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
      title: "Paired differences from \(base.name)", categories: shown.map { display($0.id).label },
      series: others.enumerated().map { ($1.name, color($0 + 1)) }, bars: bars,
      axisLabel: "Difference from \(base.name)", axisUnit: "% of \(base.name)'s mean")
    let rows = keys.map { key in
      let display = display(key.id)
      return [display.label, display.differenceUnit]
        + others.map { scenario in
          guard let d = difference(key.id, scenario.name), d.meanDifference != nil else { return "–" }
          let texts = display.signedDifference(mean: d.meanDifference, low: d.ci95Low, high: d.ci95High)
          let interval = d.ci95Low != nil && d.ci95High != nil ? " (\(texts.low) to \(texts.high))" : ""
          return texts.mean + interval + (d.isSignificant ? " ✓" : "")
        }
    }
    return [
      .figure(
        svg: chart.svg(),
        caption: "Each scenario minus \(base.name), replication by replication (common random numbers), as a share of "
          + "\(base.name)'s mean, with the 95% CI of the paired difference. Pale bars: the interval includes 0, so no clear difference."
      ),
      .table(
        ReportTable(
          caption: "Paired differences from \(base.name): mean (95% CI); ✓ = the interval excludes 0",
          header: ["Metric", "Unit"] + others.map { "\($0.name) − \(base.name)" }, rows: rows, textColumns: [0, 1])),
    ]
  }

  /// The paired difference of `metric` for `scenario`, if the comparison has it.
  func difference(_ metric: String, _ scenario: String) -> PairedDifference? {
    input.differences.first { $0.metric == metric && $0.scenario == scenario }
  }
}
