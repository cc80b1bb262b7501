import FileFormats
import Foundation
import TwinExperiments

/// The human-readable table `community-twin run` prints by default (`--format table`):
///
/// ```text
/// baseline: 10 replications × 365 days (after 30 warm-up days), seed 1
///
/// metric                       mean   95% CI           unit
/// requests.arrived            18342   [18101, 18583]   requests
/// response.urgent.mean_days   1.873   [1.722, 2.025]   days
/// satisfaction.share          0.612   [0.598, 0.627]   share 0–1
/// ```
///
/// (Large values print as whole numbers, without a thousands separator.) Names are
/// left-aligned, numbers right-aligned. Each row's mean and bounds share one number of
/// decimals, chosen from the row's largest magnitude |x|: none when |x| ≥ 1000, three when
/// 1 ≤ |x| < 1000, and three significant digits below 1 (0.0123). An undefined statistic
/// (see ``MetricSummary``) prints as `—`; with fewer than two values the interval column
/// says `n = 1` or `n = 0`. O(M) for M metrics.
public enum SummaryTable {
  /// The table, ending in a newline.
  public static func render(_ summary: ExperimentSummary) -> String {
    let replications = summary.replications == 1 ? "1 replication" : "\(summary.replications) replications"
    var out = "\(summary.scenarioName): \(replications) × \(summary.days) days"
    out += " (after \(summary.warmupDays) warm-up days), seed \(summary.seed)\n\n"
    guard !summary.metrics.isEmpty else { return out + "(no metrics)\n" }

    struct Row {
      var name, mean, low, high, unit: String
      var hasInterval: Bool
      var note: String
    }
    let rows = summary.metrics.map { m -> Row in
      let places = NumberText.decimals(
        forMagnitude: [m.mean, m.ci95Low, m.ci95High].compactMap { $0 }.map(abs).max() ?? 0)
      let show = { (x: Double?) in NumberText.fixed(x, decimals: places, style: .plain) }
      return Row(
        name: m.name, mean: show(m.mean), low: show(m.ci95Low), high: show(m.ci95High), unit: m.unit,
        hasInterval: m.ci95Low != nil && m.ci95High != nil, note: "n = \(m.count)")
    }
    let nameWidth = max("metric".count, rows.map(\.name.count).max()!)
    let meanWidth = max("mean".count, rows.map(\.mean.count).max()!)
    let lowWidth = rows.filter(\.hasInterval).map(\.low.count).max() ?? 0
    let highWidth = rows.filter(\.hasInterval).map(\.high.count).max() ?? 0
    let intervals = rows.map { row in
      row.hasInterval ? "[\(pad(row.low, lowWidth)), \(pad(row.high, highWidth))]" : row.note
    }
    let intervalWidth = max("95% CI".count, intervals.map(\.count).max()!)

    out +=
      "metric".padding(nameWidth) + "   " + pad("mean", meanWidth) + "   " + "95% CI".padding(intervalWidth)
      + "   unit\n"
    for (row, interval) in zip(rows, intervals) {
      let line =
        row.name.padding(nameWidth) + "   " + pad(row.mean, meanWidth) + "   "
        + interval.padding(intervalWidth) + "   " + row.unit
      out += line.trimmingTrailingSpaces() + "\n"
    }
    return out
  }

  /// `text` right-aligned in `width` characters.
  private static func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
}

extension String {
  /// Left-aligned in `width` characters (padded with spaces on the right).
  fileprivate func padding(_ width: Int) -> String {
    self + String(repeating: " ", count: Swift.max(0, width - count))
  }

  /// Without trailing spaces (a row whose unit is empty).
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = Substring(self)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
