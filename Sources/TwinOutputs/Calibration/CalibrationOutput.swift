import FileFormats
import Foundation
import ScenarioFiles
import TwinExperiments

/// The files of `community-twin calibrate`, in its output folder (`Docs/calibration.md`):
///
/// - `calibrated.json`: the scenario at the best point, a `base` child of the input scenario,
///   naming its JSON Schema, its `comment` naming the build that wrote it (``Provenance/sentence``);
/// - `fit.csv`: every target at the best point: observed, the model's mean and its 95 %
///   interval over the replications, whether it is met; held-out targets marked;
/// - `points.csv`: every evaluated point: its stage, parameter values, distance, whether it
///   is accepted, and each target's model mean;
/// - `accepted.csv`: the parameter values of every accepted point (one column per parameter
///   path), the set of plausible parameters.
///
/// Each file is written atomically. Beside them, the search's `provenance.json`
/// (``CalibrationLog``) records the build that began it.
public enum CalibrationOutput {
  public static let fileNames = ["calibrated.json", "fit.csv", "points.csv", "accepted.csv"]

  /// Writes the four files of `result` into `directory`; the calibrated scenario is named
  /// `name`, described by `description`, and says in its `comment` that `provenance`'s build
  /// wrote it, when given.
  /// - Throws: ``OutputWriteError`` for the first file that cannot be written.
  public static func write(
    _ result: CalibrationResult, name: String, description: String, provenance: Provenance? = nil, to directory: URL
  ) throws(OutputWriteError) {
    _ = try AtomicFile.write(
      [
        (
          "calibrated.json",
          result.space.scenarioFileText(
            values: result.bestPoint.values, name: name, description: description,
            comment: provenance.map { "Written by \($0.sentence)" }, in: directory)
        ),
        ("fit.csv", fitCSV(result)), ("points.csv", pointsCSV(result)), ("accepted.csv", acceptedCSV(result)),
      ], in: directory)
  }

  /// `fit.csv`: one row per target at the best point.
  public static func fitCSV(_ result: CalibrationResult) -> String {
    var lines = [
      "metric,observed,tolerance,std_error,weight,held_out,model_mean,model_ci95_low,model_ci95_high,met"
    ]
    let point = result.bestPoint
    for (t, target) in result.targets.enumerated() {
      let (mean, se) = (point.means[t], point.standardErrors[t])
      let half = se.isFinite ? 1.96 * se : .nan
      lines.append(
        [
          CSVText.field(target.metric), CSVText.number(target.value), CSVText.number(target.tolerance),
          CSVText.number(target.standardError), CSVText.number(target.weight), target.heldOut ? "yes" : "no",
          CSVText.number(mean), CSVText.number(mean - half), CSVText.number(mean + half),
          target.isMet(byMean: mean, meanStandardError: se) ? "yes" : "no",
        ].joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `points.csv`: one row per evaluated point, in evaluation order.
  public static func pointsCSV(_ result: CalibrationResult) -> String {
    let header =
      ["point", "stage"] + result.space.parameters.map { CSVText.field($0.path) } + ["distance", "accepted"]
      + result.targets.map { CSVText.field("mean:" + $0.metric) }
    var lines = [header.joined(separator: ",")]
    for (p, point) in result.points.enumerated() {
      lines.append(
        ([String(p), point.stage.rawValue] + point.values.map { CSVText.number($0) }
          + [CSVText.number(point.distance), point.isAccepted ? "yes" : "no"] + point.means.map { CSVText.number($0) })
          .joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `accepted.csv`: the parameter values of every accepted point.
  public static func acceptedCSV(_ result: CalibrationResult) -> String {
    var lines = [result.space.parameters.map { CSVText.field($0.path) }.joined(separator: ",")]
    for point in result.accepted { lines.append(point.values.map { CSVText.number($0) }.joined(separator: ",")) }
    return lines.joined(separator: "\n") + "\n"
  }
}
