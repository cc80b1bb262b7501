import FileFormats
import Foundation
import ScenarioFiles
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
///
/// In Chinese (`--lang zh`) the first line, the headers and the units are Chinese
/// (`指标   均值   95%置信区间   单位`); the metric ids stay as they are, since they are what
/// other commands and files take. Columns are aligned by display width (``DisplayWidth``).
public enum SummaryTable {
  /// The table in `language`, ending in a newline.
  public static func render(_ summary: ExperimentSummary, language: ReportLanguage = .en) -> String {
    let replications = language.words(
      summary.replications == 1 ? "1 replication" : "\(summary.replications) replications",
      "\(summary.replications)次重复")
    var out = "\(summary.scenarioName)\(language.words(": ", "："))\(replications) × "
    out += language.words(
      "\(summary.days) days (after \(summary.warmupDays) warm-up days), seed \(summary.seed)\n\n",
      "\(summary.days)天（预热\(summary.warmupDays)天之后），随机种子\(summary.seed)\n\n")
    guard !summary.metrics.isEmpty else { return out + language.words("(no metrics)\n", "（无指标）\n") }

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
        name: m.name, mean: show(m.mean), low: show(m.ci95Low), high: show(m.ci95High), unit: language.unit(m.unit),
        hasInterval: m.ci95Low != nil && m.ci95High != nil, note: "n = \(m.count)")
    }
    let header = (
      metric: language.words("metric", "指标"), mean: language.words("mean", "均值"),
      interval: language.words("95% CI", "95%置信区间"), unit: language.words("unit", "单位")
    )
    let nameWidth = max(DisplayWidth.of(header.metric), rows.map { DisplayWidth.of($0.name) }.max()!)
    let meanWidth = max(DisplayWidth.of(header.mean), rows.map { DisplayWidth.of($0.mean) }.max()!)
    let lowWidth = rows.filter(\.hasInterval).map { DisplayWidth.of($0.low) }.max() ?? 0
    let highWidth = rows.filter(\.hasInterval).map { DisplayWidth.of($0.high) }.max() ?? 0
    let intervals = rows.map { row in
      row.hasInterval
        ? "[\(DisplayWidth.rightAligned(row.low, in: lowWidth)), \(DisplayWidth.rightAligned(row.high, in: highWidth))]"
        : row.note
    }
    let intervalWidth = max(DisplayWidth.of(header.interval), intervals.map { DisplayWidth.of($0) }.max()!)

    out +=
      DisplayWidth.leftAligned(header.metric, in: nameWidth) + "   "
      + DisplayWidth.rightAligned(header.mean, in: meanWidth) + "   "
      + DisplayWidth.leftAligned(header.interval, in: intervalWidth) + "   " + header.unit + "\n"
    for (row, interval) in zip(rows, intervals) {
      let line =
        DisplayWidth.leftAligned(row.name, in: nameWidth) + "   " + DisplayWidth.rightAligned(row.mean, in: meanWidth)
        + "   " + DisplayWidth.leftAligned(interval, in: intervalWidth) + "   " + row.unit
      out += line.trimmingTrailingSpaces() + "\n"
    }
    return out
  }
}

extension String {
  /// Without trailing spaces (a row whose unit is empty).
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = Substring(self)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
