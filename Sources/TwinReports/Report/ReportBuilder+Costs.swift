import CommunityModel
import FileFormats
import ScenarioFiles
import TwinExperiments
import TwinOutputs

extension ReportBuilder {
  /// "What each change costs" (compare only): per other scenario its added cost against the
  /// base (the cost metric's paired difference with its 95 % CI) and, per key metric with a
  /// better direction, the cost per unit of its change with Fieller's interval, or the
  /// verdict ("dominates", "dominated", not estimable), in plain words (``CostWording``).
  func costSection() -> ReportSection {
    let title = words("What each change costs", "各项变化的成本")
    guard let costMetric = input.costMetric, let base = input.base else {
      return ReportSection(
        id: "costs", title: title,
        blocks: [
          .note(
            words(
              "comparison.json predates cost-effectiveness: it has no cost_effectiveness section.",
              "comparison.json 早于成本效益分析：其中没有 cost_effectiveness 部分。"))
        ])
    }
    let others = input.scenarios.dropFirst().map(\.name)
    guard let unit = others.lazy.compactMap({ difference(costMetric, $0)?.unit }).first else {
      return ReportSection(
        id: "costs", title: title,
        blocks: [.note(words("The output has no paired difference in \(costMetric).", "输出中没有 \(costMetric) 的配对差值。"))])
    }
    let wording = CostWording(
      costUnit: unit, days: base.days, style: language.numberStyle, language: language)
    var rows = [
      [words("Added cost (\(costMetric))", "新增成本（\(costMetric)）")]
        + others.map { name in difference(costMetric, name).map(wording.addedCost) ?? "–" }
    ]
    for metric in CostEffectiveness.effectMetrics(costMetric: costMetric) {
      let cells = others.map { name in
        input.costEffectiveness.first { $0.metric == metric.id && $0.scenario == name }.map {
          wording.perUnit($0, metric: metric)
        }
      }
      guard cells.contains(where: { $0 != nil }) else { continue }
      rows.append([label(metric.label, chinese: metric.chineseLabel)] + cells.map { $0 ?? "–" })
    }
    let table = ReportTable(
      caption: words(
        "Each scenario against \(base.name): added cost (95% CI), and the cost per unit of each key metric's "
          + "change (95% CI by Fieller's method)",
        "各情景与\(base.name)相比：新增成本（95%置信区间），以及各关键指标每变化一个单位的成本（按 Fieller 方法计算的95%置信区间）"),
      header: [""] + others.map { "\($0) − \(base.name)" }, rows: rows, textColumns: Set(0...others.count))
    return ReportSection(
      id: "costs", title: title,
      blocks: [
        .paragraph(
          words(
            "The added cost is each scenario minus \(base.name) in \(costMetric), replication by replication (common "
              + "random numbers), over the \(base.days) observed days. The cost per unit divides it by the change in a "
              + "key metric, counted as a gain when the metric moves the better way, so a trade-off reads as what a "
              + "unit gained costs or what a unit given up saves.",
            "新增成本为各情景的 \(costMetric) 减去\(base.name)的值，逐次重复配对（共同随机数），覆盖观测期\(base.days)天。"
              + "单位成本为新增成本除以关键指标的变化量，指标朝更好的方向变化时计为收益；因此权衡可以理解为每获得一个单位"
              + "所需的成本，或每放弃一个单位所节省的成本。")),
        .table(table),
        .note(
          words(
            "Dominates: clearly better on the metric and not clearly dearer (the added cost's 95% CI reaches 0 or "
              + "below). Dominated: clearly worse and not clearly cheaper. The interval of a cost per unit is Fieller's "
              + "for a ratio of paired means; when the metric's change is not clear (its CI holds 0) the ratio could be "
              + "any size, and it is not estimable rather than a misleading number.",
            "占优：该指标明确更好且成本并不明确更高（新增成本的95%置信区间达到0或以下）。劣势：明确更差且并不明确更便宜。"
              + "单位成本的区间为配对均值之比的 Fieller 区间；当指标变化不明确（其置信区间包含0）时，比值可能为任意大小，"
              + "因此记为无法估计，而不给出误导性的数字。")),
      ])
  }
}
