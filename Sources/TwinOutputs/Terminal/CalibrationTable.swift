import FileFormats
import ScenarioFiles
import TwinExperiments

/// What `community-twin calibrate` prints: the best point's parameter values, then every
/// target's fit there, held-out targets apart, then the size of the accepted set:
///
/// ```text
/// Best of 68 points (40 design, 28 refinement), 5 replications each, seed 1:
///   workforce.roles[community_worker].per_1000 = 4.6
///
/// target                       observed   tolerance   model   95% CI           met
/// response.all.mean_days          14.0       2.0      13.41   [12.9, 13.93]    yes
/// …
/// held out:
/// satisfaction.index              62.0       5.0      60.1    [59.7, 60.5]     yes
///
/// 11 of 68 points meet every target not held out (accepted.csv).
/// ```
///
/// Numbers print with ``NumberText/automatic(_:)``. In Chinese (`--lang zh`) the sentences,
/// headers and yes/no are Chinese (metric ids and key paths stay), aligned by display width
/// (``DisplayWidth``). O(targets + parameters).
public enum CalibrationTable {
  /// The table in `language`, ending in a newline.
  public static func render(_ result: CalibrationResult, language: ReportLanguage = .en) -> String {
    let best = result.bestPoint
    let (points, design) = (result.points.count, result.points.filter { $0.stage == .design }.count)
    let (replications, seed) = (result.space.replications, result.space.seed)
    var out = language.words(
      "Best of \(points) points (\(design) design, \(points - design) refinement), "
        + "\(replications) replications each, seed \(seed):\n",
      "\(points)个点（\(design)个设计点，\(points - design)个细化点）中最好的一个，每点\(replications)次重复，"
        + "随机种子\(seed)：\n")
    for (parameter, value) in zip(result.space.parameters, best.values) {
      // The key path first, so the line reads as the setting; its label, if any, after it.
      out += "  \(parameter.path) = \(NumberText.automatic(value))\(parameter.label.map { "  (\($0))" } ?? "")\n"
    }
    let header = [
      language.words("target", "目标"), language.words("observed", "观测值"), language.words("tolerance", "容差"),
      language.words("model", "模型"), language.words("95% CI", "95%置信区间"), language.words("met", "达标"),
    ]
    func row(_ t: Int) -> [String] {
      let target = result.targets[t]
      let (mean, se) = (best.means[t], best.standardErrors[t])
      let interval =
        se.isFinite
        ? "[\(NumberText.automatic(mean - 1.96 * se)), \(NumberText.automatic(mean + 1.96 * se))]" : "n < 2"
      return [
        target.metric, NumberText.automatic(target.value),
        target.tolerance.map(NumberText.automatic) ?? "se " + NumberText.automatic(target.standardError!),
        mean.isFinite ? NumberText.automatic(mean) : "—", interval,
        target.isMet(byMean: mean, meanStandardError: se) ? language.words("yes", "是") : language.words("no", "否"),
      ]
    }
    let fitted = result.targets.indices.filter { !result.targets[$0].heldOut }.map(row)
    let heldOut = result.targets.indices.filter { result.targets[$0].heldOut }.map(row)
    let all = [header] + fitted + heldOut
    let widths = header.indices.map { c in all.map { DisplayWidth.of($0[c]) }.max()! }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { c, cell in
        c == 0 || c == 4
          ? DisplayWidth.leftAligned(cell, in: widths[c]) : DisplayWidth.rightAligned(cell, in: widths[c])
      }.joined(separator: "   ")
    }
    out += "\n" + line(header) + "\n"
    for cells in fitted { out += line(cells) + "\n" }
    if !heldOut.isEmpty {
      out += language.words("held out (validation):\n", "留出（验证）：\n")
      for cells in heldOut { out += line(cells) + "\n" }
    }
    let accepted = result.accepted.count
    out += language.words(
      "\n\(accepted) of \(points) points meet every target not held out (accepted.csv).\n",
      "\n\(points)个点中有\(accepted)个满足所有未留出的目标（accepted.csv）。\n")
    return out
  }
}
