import FileFormats
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
/// Numbers print with ``NumberText/automatic(_:)``. O(targets + parameters).
public enum CalibrationTable {
  /// The table, ending in a newline.
  public static func render(_ result: CalibrationResult) -> String {
    let best = result.bestPoint
    let design = result.points.filter { $0.stage == .design }.count
    var out =
      "Best of \(result.points.count) points (\(design) design, \(result.points.count - design) refinement), "
      + "\(result.space.replications) replications each, seed \(result.space.seed):\n"
    for (parameter, value) in zip(result.space.parameters, best.values) {
      out += "  \(parameter.path) = \(NumberText.automatic(value))\n"
    }
    let header = ["target", "observed", "tolerance", "model", "95% CI", "met"]
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
        target.isMet(byMean: mean, meanStandardError: se) ? "yes" : "no",
      ]
    }
    let fitted = result.targets.indices.filter { !result.targets[$0].heldOut }.map(row)
    let heldOut = result.targets.indices.filter { result.targets[$0].heldOut }.map(row)
    let all = [header] + fitted + heldOut
    let widths = header.indices.map { c in all.map { $0[c].count }.max()! }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { c, cell in
        c == 0 || c == 4
          ? cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
          : String(repeating: " ", count: widths[c] - cell.count) + cell
      }.joined(separator: "   ")
    }
    out += "\n" + line(header) + "\n"
    for cells in fitted { out += line(cells) + "\n" }
    if !heldOut.isEmpty {
      out += "held out (validation):\n"
      for cells in heldOut { out += line(cells) + "\n" }
    }
    let accepted = result.accepted.count
    out += "\n\(accepted) of \(result.points.count) points meet every target not held out (accepted.csv).\n"
    return out
  }
}
