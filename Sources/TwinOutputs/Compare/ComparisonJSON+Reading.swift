import FileFormats
import Foundation
import TwinExperiments

extension ComparisonJSON {
  /// Reads a `comparison.json` back into the ``Comparison`` it was rendered from
  /// (``render(_:)``), the base scenario first whatever the order of `scenarios` in the file
  /// (as ``SummaryJSON/read(_:)``, files that predate some keys still read).
  /// - Throws: ``FileReadError`` naming the file and the key path of the first bad value: a
  ///   `base` that is none of the scenarios, or a `significant` flag that contradicts its
  ///   interval, included.
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
    return Comparison(summaries: summaries, differences: differences, precision: precision)
  }
}
