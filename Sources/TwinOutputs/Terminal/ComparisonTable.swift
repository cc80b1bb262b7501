import CommunityModel
import FileFormats
import Foundation
import TwinExperiments

/// The table `community-twin compare` prints by default: for each key metric
/// (``MetricCatalog/keyMetrics``), every scenario's mean with its 95 % confidence interval
/// and, for the scenarios other than the base, the paired change against the base in plain
/// words.
///
/// ```text
/// Mean response time [days], lower is better
///   baseline       13.97  (13.88 to 14.06)
///   devolution     13.43  (13.35 to 13.51)   change  -0.54  (-0.59 to -0.49)  -3.9%  clearly better
///   ppp-funding    13.95  (13.86 to 14.04)   change  -0.02  (-0.10 to +0.06)  -0.1%  no clear difference
/// ```
///
/// Values are shown in the key metric's display unit (shares as %). A block's means and
/// their intervals share one number of decimals, enough to show the narrowest interval's
/// half-width to two significant digits (at most 4); its changes likewise share one, from
/// the changes' intervals (often narrower: that is what pairing buys). Numbers from 1,000 up
/// get thousands separators. A change
/// is "clearly better" (or worse, higher, lower) when its 95 % interval excludes zero, and
/// "no clear difference" otherwise. Key metrics no scenario measured are left out. Then
/// what each change costs (``costBlock(_:)``).
/// O(S · K) for S scenarios and K key metrics.
public enum ComparisonTable {
  /// The table, ending in a newline.
  public static func render(_ comparison: Comparison) -> String {
    let base = comparison.base
    let runs =
      base.antithetic
      ? "\(base.replications) replications (\(base.replications / 2) antithetic pairs)"
      : base.replications == 1 ? "1 replication" : "\(base.replications) replications"
    var out = "Comparing \(comparison.summaries.count) scenarios against \(base.scenarioName): \(runs) each, "
    out += "\(base.days) days after a \(base.warmupDays)-day warm-up, seed \(base.seed).\n"
    if let precision = comparison.precision { out += precision.sentence + "\n" }
    out += """
      Replication r of every scenario used the same random numbers, so each scenario is compared
      with \(base.scenarioName) replication by replication.
      How to read: "62.1 (61.8 to 62.4)" is the mean and the range that holds the true mean with
      95% confidence. "change" is the scenario minus \(base.scenarioName), with its own 95% range.
      "clearly better" or "clearly worse": that range excludes zero. "no clear difference": the
      runs cannot tell the two apart.


      """
    let nameWidth = comparison.summaries.map(\.scenarioName.count).max() ?? 0
    for key in MetricCatalog.keyMetrics {
      let scale = key.displayScale
      let metrics = comparison.summaries.map { $0.metrics.first { $0.name == key.id } }
      guard metrics.contains(where: { $0?.mean != nil }) else { continue }
      let changes = comparison.summaries.map { comparison.difference(key.id, scenario: $0.scenarioName) }
      let valuePlaces = decimals(
        halfWidths: metrics.compactMap { m in m.flatMap { halfWidth($0.ci95Low, $0.ci95High) } }.map { $0 * scale })
      var changePlaces = decimals(
        halfWidths: changes.compactMap { d in d.flatMap { halfWidth($0.ci95Low, $0.ci95High) } }.map { $0 * scale })
      // A clear change must not show a bound of 0: add decimals until its bounds show their sign.
      let clearBounds = changes.compactMap { $0 }.filter(\.isSignificant).flatMap { [$0.ci95Low!, $0.ci95High!] }
      while changePlaces < 8,
        clearBounds.contains(where: {
          format($0 * scale, decimals: changePlaces) == "0"
            + (changePlaces > 0 ? "." + String(repeating: "0", count: changePlaces) : "")
        })
      {
        changePlaces += 1
      }
      func show(_ value: Double?) -> String {
        format(value.map { $0 * scale }, decimals: valuePlaces)
      }
      func showChange(_ value: Double?) -> String {
        format(value.map { $0 * scale }, decimals: changePlaces, signed: true)
      }
      var cells: [[String]] = []
      for (s, summary) in comparison.summaries.enumerated() {
        let m = metrics[s]
        var row = ["  " + pad(summary.scenarioName, nameWidth, left: true), show(m?.mean)]
        row.append(
          m?.ci95Low == nil
            ? (m?.mean == nil ? "" : "(n = \(m?.count ?? 0))") : "(\(show(m?.ci95Low)) to \(show(m?.ci95High)))")
        if s > 0, let d = changes[s] {
          row.append("change")
          row.append(showChange(d.meanDifference))
          row.append(d.ci95Low == nil ? "" : "(\(showChange(d.ci95Low)) to \(showChange(d.ci95High)))")
          row.append(d.relativeChange.map { format($0 * 100, decimals: 1, signed: true) + "%" } ?? "")
          row.append(verdict(d, key.direction))
        }
        cells.append(row)
      }
      out += "\(key.label) [\(key.displayUnit)]\(directionNote(key.direction))\n"
      out += align(cells)
      out += "\n"
    }
    out += costBlock(comparison)
    let metricCount = comparison.summaries.map(\.metrics.count).max() ?? 0
    out += "All \(metricCount) metrics, with standard deviations, are in comparison.json and comparison.csv.\n"
    return out
  }

  /// The plain-words verdict on a change.
  static func verdict(_ d: PairedDifference, _ direction: Metric.Direction) -> String {
    guard d.count >= 2, let mean = d.meanDifference else { return "too few runs to tell" }
    guard d.isSignificant else { return "no clear difference" }
    switch direction {
    case .higher: return mean > 0 ? "clearly better" : "clearly worse"
    case .lower: return mean < 0 ? "clearly better" : "clearly worse"
    case .neither: return mean > 0 ? "clearly higher" : "clearly lower"
    }
  }

  private static func directionNote(_ direction: Metric.Direction) -> String {
    switch direction {
    case .higher: ", higher is better"
    case .lower: ", lower is better"
    case .neither: ""
    }
  }

  /// Half the width of [low, high], if both are known and the width is positive.
  private static func halfWidth(_ low: Double?, _ high: Double?) -> Double? {
    guard let low, let high, high > low else { return nil }
    return (high - low) / 2
  }

  /// Decimals that show the smallest of `halfWidths` to two significant digits
  /// (``NumberText/decimals(forHalfWidth:)``); 2 when there is none.
  static func decimals(halfWidths: [Double]) -> Int {
    halfWidths.compactMap(NumberText.decimals(forHalfWidth:)).max() ?? 2
  }

  /// `value` with `decimals` decimals in the terminal style, signed when `signed`.
  static func format(_ value: Double?, decimals: Int, signed: Bool = false) -> String {
    NumberText.fixed(value, decimals: decimals, style: signed ? .terminal.signed : .terminal)
  }

  /// Rows of cells as aligned columns: the first column left-aligned, numbers right-aligned,
  /// intervals and words left-aligned; trailing spaces removed.
  private static func align(_ rows: [[String]]) -> String {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
    let rightAligned: Set<Int> = [1, 4, 6]
    var out = ""
    for row in rows {
      var line = ""
      for (c, cell) in row.enumerated() {
        if c > 0 { line += c == 3 ? "   " : "  " }
        line += pad(cell, widths[c], left: !rightAligned.contains(c))
      }
      while line.last == " " { line.removeLast() }
      out += line + "\n"
    }
    return out
  }

  private static func pad(_ text: String, _ width: Int, left: Bool) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return left ? text + padding : padding + text
  }
}
