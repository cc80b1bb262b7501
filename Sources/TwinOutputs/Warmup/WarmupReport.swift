import FileFormats
import Foundation
import TwinExperiments

/// What `community-twin warmup` prints and writes: a table of every daily series' proposed
/// warm-up, a text chart of one series' smoothed curve, `warmup.csv`, and beside it
/// `provenance.json` (``Provenance/fileText``; the table stays a plain CSV).
public enum WarmupReport {
  /// The files ``write(_:provenance:to:)`` writes, in order.
  public static let fileNames = ["warmup.csv", Provenance.fileName]

  /// Writes `warmup.csv` of `analyses` and the `provenance.json` of the run that made them into
  /// `directory`, each atomically.
  /// - Throws: ``OutputWriteError`` for the first file that cannot be written.
  public static func write(_ analyses: [WelchAnalysis], provenance: Provenance, to directory: URL)
    throws(OutputWriteError)
  {
    _ = try AtomicFile.write(Array(zip(fileNames, [csv(analyses), provenance.fileText])), in: directory)
  }

  /// The printed report of `study`: settings, one line per series, the suggestion beside
  /// the scenario file's warm-up (`currentWarmupDays`), then the chart of `chart` (the
  /// analysis to draw), ending in a newline. O(series + chart size).
  public static func render(
    _ analyses: [WelchAnalysis], study: WarmupStudy, currentWarmupDays: Int, chart: WelchAnalysis
  ) -> String {
    guard let first = analyses.first else { return "(the scenario has no daily series)\n" }
    var out =
      "\(study.scenario.name): Welch's method on \(first.replications) replications × \(study.scenario.days) days "
    let inherited = study.scenario.initialState.openCaseCount
    out +=
      study.scenario.initialState != .empty
      ? "from its initial state (\(inherited) open cases; no warm-up), seed \(study.seed).\n"
      : "from an empty district (no warm-up), seed \(study.seed).\n"
    out += "Moving average over \(2 * first.window + 1) days; a series counts as settled once its smoothed curve "
    out +=
      "stays within ±\(NumberText.fixed(first.tolerance * 100, decimals: 1, style: .plain))% of its level over the second half.\n\n"
    let width = max("daily series".count, analyses.map(\.metric.count).max()!)
    let settles = analyses.map { $0.suggestedWarmupDays.map { "\($0)" } ?? "not within the run" }
    let dayWidth = max("settles by day".count, settles.map(\.count).max()!)
    out +=
      "daily series".padding(toLength: width, withPad: " ", startingAt: 0) + "   "
      + "settles by day".padding(toLength: dayWidth, withPad: " ", startingAt: 0) + "   level\n"
    for (a, day) in zip(analyses, settles) {
      let level = NumberText.fixed(
        a.settledLevel, decimals: NumberText.decimals(forMagnitude: abs(a.settledLevel)), style: .plain)
      out +=
        a.metric.padding(toLength: width, withPad: " ", startingAt: 0) + "   "
        + day.padding(toLength: dayWidth, withPad: " ", startingAt: 0) + "   \(level) \(a.unit)\n"
    }
    let days = analyses.compactMap(\.suggestedWarmupDays)
    let unsettled = analyses.filter { $0.suggestedWarmupDays == nil }.map(\.metric)
    if let longest = days.max() {
      let rounded = (longest + 9) / 10 * 10
      out += "\nSuggested warm-up: \(rounded) days (the slowest settling series, rounded up to 10 days); "
      out +=
        "the scenario file has \(currentWarmupDays) days (run.warmup_days; --warmup-days overrides it for one run).\n"
    }
    if !unsettled.isEmpty {
      out += "Not settled within the run: \(unsettled.joined(separator: ", ")). A series that still trends "
      out += "needs a longer study (--days); one that follows the seasons (monthly need rates) never stays in a "
      out += "narrow band: judge it by its chart (--metric) and warmup.csv, or widen --tolerance.\n"
    }
    out += "\n" + chartText(chart)
    return out
  }

  /// A text chart of `analysis`'s smoothed curve: 64 columns × 12 rows, the y axis labelled,
  /// the proposed end of the warm-up marked with `|`.
  public static func chartText(_ analysis: WelchAnalysis, columns: Int = 64, rows: Int = 12) -> String {
    let curve = analysis.movingAverage
    let finite = curve.filter(\.isFinite)
    guard let low = finite.min(), let high = finite.max(), curve.count >= 2 else {
      return "\(analysis.metric): nothing to draw\n"
    }
    let span = high > low ? high - low : 1
    var grid = Array(repeating: Array(repeating: Character(" "), count: columns), count: rows)
    for c in 0..<columns {
      let day = c * (curve.count - 1) / (columns - 1)
      guard curve[day].isFinite else { continue }
      let r = Int(((curve[day] - low) / span * Double(rows - 1)).rounded())
      grid[rows - 1 - r][c] = "*"
    }
    if let warmup = analysis.suggestedWarmupDays {
      let c = min(columns - 1, warmup * (columns - 1) / (curve.count - 1))
      for r in 0..<rows where grid[r][c] == " " { grid[r][c] = "|" }
    }
    let places = NumberText.decimals(forMagnitude: max(abs(low), abs(high)))
    let labels = [high, (high + low) / 2, low].map { NumberText.fixed($0, decimals: places, style: .plain) }
    let labelWidth = labels.map(\.count).max()!
    var out = "\(analysis.metric) [\(analysis.unit)], moving average by day"
    if let warmup = analysis.suggestedWarmupDays { out += "; | marks day \(warmup)" }
    out += "\n"
    for (r, row) in grid.enumerated() {
      let label = r == 0 ? labels[0] : r == rows / 2 ? labels[1] : r == rows - 1 ? labels[2] : ""
      out += String(repeating: " ", count: labelWidth - label.count) + label + " ┤" + String(row) + "\n"
    }
    let last = "\(curve.count - 1)"
    out += String(repeating: " ", count: labelWidth) + " └" + String(repeating: "─", count: columns) + "\n"
    out +=
      String(repeating: " ", count: labelWidth + 2) + "0"
      + String(repeating: " ", count: max(1, columns - 1 - last.count)) + last + "  (day)\n"
    return out
  }

  /// `warmup.csv`: header `metric,day,mean,moving_average`, one row per series × day (the
  /// moving average is empty where it is not defined). O(series × days).
  public static func csv(_ analyses: [WelchAnalysis]) -> String {
    var out = "metric,day,mean,moving_average\n"
    for a in analyses {
      for (day, mean) in a.dailyMeans.enumerated() {
        let smoothed = day < a.movingAverage.count ? CSVText.number(a.movingAverage[day]) : ""
        out += "\(CSVText.field(a.metric)),\(day),\(CSVText.number(mean)),\(smoothed)\n"
      }
    }
    return out
  }
}
