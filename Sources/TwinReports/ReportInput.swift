import Foundation
import ScenarioFiles
import TwinExperiments
import TwinOutputs

/// An output folder of `run`, `compare` or `sweep` (or `merge`), read into typed values: what
/// a report is made from. Optional files that are absent leave their part `nil`, and the report
/// leaves the matching section out with a note.
public struct ReportInput: Sendable {
  public enum Kind: String, Sendable {
    case run, compare, sweep
  }

  public var kind: Kind
  /// The folder as given.
  public var folder: String
  public var seed: String
  /// Replications per scenario (run, compare) or design point (sweep).
  public var replications: Int
  public var antithetic: Bool
  /// Run: the one scenario; compare: every scenario, the base first; sweep: empty.
  public var scenarios: [ScenarioOutcome]
  /// Compare: each other scenario's paired difference from the base, per metric.
  public var differences: [PairedDifference]
  /// `timeseries.csv`, after the warm-up.
  public var daily: DailyBands?
  /// `distributions.csv`.
  public var distributions: ResponseDistributions?
  /// Sweep: the runs and their design points.
  public var sweep: SweepResults?

  /// The base scenario of a comparison (the run's scenario for a run).
  public var base: ScenarioOutcome? { scenarios.first }

  /// Reads the output folder at `path`.
  /// - Throws: ``ReportInputError`` naming the folder when it holds none of `summary.json`,
  ///   `comparison.json`, `manifest.json`, or naming the file and key path of a bad file.
  public static func read(folder path: String) throws(ReportInputError) -> ReportInput {
    let folder = URL(fileURLWithPath: path, isDirectory: true)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw ReportInputError(path: path, message: "no such folder")
    }
    func exists(_ name: String) -> Bool {
      FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
    }
    if exists("comparison.json") { return try readComparison(folder, path: path) }
    if exists("summary.json") { return try readRun(folder, path: path) }
    if exists(SweepManifest.fileName) { return try readSweep(folder, path: path) }
    throw ReportInputError(
      path: path,
      message: "not the output folder of run, compare or sweep: it holds none of summary.json (run), "
        + "comparison.json (compare) and manifest.json (sweep, merge)")
  }

  private static func readRun(_ folder: URL, path: String) throws(ReportInputError) -> ReportInput {
    let root = try JSONFields.root(of: folder.appendingPathComponent("summary.json"))
    let scenario = try outcome(root, scenarioKey: "scenario")
    return ReportInput(
      kind: .run, folder: path, seed: try seedText(root), replications: try root.integer("replications"),
      antithetic: try root.bool("antithetic"), scenarios: [scenario], differences: [],
      daily: try DailyBands.read(folder: folder, singleScenario: scenario.name),
      distributions: try ResponseDistributions.read(folder: folder, singleScenario: scenario.name), sweep: nil)
  }

  private static func readComparison(_ folder: URL, path: String) throws(ReportInputError) -> ReportInput {
    let root = try JSONFields.root(of: folder.appendingPathComponent("comparison.json"))
    var scenarios: [ScenarioOutcome] = []
    for entry in try root.array("scenarios") { scenarios.append(try outcome(entry, scenarioKey: "scenario")) }
    let baseName = try root.string("base")
    guard let baseIndex = scenarios.firstIndex(where: { $0.name == baseName }) else {
      throw ReportInputError(path: root.file, location: "base", message: "'\(baseName)' is none of the scenarios")
    }
    scenarios.insert(scenarios.remove(at: baseIndex), at: 0)
    var differences: [PairedDifference] = []
    for entry in try root.array("differences") {
      differences.append(
        PairedDifference(
          metric: try entry.string("metric"), unit: try entry.string("unit"), scenario: try entry.string("scenario"),
          meanDifference: try entry.number("mean_diff"), standardDeviation: try entry.number("sd"),
          ci95Low: try entry.number("ci95_low"), ci95High: try entry.number("ci95_high"),
          count: try entry.integer("n"), relativeChange: try entry.number("relative_change")))
      let significant = try entry.bool("significant")
      guard significant == differences.last!.isSignificant else {
        throw ReportInputError(
          path: root.file, location: "\(entry.path).significant",
          message: "\(significant) contradicts the interval [ci95_low, ci95_high] (significant means it excludes 0)")
      }
    }
    return ReportInput(
      kind: .compare, folder: path, seed: try seedText(root), replications: try root.integer("replications"),
      antithetic: try root.bool("antithetic"), scenarios: scenarios, differences: differences,
      daily: try DailyBands.read(folder: folder, singleScenario: nil),
      distributions: try ResponseDistributions.read(folder: folder, singleScenario: nil), sweep: nil)
  }

  private static func readSweep(_ folder: URL, path: String) throws(ReportInputError) -> ReportInput {
    let results: SweepResults
    do {
      results = try SweepResults.merge([folder])
    } catch {
      throw ReportInputError(path: path, message: "\(error)")
    }
    return ReportInput(
      kind: .sweep, folder: path, seed: "\(results.manifest.seed)", replications: results.manifest.replications,
      antithetic: false, scenarios: [], differences: [], daily: nil, distributions: nil, sweep: results)
  }

  /// The seed as written (a whole number up to 2^64 − 1, beyond `Double`'s exact range).
  private static func seedText(_ root: JSONFields) throws(ReportInputError) -> String {
    guard let number = JSONFields.number(root.object["seed"]) else {
      throw ReportInputError(path: root.file, location: "seed", message: "missing or not a whole number")
    }
    return number.stringValue
  }

  /// A scenario's summary: `summary.json`'s root or an element of `comparison.json`'s
  /// `scenarios`.
  private static func outcome(_ fields: JSONFields, scenarioKey: String) throws(ReportInputError) -> ScenarioOutcome {
    let scenario = try fields.fields(scenarioKey)
    var metrics: [MetricSummary] = []
    for metric in try fields.array("metrics") {
      metrics.append(
        MetricSummary(
          name: try metric.string("name"), unit: try metric.string("unit"), mean: try metric.number("mean"),
          standardDeviation: try metric.number("sd"), ci95Low: try metric.number("ci95_low"),
          ci95High: try metric.number("ci95_high"), count: try metric.integer("n")))
    }
    var bases: [ScenarioSource] = []
    if scenario.object["bases"] != nil {
      for base in try scenario.array("bases") {
        bases.append(ScenarioSource(file: try base.string("file"), sha256: try base.string("sha256")))
      }
    }
    return ScenarioOutcome(
      name: try scenario.string("name"), file: try scenario.string("file"), sha256: try scenario.optionalString("sha256"),
      bases: bases, description: try scenario.optionalString("description"), days: try fields.integer("days"),
      warmupDays: try fields.integer("warmup_days"), metrics: metrics)
  }
}
