import CommunityModel
import FileFormats
import Foundation
import TwinExperiments

extension ComparisonJSON {
  /// Reads a `comparison.json` back into the ``Comparison`` it was rendered from
  /// (``render(_:)``), the base scenario first whatever the order of `scenarios` in the file
  /// (as ``SummaryJSON/read(_:)``, files that predate some keys still read).
  /// - Throws: ``FileReadError`` naming the file and the key path of the first bad value: a
  ///   `base` that is none of the scenarios, a `significant` flag that contradicts its
  ///   interval, or a cost-effectiveness `verdict` that contradicts the paired differences,
  ///   included. A file without `cost_effectiveness` (older) reads with none.
  /// - Complexity: O(file size).
  public static func read(_ url: URL) throws(FileReadError) -> Comparison {
    let root = try JSONFields.root(of: url)
    let seed = try root.unsigned("seed")
    let replications = try root.integer("replications", 0...Int.max)
    let antithetic = try root.bool("antithetic")
    let precision = try SummaryJSON.precision(root, replications: replications)
    var summaries: [ExperimentSummary] = []
    for entry in try root.array("scenarios") {
      summaries.append(
        try SummaryJSON.summary(
          of: entry, seed: seed, replications: replications, antithetic: antithetic, precision: precision))
    }
    let baseName = try root.string("base")
    guard let baseIndex = summaries.firstIndex(where: { $0.scenarioName == baseName }) else {
      throw FileReadError(path: root.file, location: "base", message: "'\(baseName)' is none of the scenarios")
    }
    summaries.insert(summaries.remove(at: baseIndex), at: 0)
    var differences: [PairedDifference] = []
    for entry in try root.array("differences") {
      let difference = PairedDifference(
        metric: try entry.string("metric"), unit: try entry.string("unit"), scenario: try entry.string("scenario"),
        meanDifference: try entry.number("mean_diff"), standardDeviation: try entry.number("sd"),
        ci95Low: try entry.number("ci95_low"), ci95High: try entry.number("ci95_high"),
        count: try entry.integer("n", 0...Int.max), relativeChange: try entry.number("relative_change"))
      let significant = try entry.bool("significant")
      guard significant == difference.isSignificant else {
        throw FileReadError(
          path: root.file, location: entry.keyPath("significant"),
          message: "\(significant) contradicts the interval [ci95_low, ci95_high] (significant means it excludes 0)")
      }
      differences.append(difference)
    }
    var comparison = Comparison(summaries: summaries, differences: differences, precision: precision)
    if root.contains("cost_effectiveness") {
      let section = try root.fields("cost_effectiveness")
      comparison.costMetric = try section.string("cost_metric")
      for entry in try section.array("ratios") {
        comparison.costEffectiveness.append(try costEffectiveness(entry, in: comparison))
      }
    }
    return comparison
  }

  /// One entry of `cost_effectiveness.ratios`, checked against `comparison`'s differences:
  /// both interval bounds or neither, and the verdict that the added cost and the metric's
  /// change give (when both are in the file and the metric is a key metric).
  private static func costEffectiveness(_ entry: JSONFields, in comparison: Comparison) throws(FileReadError)
    -> CostEffectiveness
  {
    let verdictName = try entry.string("verdict")
    let allowed = CostEffectivenessVerdict.allCases.map(\.rawValue)
    guard let verdict = CostEffectivenessVerdict(rawValue: verdictName) else {
      throw FileReadError(
        path: entry.file, location: entry.keyPath("verdict"),
        message: "'\(verdictName)' is not a verdict; the verdicts are \(allowed.joined(separator: ", "))")
    }
    let ratio = RatioEstimate(
      ratio: try entry.number("ratio"), ci95Low: try entry.number("ci95_low"), ci95High: try entry.number("ci95_high"),
      count: try entry.integer("n", 0...Int.max))
    guard (ratio.ci95Low == nil) == (ratio.ci95High == nil) else {
      throw FileReadError(
        path: entry.file, location: entry.keyPath("ci95_low"),
        message: "an interval has both bounds or neither (null: not estimable)")
    }
    let result = CostEffectiveness(
      scenario: try entry.string("scenario"), metric: try entry.string("metric"), ratio: ratio, verdict: verdict)
    if let cost = comparison.addedCost(scenario: result.scenario),
      let effect = comparison.difference(result.metric, scenario: result.scenario),
      let direction = MetricCatalog.keyMetric(id: result.metric)?.direction, direction != .neither
    {
      let expected = CostEffectivenessVerdict(cost: cost, effect: effect, direction: direction)
      guard expected == verdict else {
        throw FileReadError(
          path: entry.file, location: entry.keyPath("verdict"),
          message: "'\(verdictName)' contradicts the paired differences of \(comparison.costMetric ?? "") and "
            + "\(result.metric), which give '\(expected.rawValue)'")
      }
    }
    return result
  }
}
