import FileFormats
import TwinExperiments

/// What `compare … --uncertain SET` prints and writes: for every key metric with a better
/// direction, how often each scenario is best across the plausible worlds, its regret (median
/// and 90th percentile), and a plain sentence naming the parameter behind a change of the
/// best; `uncertain.csv` holds the same numbers. O(metrics × scenarios).
public enum UncertainTable {
  /// The table, ending in a newline.
  public static func render(_ result: UncertainResult) -> String {
    let worlds = result.means.count
    var out =
      "Across \(worlds) plausible worlds (parameter sets), \(result.replications) replications each, "
      + "the same random numbers in every world:\n"
    for robustness in result.robustness {
      let metric = robustness.metric
      out += "\n\(metric.label) (\(metric.id), \(metric.direction == .lower ? "lower" : "higher") is better)\n"
      let width = result.names.map(\.count).max() ?? 0
      out +=
        "  " + "scenario".padding(toLength: width, withPad: " ", startingAt: 0)
        + "   best in   median regret   p90 regret\n"
      for (s, name) in result.names.enumerated() {
        let share = robustness.bestShare[s]
        let best = share.isFinite ? "\(Int((100 * share).rounded())) %" : "—"
        out +=
          "  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + "   "
          + String(repeating: " ", count: max(0, 7 - best.count)) + best + "   "
          + pad(NumberText.automatic(robustness.medianRegret[s]), 13) + "   "
          + pad(NumberText.automatic(robustness.p90Regret[s]), 10) + "\n"
      }
      out += "  " + sentence(robustness, result: result) + "\n"
    }
    return out
  }

  /// "devolution is best on mean response in 87 % of the 30 plausible worlds; where it is
  /// not, departments.handoff_days.lognormal.mean is higher (23.1 against 20.4)."
  public static func sentence(_ robustness: UncertainResult.Robustness, result: UncertainResult) -> String {
    let worlds = result.means.count
    let name = result.names[robustness.mostOftenBest]
    let share = robustness.bestShare[robustness.mostOftenBest]
    guard share.isFinite else { return "\(robustness.metric.label) was not measured in every world." }
    guard robustness.beatenWorlds > 0 else {
      return share == 1
        ? "\(name) is best on \(robustness.metric.label) in every one of the \(worlds) plausible worlds."
        : "\(name) is best or tied for best on \(robustness.metric.label) in every one of the \(worlds) plausible worlds."
    }
    var text = "\(name) is best on \(robustness.metric.label) in \(Int((100 * share).rounded())) % of the \(worlds) "
    text += "plausible worlds"
    guard let driver = robustness.driver else { return text + "." }
    let direction = driver.whereNot > driver.whereBest ? "higher" : "lower"
    let fit =
      driver.src.map { src in
        "; standardized regression coefficient of its regret on it \(NumberText.fixed(src, decimals: 2)), R² "
          + NumberText.fixed(driver.rSquared ?? .nan, decimals: 2)
      } ?? ""
    return text
      + "; where it is not, \(driver.path) is \(direction) (\(NumberText.automatic(driver.whereNot)) against "
      + "\(NumberText.automatic(driver.whereBest))\(fit))."
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

  private static func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
}
