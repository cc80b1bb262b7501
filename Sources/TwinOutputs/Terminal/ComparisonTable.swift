import CommunityModel
import FileFormats
import Foundation
import ScenarioFiles
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
/// what each change costs (``costBlock(_:language:)``).
///
/// In Chinese (`--lang zh`) every sentence, metric label, unit, interval (`13.88 至 14.06`)
/// and verdict (`明显更好`, `无明显差异`) is Chinese, numbers from 100,000 up are written in
/// 万 and 亿, and the columns are aligned by display width (``DisplayWidth``):
///
/// ```text
/// 平均响应时间 [天]，越低越好
///   baseline     13.97  (13.88 至 14.06)
///   devolution   13.43  (13.35 至 13.51)   变化  -0.54  (-0.59 至 -0.49)  -3.9%  明显更好
/// ```
/// O(S · K) for S scenarios and K key metrics.
public enum ComparisonTable {
  /// The table in `language`, ending in a newline.
  public static func render(_ comparison: Comparison, language: ReportLanguage = .en) -> String {
    let base = comparison.base
    let name = base.scenarioName
    let runs =
      base.antithetic
      ? language.words(
        "\(base.replications) replications (\(base.replications / 2) antithetic pairs)",
        "\(base.replications)次重复（\(base.replications / 2)对对偶）")
      : language.words(
        base.replications == 1 ? "1 replication" : "\(base.replications) replications", "\(base.replications)次重复")
    var out = language.words(
      "Comparing \(comparison.summaries.count) scenarios against \(name): \(runs) each, "
        + "\(base.days) days after a \(base.warmupDays)-day warm-up, seed \(base.seed).\n",
      "以\(name)为基准比较\(comparison.summaries.count)个情景：每个情景\(runs)，"
        + "预热\(base.warmupDays)天后运行\(base.days)天，随机种子\(base.seed)。\n")
    if let precision = comparison.precision { out += precision.sentence(in: language) + "\n" }
    out += language.words(
      """
      Replication r of every scenario used the same random numbers, so each scenario is compared
      with \(name) replication by replication.
      How to read: "62.1 (61.8 to 62.4)" is the mean and the range that holds the true mean with
      95% confidence. "change" is the scenario minus \(name), with its own 95% range.
      "clearly better" or "clearly worse": that range excludes zero. "no clear difference": the
      runs cannot tell the two apart.


      """,
      """
      每个情景的第r次重复使用相同的随机数，因此每个情景与\(name)逐次配对比较。
      读法：“62.1 (61.8 至 62.4)”是均值和以95%置信度包含真实均值的区间。“变化”是该情景减去
      \(name)的差值，附其95%区间。“明显更好”或“明显更差”：该区间不含零。“无明显差异”：这些运行
      无法区分二者。


      """)
    let nameWidth = comparison.summaries.map { DisplayWidth.of($0.scenarioName) }.max() ?? 0
    let style = language.terminalNumberStyle
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
        format(value.map { $0 * scale }, decimals: valuePlaces, style: style)
      }
      func showChange(_ value: Double?) -> String {
        format(value.map { $0 * scale }, decimals: changePlaces, style: style.signed)
      }
      var cells: [[String]] = []
      for (s, summary) in comparison.summaries.enumerated() {
        let m = metrics[s]
        var row = ["  " + DisplayWidth.leftAligned(summary.scenarioName, in: nameWidth), show(m?.mean)]
        row.append(
          m?.ci95Low == nil
            ? (m?.mean == nil ? "" : "(n = \(m?.count ?? 0))")
            : "(\(show(m?.ci95Low))\(language.to)\(show(m?.ci95High)))")
        if s > 0, let d = changes[s] {
          row.append(language.words("change", "变化"))
          row.append(showChange(d.meanDifference))
          row.append(d.ci95Low == nil ? "" : "(\(showChange(d.ci95Low))\(language.to)\(showChange(d.ci95High)))")
          row.append(d.relativeChange.map { format($0 * 100, decimals: 1, style: .terminal.signed) + "%" } ?? "")
          row.append(verdict(d, key.direction, language: language))
        }
        cells.append(row)
      }
      out += "\(language.label(of: key)) [\(language.unit(key.displayUnit))]"
      out += "\(directionNote(key.direction, language: language))\n"
      out += align(cells)
      out += "\n"
    }
    out += costBlock(comparison, language: language)
    let metricCount = comparison.summaries.map(\.metrics.count).max() ?? 0
    out += language.words(
      "All \(metricCount) metrics, with standard deviations, are in comparison.json and comparison.csv.\n",
      "全部\(metricCount)个指标及其标准差见comparison.json和comparison.csv。\n")
    return out
  }

  /// The plain-words verdict on a change, in `language`.
  static func verdict(_ d: PairedDifference, _ direction: Metric.Direction, language: ReportLanguage = .en) -> String {
    guard d.count >= 2, let mean = d.meanDifference else {
      return language.words("too few runs to tell", "重复次数太少，无法判断")
    }
    guard d.isSignificant else { return language.words("no clear difference", "无明显差异") }
    let better = language.words("clearly better", "明显更好")
    let worse = language.words("clearly worse", "明显更差")
    switch direction {
    case .higher: return mean > 0 ? better : worse
    case .lower: return mean < 0 ? better : worse
    case .neither: return mean > 0 ? language.words("clearly higher", "明显更高") : language.words("clearly lower", "明显更低")
    }
  }

  private static func directionNote(_ direction: Metric.Direction, language: ReportLanguage) -> String {
    switch direction {
    case .higher: language.words(", higher is better", "，越高越好")
    case .lower: language.words(", lower is better", "，越低越好")
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

  /// `value` with `decimals` decimals in `style` (the English terminal style by default).
  static func format(_ value: Double?, decimals: Int, style: NumberText.Style = .terminal) -> String {
    NumberText.fixed(value, decimals: decimals, style: style)
  }

  /// Rows of cells as aligned columns: the first column left-aligned, numbers right-aligned,
  /// intervals and words left-aligned, by display width; trailing spaces removed.
  private static func align(_ rows: [[String]]) -> String {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { c in rows.map { c < $0.count ? DisplayWidth.of($0[c]) : 0 }.max() ?? 0 }
    let rightAligned: Set<Int> = [1, 4, 6]
    var out = ""
    for row in rows {
      var line = ""
      for (c, cell) in row.enumerated() {
        if c > 0 { line += c == 3 ? "   " : "  " }
        line +=
          rightAligned.contains(c)
          ? DisplayWidth.rightAligned(cell, in: widths[c]) : DisplayWidth.leftAligned(cell, in: widths[c])
      }
      while line.last == " " { line.removeLast() }
      out += line + "\n"
    }
    return out
  }
}
