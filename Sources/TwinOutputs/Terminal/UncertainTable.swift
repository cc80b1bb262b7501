import FileFormats
import ScenarioFiles
import TwinExperiments

/// What `compare … --uncertain SET` prints and writes: for every key metric with a better
/// direction, how often each scenario is best across the plausible worlds, its regret (median
/// and 90th percentile), and a plain sentence naming the parameter behind a change of the
/// best; `uncertain.csv` holds the same numbers. In Chinese (`--lang zh`) the table's words
/// and the sentences are Chinese, aligned by display width (``DisplayWidth``); the CSV stays
/// as it is. O(metrics × scenarios).
public enum UncertainTable {
  /// The table in `language`, ending in a newline.
  public static func render(_ result: UncertainResult, language: ReportLanguage = .en) -> String {
    let worlds = result.means.count
    var out = language.words(
      "Across \(worlds) plausible worlds (parameter sets), \(result.replications) replications each, "
        + "the same random numbers in every world:\n",
      "在\(worlds)个合理世界（参数组）中，每个世界\(result.replications)次重复，各世界使用相同的随机数：\n")
    let header = [
      language.words("scenario", "情景"), language.words("best in", "最优占比"),
      language.words("median regret", "遗憾中位数"), language.words("p90 regret", "遗憾P90"),
    ]
    let nameWidth = max(DisplayWidth.of(header[0]), result.names.map { DisplayWidth.of($0) }.max() ?? 0)
    // The number columns are at least as wide as the English headers, which the numbers fit.
    let widths = [nameWidth, 7, 13, 10].enumerated().map { c, width in max(width, DisplayWidth.of(header[c])) }
    func line(_ cells: [String]) -> String {
      "  " + DisplayWidth.leftAligned(cells[0], in: widths[0]) + "   "
        + (1..<4).map { DisplayWidth.rightAligned(cells[$0], in: widths[$0]) }.joined(separator: "   ") + "\n"
    }
    for robustness in result.robustness {
      let metric = robustness.metric
      let better =
        metric.direction == .lower
        ? language.words("lower is better", "越低越好") : language.words("higher is better", "越高越好")
      out += language.words(
        "\n\(metric.label) (\(metric.id), \(better))\n",
        "\n\(language.label(of: metric))（\(metric.id)，\(better)）\n")
      out += line(header)
      for (s, name) in result.names.enumerated() {
        let share = robustness.bestShare[s]
        out += line([
          name, share.isFinite ? "\(Int((100 * share).rounded())) %" : "—",
          NumberText.automatic(robustness.medianRegret[s]), NumberText.automatic(robustness.p90Regret[s]),
        ])
      }
      out += "  " + sentence(robustness, result: result, language: language) + "\n"
    }
    return out
  }

  /// "devolution is best on mean response in 87 % of the 30 plausible worlds; where it is
  /// not, departments.handoff_days.lognormal.mean is higher (23.1 against 20.4)." In Chinese:
  /// "在30个合理世界中，devolution在87%的世界里平均响应时间最优；在其不是最优的世界里，
  /// departments.handoff_days.lognormal.mean更高（23.1对20.4）。"
  public static func sentence(
    _ robustness: UncertainResult.Robustness, result: UncertainResult, language: ReportLanguage = .en
  ) -> String {
    let worlds = result.means.count
    let name = result.names[robustness.mostOftenBest]
    let share = robustness.bestShare[robustness.mostOftenBest]
    let label = language.label(of: robustness.metric)
    guard share.isFinite else {
      return language.words("\(label) was not measured in every world.", "\(label)并非在每个世界都有测量。")
    }
    guard robustness.beatenWorlds > 0 else {
      return share == 1
        ? language.words(
          "\(name) is best on \(label) in every one of the \(worlds) plausible worlds.",
          "在全部\(worlds)个合理世界中，\(name)的\(label)都是最优。")
        : language.words(
          "\(name) is best or tied for best on \(label) in every one of the \(worlds) plausible worlds.",
          "在全部\(worlds)个合理世界中，\(name)的\(label)都是最优或并列最优。")
    }
    let percent = Int((100 * share).rounded())
    let text = language.words(
      "\(name) is best on \(label) in \(percent) % of the \(worlds) plausible worlds",
      "在\(worlds)个合理世界中，\(name)在\(percent)%的世界里\(label)最优")
    guard let driver = robustness.driver else { return text + language.words(".", "。") }
    let higher = driver.whereNot > driver.whereBest
    let direction = higher ? language.words("higher", "更高") : language.words("lower", "更低")
    let fit =
      driver.src.map { src in
        let coefficient = NumberText.fixed(src, decimals: 2)
        let rSquared = NumberText.fixed(driver.rSquared ?? .nan, decimals: 2)
        return language.words(
          "; standardized regression coefficient of its regret on it \(coefficient), R² \(rSquared)",
          "；其遗憾对该参数的标准化回归系数为\(coefficient)，R² \(rSquared)")
      } ?? ""
    let whereNot = NumberText.automatic(driver.whereNot)
    let whereBest = NumberText.automatic(driver.whereBest)
    return text
      + language.words(
        "; where it is not, \(driver.path) is \(direction) (\(whereNot) against \(whereBest)\(fit)).",
        "；在其不是最优的世界里，\(driver.path)\(direction)（\(whereNot)对\(whereBest)\(fit)）。")
  }

  /// `uncertain.csv`: metric,scenario,best_share,median_regret,p90_regret.
  public static func csv(_ result: UncertainResult) -> String {
    var lines = ["metric,scenario,best_share,median_regret,p90_regret"]
    for robustness in result.robustness {
      for (s, name) in result.names.enumerated() {
        lines.append(
          [
            CSVText.field(robustness.metric.id), CSVText.field(name), CSVText.number(robustness.bestShare[s]),
            CSVText.number(robustness.medianRegret[s]), CSVText.number(robustness.p90Regret[s]),
          ].joined(separator: ","))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
