import FileFormats
import TwinExperiments

/// The text of `comparison.csv`, for spreadsheets: one row per scenario × metric with the
/// scenario's summary and, for scenarios other than the base, the paired difference and, for
/// the key metrics with a better direction, what their change costs.
///
/// Header: `scenario,metric,unit,mean,sd,ci95_low,ci95_high,n,diff_mean,diff_ci95_low,
/// diff_ci95_high,diff_n,relative_change,significant,cost_per_unit,cost_per_unit_ci95_low,
/// cost_per_unit_ci95_high,cost_verdict`. The base's difference fields are empty; undefined
/// statistics are empty fields; `significant` is `true` or `false`. `cost_per_unit` is the
/// added cost (the cost metric's `diff_mean`, `comparison.json`'s `cost_metric`) per unit of
/// improvement in the row's metric, with Fieller's 95 % interval (all three empty: not
/// estimable), and `cost_verdict` a ``CostEffectivenessVerdict`` raw value
/// (``CostEffectiveness``); the four are empty in other rows. Same CSV rules as ``TidyCSV``.
/// O(S · M).
public enum ComparisonCSV {
  public static func render(_ comparison: Comparison) -> String {
    var out = "scenario,metric,unit,mean,sd,ci95_low,ci95_high,n,"
    out += "diff_mean,diff_ci95_low,diff_ci95_high,diff_n,relative_change,significant,"
    out += "cost_per_unit,cost_per_unit_ci95_low,cost_per_unit_ci95_high,cost_verdict\n"
    var differences: [String: PairedDifference] = [:]
    for d in comparison.differences { differences[d.scenario + "\u{0}" + d.metric] = d }
    var costs: [String: CostEffectiveness] = [:]
    for c in comparison.costEffectiveness { costs[c.scenario + "\u{0}" + c.metric] = c }
    for (s, summary) in comparison.summaries.enumerated() {
      for m in summary.metrics {
        let statistics = [m.mean, m.standardDeviation, m.ci95Low, m.ci95High].map(CSVText.number)
        out += [CSVText.field(summary.scenarioName), CSVText.field(m.name), CSVText.field(m.unit)].joined(
          separator: ",")
        out += "," + statistics.joined(separator: ",") + ",\(m.count),"
        let key = summary.scenarioName + "\u{0}" + m.name
        if s > 0, let d = differences[key] {
          out += [d.meanDifference, d.ci95Low, d.ci95High].map(CSVText.number).joined(separator: ",")
          out += ",\(d.count),\(CSVText.number(d.relativeChange)),\(d.isSignificant),"
        } else {
          out += ",,,,,,"
        }
        if s > 0, let c = costs[key] {
          out += [c.ratio.ratio, c.ratio.ci95Low, c.ratio.ci95High].map(CSVText.number).joined(separator: ",")
          out += ",\(c.verdict.rawValue)\n"
        } else {
          out += ",,,\n"
        }
      }
    }
    return out
  }
}
