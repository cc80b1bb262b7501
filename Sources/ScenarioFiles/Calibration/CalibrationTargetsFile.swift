import CommunityModel
import FileFormats
import Foundation

/// Reads a calibration's targets: a CSV table of observed figures (`Docs/calibration.md`,
/// "Calibrating your own district"), one row per target:
///
/// | Column | Required | Meaning |
/// |---|---|---|
/// | `metric` | yes | a metric id the scenario reports (`Docs/metrics.md`), each once |
/// | `value` | yes | the observed value, in the metric's unit |
/// | `tolerance` | one of the two | half-width of acceptance (> 0), in the metric's unit |
/// | `std_error` | one of the two | the observation's standard error (> 0), in the metric's unit |
/// | `weight` | no | weight in the distance (> 0; empty: 1) |
/// | `held_out` | no | `yes` to keep the target out of the search (validation); empty or `no` otherwise |
///
/// Strict like a scenario file: every bad cell, unknown column and repeated metric is
/// reported at once, each as `line N, column`, with the allowed values.
public enum CalibrationTargetsFile {
  static let columns = ["metric", "value", "tolerance", "std_error", "weight", "held_out"]

  /// The targets in the CSV file at `url`, checked against the metrics `scenario` reports.
  /// - Throws: ``ScenarioFileError`` listing every problem, under the file's name.
  public static func load(_ url: URL, for scenario: Scenario) throws(ScenarioFileError) -> [CalibrationTarget] {
    let file = url.relativePath
    return try decode(try ProblemCollector(file: file).bytes(of: url), file: file, for: scenario)
  }

  /// The targets in CSV `bytes` (`file` names them in problems).
  /// - Throws: ``ScenarioFileError`` listing every problem.
  public static func decode(_ bytes: [UInt8], file: String, for scenario: Scenario) throws(ScenarioFileError)
    -> [CalibrationTarget]
  {
    let problems = ProblemCollector(file: file)
    let table = try problems.csvTable(parsing: bytes)
    let allowedColumns = columns.joined(separator: ", ")
    for name in table.header where !columns.contains(name) {
      problems.report(
        "line 1", value: "\"\(name)\"", "unknown column\(EditDistance.suggestion(for: name, in: columns))",
        allowed: allowedColumns)
    }
    for required in ["metric", "value"] where table.column(required) == nil {
      problems.report("line 1", "missing column '\(required)'", allowed: allowedColumns)
    }
    if table.column("tolerance") == nil && table.column("std_error") == nil {
      problems.report("line 1", "needs a column 'tolerance' or 'std_error' (or both)", allowed: allowedColumns)
    }
    try problems.throwIfAny()

    let metrics = MetricCatalog.metrics(for: scenario).map(\.id)
    var targets: [CalibrationTarget] = []
    var seen: [String: Int] = [:]
    for row in table.rows where !row.fields.allSatisfy(\.isEmpty) {
      func cell(_ name: String) -> String {
        table.column(name).map { $0 < row.fields.count ? row.fields[$0].trimmingCharacters(in: .whitespaces) : "" }
          ?? ""
      }
      func at(_ name: String) -> String { "line \(row.line), \(name)" }
      func number(_ name: String, positive: Bool) -> Double? {
        let text = cell(name)
        if text.isEmpty { return nil }
        guard let x = Double(text), x.isFinite, !positive || x > 0 else {
          problems.report(
            at(name), value: "\"\(text)\"", positive ? "must be a number > 0" : "must be a finite number",
            allowed: positive ? "a number > 0, or empty" : "a finite number")
          return nil
        }
        return x
      }
      let metric = cell("metric")
      if !metrics.contains(metric) {
        problems.report(
          at("metric"), value: "\"\(metric)\"",
          "not a metric of this scenario\(EditDistance.suggestion(for: metric, in: metrics))",
          allowed: "a metric id of Docs/metrics.md that the scenario reports")
      } else if let first = seen[metric] {
        problems.report(
          at("metric"), value: "\"\(metric)\"", "repeats line \(first)'s target", allowed: "each metric once")
      }
      seen[metric] = seen[metric] ?? row.line
      let value = number("value", positive: false)
      if value == nil && cell("value").isEmpty {
        problems.report(at("value"), "missing", allowed: "a finite number, the observed value in the metric's unit")
      }
      let tolerance = number("tolerance", positive: true)
      let standardError = number("std_error", positive: true)
      if cell("tolerance").isEmpty && cell("std_error").isEmpty {
        problems.report(at("tolerance"), "a target needs a tolerance or a standard error", allowed: "a number > 0")
      }
      let weight = number("weight", positive: true) ?? 1
      let heldOutText = cell("held_out").lowercased()
      let heldOut = ["yes", "true", "1"].contains(heldOutText)
      if !heldOut && !["", "no", "false", "0"].contains(heldOutText) {
        problems.report(at("held_out"), value: "\"\(cell("held_out"))\"", "not yes or no", allowed: "yes, no, or empty")
      }
      if let value, tolerance != nil || standardError != nil {
        targets.append(
          CalibrationTarget(
            metric: metric, value: value, tolerance: tolerance, standardError: standardError, weight: weight,
            heldOut: heldOut))
      }
    }
    if table.rows.isEmpty || (!targets.isEmpty && targets.allSatisfy(\.heldOut)) {
      problems.report("", "needs at least one target that is not held out", allowed: "a row with held_out empty or no")
    }
    try problems.throwIfAny()
    return targets
  }
}
