import CommunityModel
import FileFormats
import TwinExperiments
import TwinOutputs

extension ReportBuilder {
  /// "What each change costs" (compare only): per other scenario its added cost against the
  /// base (the cost metric's paired difference with its 95 % CI) and, per key metric with a
  /// better direction, the cost per unit of its change with Fieller's interval, or the
  /// verdict ("dominates", "dominated", not estimable), in plain words (``CostWording``).
  func costSection() -> ReportSection {
    let title = "What each change costs"
    guard let costMetric = input.costMetric, let base = input.base else {
      return ReportSection(
        id: "costs", title: title,
        blocks: [.note("comparison.json predates cost-effectiveness: it has no cost_effectiveness section.")])
    }
    let others = input.scenarios.dropFirst().map(\.name)
    guard let unit = others.lazy.compactMap({ difference(costMetric, $0)?.unit }).first else {
      return ReportSection(
        id: "costs", title: title, blocks: [.note("The output has no paired difference in \(costMetric).")])
    }
    let wording = CostWording(costUnit: unit, days: base.days, style: .report)
    var rows = [
      ["Added cost (\(costMetric))"] + others.map { name in difference(costMetric, name).map(wording.addedCost) ?? "–" }
    ]
    for metric in CostEffectiveness.effectMetrics(costMetric: costMetric) {
      let cells = others.map { name in
        input.costEffectiveness.first { $0.metric == metric.id && $0.scenario == name }.map {
          wording.perUnit($0, metric: metric)
        }
      }
      guard cells.contains(where: { $0 != nil }) else { continue }
      rows.append([metric.label] + cells.map { $0 ?? "–" })
    }
    let table = ReportTable(
      caption: "Each scenario against \(base.name): added cost (95% CI), and the cost per unit of each key metric's "
        + "change (95% CI by Fieller's method)",
      header: [""] + others.map { "\($0) − \(base.name)" }, rows: rows, textColumns: Set(0...others.count))
    return ReportSection(
      id: "costs", title: title,
      blocks: [
        .paragraph(
          "The added cost is each scenario minus \(base.name) in \(costMetric), replication by replication (common "
            + "random numbers), over the \(base.days) observed days. The cost per unit divides it by the change in a "
            + "key metric, counted as a gain when the metric moves the better way, so a trade-off reads as what a "
            + "unit gained costs or what a unit given up saves."),
        .table(table),
        .note(
          "Dominates: clearly better on the metric and not clearly dearer (the added cost's 95% CI reaches 0 or "
            + "below). Dominated: clearly worse and not clearly cheaper. The interval of a cost per unit is Fieller's "
            + "for a ratio of paired means; when the metric's change is not clear (its CI holds 0) the ratio could be "
            + "any size, and it is not estimable rather than a misleading number."),
      ])
  }
}
