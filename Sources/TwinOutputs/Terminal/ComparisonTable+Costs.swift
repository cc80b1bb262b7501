import CommunityModel
import FileFormats
import ScenarioFiles
import TwinExperiments

extension ComparisonTable {
  /// The cost-effectiveness block under the key metrics, in `language`: each other
  /// scenario's added cost and, per key metric with a better direction, what its change costs
  /// per unit (``CostWording``), the metrics with no clear change (or too few runs) named
  /// together on one line; empty when the comparison has no cost metric or no scenario's
  /// added cost. Columns are aligned by display width (``DisplayWidth``). O(S · K).
  ///
  /// ```text
  /// What each change costs: budget.public_cost_cny [CNY], scenario minus baseline
  ///   staffing   added cost  CNY 1.6 M more a year (1.5 M to 1.7 M)
  ///     Mean response time    CNY 310,000 (190,000 to 560,000) per day less
  ///     Residents satisfied   dominates: better at no clear extra cost
  ///     No clear change, so not estimable: Satisfaction index, Staff turnover.
  /// ```
  static func costBlock(_ comparison: Comparison, language: ReportLanguage = .en) -> String {
    guard let costMetric = comparison.costMetric else { return "" }
    let others = comparison.summaries.dropFirst().compactMap { summary in
      comparison.addedCost(scenario: summary.scenarioName).map { (summary.scenarioName, $0) }
    }
    guard let unit = others.first?.1.unit else { return "" }
    let base = comparison.base
    let wording = CostWording(
      costUnit: unit, days: base.days, style: language.terminalNumberStyle, language: language)
    let metrics = CostEffectiveness.effectMetrics(costMetric: costMetric)
    let labelWidth = metrics.map { DisplayWidth.of(language.label(of: $0)) }.max() ?? 0
    var out = language.words(
      "What each change costs: \(costMetric) [\(unit)], scenario minus \(base.scenarioName)\n",
      "各项变化的成本：\(costMetric) [\(language.unit(unit))]，情景减去\(base.scenarioName)\n")
    let nameWidth = others.map { DisplayWidth.of($0.0) }.max() ?? 0
    for (name, cost) in others {
      out += "  \(DisplayWidth.leftAligned(name, in: nameWidth))   \(language.words("added cost", "新增成本"))  "
      out += wording.addedCost(cost) + "\n"
      var unclear: [String] = []
      var tooFew: [String] = []
      for metric in metrics {
        guard let effect = comparison.costEffectiveness(metric.id, scenario: name) else { continue }
        let label = language.label(of: metric)
        switch effect.verdict {
        case .noClearChange: unclear.append(label)
        case .tooFewRuns: tooFew.append(label)
        default:
          out += "    \(DisplayWidth.leftAligned(label, in: labelWidth))   \(wording.perUnit(effect, metric: metric))\n"
        }
      }
      if !unclear.isEmpty {
        out += wrapped(
          language.words(
            "No clear change, so not estimable: \(unclear.joined(separator: ", ")).",
            "无明确变化，因此无法估计：\(unclear.joined(separator: "、"))。"))
      }
      if !tooFew.isEmpty {
        out += wrapped(
          language.words(
            "Too few runs to tell: \(tooFew.joined(separator: ", ")).",
            "重复次数太少，无法判断：\(tooFew.joined(separator: "、"))。"))
      }
    }
    out += language.words(
      """
      Cost per unit: the added cost over the metric's change, per unit of the metric, with its 95%
      range by Fieller's method on the paired replications. "dominates": clearly better and not
      clearly dearer; "dominated": clearly worse and not clearly cheaper; a change that is not
      clear has no cost per unit (not estimable).


      """,
      """
      单位成本：新增成本除以指标的变化，即指标每变化一个单位的成本，附按Fieller方法由配对重复
      得出的95%区间。“占优”：明显更好且不明显更贵；“劣势”：明显更差且不明显更省；变化不明确时
      没有单位成本（无法估计）。


      """)
    return out
  }

  /// `text` indented by 4 columns, broken before display column 96 between words (or after
  /// any Chinese character, since Chinese has no spaces between words), continuation lines
  /// indented by 6; ends in a newline.
  static func wrapped(_ text: String) -> String {
    // Pieces that stay together: a word's narrow characters, or one wide character; `spaced`
    // when a space goes before it.
    var pieces: [(text: String, spaced: Bool)] = []
    for word in text.split(separator: " ") {
      var run = ""
      var spaced = true
      for character in word {
        guard DisplayWidth.of(character) == 2 else {
          run.append(character)
          continue
        }
        if !run.isEmpty { pieces.append((run, spaced)) }
        pieces.append((String(character), spaced && run.isEmpty))
        (run, spaced) = ("", false)
      }
      if !run.isEmpty { pieces.append((run, spaced)) }
    }
    var lines: [String] = []
    var line = "   "
    for piece in pieces {
      let separator = piece.spaced ? " " : ""
      let width = DisplayWidth.of(line)
      if width + separator.count + DisplayWidth.of(piece.text) > 96 && width > 6 {
        lines.append(line)
        line = "      " + piece.text
      } else {
        line += separator + piece.text
      }
    }
    lines.append(line)
    return lines.joined(separator: "\n") + "\n"
  }
}
