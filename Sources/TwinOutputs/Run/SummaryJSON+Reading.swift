import FileFormats
import Foundation
import ScenarioFiles
import TwinExperiments

extension SummaryJSON {
  /// Reads a `summary.json` back into the ``ExperimentSummary`` it was rendered from
  /// (``render(_:)``): the same value, except that the precision target's metric list is the
  /// metrics the file records (the file does not list the metrics that were never measured).
  ///
  /// Files written before some keys existed still read: a missing `sha256` or `description`
  /// reads as "", missing `bases` as none, a missing `replication_rule` as a fixed count.
  /// - Throws: ``FileReadError`` naming the file and the key path of the first bad value.
  /// - Complexity: O(file size).
  public static func read(_ url: URL) throws(FileReadError) -> ExperimentSummary {
    let root = try JSONFields.root(of: url)
    let replications = try root.integer("replications", 0...Int.max)
    return try summary(
      of: root, seed: try root.unsigned("seed"), replications: replications, antithetic: try root.bool("antithetic"),
      precision: try precision(root, replications: replications))
  }

  /// The summary of one scenario entry: the object holding `scenario`, `days`, `warmup_days`
  /// and `metrics` (the root of `summary.json`, an element of `comparison.json`'s
  /// `scenarios`), with the run settings the file records elsewhere.
  static func summary(
    of fields: JSONFields, seed: UInt64, replications: Int, antithetic: Bool, precision: PrecisionReport?
  ) throws(FileReadError) -> ExperimentSummary {
    let scenario = try fields.fields("scenario")
    var metrics: [MetricSummary] = []
    for metric in try fields.array("metrics") {
      metrics.append(
        MetricSummary(
          name: try metric.string("name"), unit: try metric.string("unit"), mean: try metric.number("mean"),
          standardDeviation: try metric.number("sd"), ci95Low: try metric.number("ci95_low"),
          ci95High: try metric.number("ci95_high"), count: try metric.integer("n", 0...Int.max)))
    }
    var bases: [ScenarioSource] = []
    if scenario.contains("bases") {
      for base in try scenario.array("bases") {
        bases.append(ScenarioSource(file: try base.string("file"), sha256: try base.string("sha256")))
      }
    }
    var summary = ExperimentSummary(
      scenarioName: try scenario.string("name"), scenarioFile: try scenario.string("file"),
      scenarioSHA256: try scenario.optionalString("sha256") ?? "", scenarioBases: bases,
      scenarioDescription: try scenario.optionalString("description") ?? "", seed: seed, replications: replications,
      antithetic: antithetic, days: try fields.integer("days", 0...Int.max),
      warmupDays: try fields.integer("warmup_days", 0...Int.max), metrics: metrics)
    summary.precision = precision
    return summary
  }

  /// The `replication_rule` object of `root` (`summary.json` or `comparison.json`): `nil` for
  /// a fixed count or a file that predates the key. A `null` relative half-width is one that
  /// could not be computed (∞).
  static func precision(_ root: JSONFields, replications: Int) throws(FileReadError) -> PrecisionReport? {
    guard root.contains("replication_rule") else { return nil }
    let rule = try root.fields("replication_rule")
    let kind = try rule.string("kind")
    guard kind != "fixed" else { return nil }
    guard kind == "precision" else {
      throw FileReadError(path: rule.file, location: rule.keyPath("kind"), message: "not \"fixed\" or \"precision\"")
    }
    let basisText = try rule.optionalString("of") ?? PrecisionBasis.levels.rawValue
    guard let basis = PrecisionBasis(rawValue: basisText) else {
      throw FileReadError(
        path: rule.file, location: rule.keyPath("of"),
        message: "not one of \(PrecisionBasis.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    var metrics: [MetricPrecision] = []
    for metric in try rule.array("metrics") {
      metrics.append(
        MetricPrecision(
          scenario: try metric.string("scenario"), metric: try metric.string("metric"),
          relativeHalfWidth: try metric.number("relative_half_width") ?? .infinity, isMet: try metric.bool("met")))
    }
    var names: [String] = []
    for metric in metrics where !names.contains(metric.metric) { names.append(metric.metric) }
    let target = PrecisionTarget(
      relativeHalfWidth: try rule.finite("relative_half_width"), of: basis,
      minimum: try rule.integer("minimum", 0...Int.max), maximum: try rule.integer("maximum", 0...Int.max),
      metrics: names)
    return PrecisionReport(
      target: target, replications: replications, isReached: try rule.bool("reached"), metrics: metrics)
  }
}
