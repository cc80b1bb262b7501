import CommunityModel
import FileFormats
import TwinExperiments

extension ComparisonTable {
  /// The cost-effectiveness block under the key metrics: each other scenario's added cost and,
  /// per key metric with a better direction, what its change costs per unit
  /// (``CostWording``), the metrics with no clear change (or too few runs) named together on
  /// one line; empty when the comparison has no cost metric or no scenario's added cost.
  /// O(S · K).
  ///
  /// ```text
  /// What each change costs: budget.public_cost_cny [CNY], scenario minus baseline
  ///   staffing   added cost  CNY 1.6 M more a year (1.5 M to 1.7 M)
  ///     Mean response time    CNY 310,000 (190,000 to 560,000) per day less
  ///     Residents satisfied   dominates: better at no clear extra cost
  ///     No clear change, so not estimable: Satisfaction index, Staff turnover.
  /// ```
  static func costBlock(_ comparison: Comparison) -> String {
    guard let costMetric = comparison.costMetric else { return "" }
    let others = comparison.summaries.dropFirst().compactMap { summary in
      comparison.addedCost(scenario: summary.scenarioName).map { (summary.scenarioName, $0) }
    }
    guard let unit = others.first?.1.unit else { return "" }
    let base = comparison.base
    let wording = CostWording(costUnit: unit, days: base.days, style: .terminal)
    let metrics = CostEffectiveness.effectMetrics(costMetric: costMetric)
    let labelWidth = metrics.map(\.label.count).max() ?? 0
    var out = "What each change costs: \(costMetric) [\(unit)], scenario minus \(base.scenarioName)\n"
    let nameWidth = others.map(\.0.count).max() ?? 0
    for (name, cost) in others {
      let padding = String(repeating: " ", count: nameWidth - name.count)
      out += "  \(name)\(padding)   added cost  \(wording.addedCost(cost))\n"
      var unclear: [String] = []
      var tooFew: [String] = []
      for metric in metrics {
        guard let effect = comparison.costEffectiveness(metric.id, scenario: name) else { continue }
        switch effect.verdict {
        case .noClearChange: unclear.append(metric.label)
        case .tooFewRuns: tooFew.append(metric.label)
        default:
          let padding = String(repeating: " ", count: labelWidth - metric.label.count)
          out += "    \(metric.label)\(padding)   \(wording.perUnit(effect, metric: metric))\n"
        }
      }
      if !unclear.isEmpty { out += wrapped("No clear change, so not estimable: \(unclear.joined(separator: ", ")).") }
      if !tooFew.isEmpty { out += wrapped("Too few runs to tell: \(tooFew.joined(separator: ", ")).") }
    }
    out += """
      Cost per unit: the added cost over the metric's change, per unit of the metric, with its 95%
      range by Fieller's method on the paired replications. "dominates": clearly better and not
      clearly dearer; "dominated": clearly worse and not clearly cheaper; a change that is not
      clear has no cost per unit (not estimable).


      """
    return out
  }

  /// `text` indented by 4 spaces, broken between words before column 96, continuation lines
  /// indented by 6; ends in a newline.
  static func wrapped(_ text: String) -> String {
    var lines: [String] = []
    var line = "   "
    for word in text.split(separator: " ") {
      if line.count + 1 + word.count > 96 && line.count > 6 {
        lines.append(line)
        line = "     "
      }
      line += " " + word
    }
    lines.append(line)
    return lines.joined(separator: "\n") + "\n"
  }
}
