import FileFormats
import TwinExperiments

/// The text of `comparison.csv`, for spreadsheets: one row per scenario × metric with the
/// scenario's summary and, for scenarios other than the base, the paired difference.
///
/// Header: `scenario,metric,unit,mean,sd,ci95_low,ci95_high,n,diff_mean,diff_ci95_low,
/// diff_ci95_high,diff_n,relative_change,significant`. The base's difference fields are empty;
/// undefined statistics are empty fields; `significant` is `true` or `false`. Same CSV rules as
/// ``TidyCSV``. O(S · M).
public enum ComparisonCSV {
  public static func render(_ comparison: Comparison) -> String {
    var out = "scenario,metric,unit,mean,sd,ci95_low,ci95_high,n,"
    out += "diff_mean,diff_ci95_low,diff_ci95_high,diff_n,relative_change,significant\n"
    var differences: [String: PairedDifference] = [:]
    for d in comparison.differences { differences[d.scenario + "\u{0}" + d.metric] = d }
    for (s, summary) in comparison.summaries.enumerated() {
      for m in summary.metrics {
        let statistics = [m.mean, m.standardDeviation, m.ci95Low, m.ci95High].map(CSVText.number)
        out += [CSVText.field(summary.scenarioName), CSVText.field(m.name), CSVText.field(m.unit)].joined(
          separator: ",")
        out += "," + statistics.joined(separator: ",") + ",\(m.count),"
        if s > 0, let d = differences[summary.scenarioName + "\u{0}" + m.name] {
          out += [d.meanDifference, d.ci95Low, d.ci95High].map(CSVText.number).joined(separator: ",")
          out += ",\(d.count),\(CSVText.number(d.relativeChange)),\(d.isSignificant)\n"
        } else {
          out += ",,,,,\n"
        }
      }
    }
    return out
  }
}
