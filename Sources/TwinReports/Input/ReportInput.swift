import FileFormats
import Foundation
import ScenarioFiles
import TwinExperiments
import TwinOutputs

/// An output folder of `run`, `compare` (or `compare --uncertain`) or `sweep` (or `merge`), read into typed values: what
/// a report is made from. Optional files that are absent leave their part `nil`, and the report
/// leaves the matching section out with a note.
public struct ReportInput: Sendable {
  public enum Kind: String, Sendable {
    case run, compare, sweep
    /// `compare … --uncertain SET`: a comparison across plausible worlds.
    case uncertain
  }

  public var kind: Kind
  /// The folder as given.
  public var folder: String
  public var seed: UInt64
  /// Replications per scenario (run, compare) or design point (sweep).
  public var replications: Int
  public var antithetic: Bool
  /// Run: the one scenario; compare: every scenario, the base first; sweep: empty.
  public var scenarios: [ScenarioOutcome]
  /// Compare: each other scenario's paired difference from the base, per metric.
  public var differences: [PairedDifference]
  /// Compare: the metric whose paired difference is each scenario's added cost; `nil` for a
  /// run, a sweep, or a `comparison.json` that predates cost-effectiveness.
  public var costMetric: String? = nil
  /// Compare: what each key metric's change costs, per other scenario.
  public var costEffectiveness: [CostEffectiveness] = []
  /// `timeseries.csv`, after the warm-up.
  public var daily: DailyBands?
  /// `distributions.csv`.
  public var distributions: ResponseDistributions?
  /// Sweep: the runs and their design points.
  public var sweep: SweepResults?
  /// Uncertain: the comparison across plausible worlds.
  public var uncertain: UncertainSummary? = nil

  /// Which build made the results, how and when (the `provenance` of `summary.json`,
  /// `comparison.json`, `manifest.json` or `uncertain.json`); `nil` when they predate it.
  public var provenance: Provenance? = nil

  /// The language the output was made in (``RecordedLanguage``: `run`'s or `compare`'s
  /// `--lang`, else the scenario file's `language`; a sweep's base scenario's); English for
  /// files that record none. What `report` writes in unless told otherwise.
  public var language: ReportLanguage = .en

  /// The base scenario of a comparison (the run's scenario for a run).
  public var base: ScenarioOutcome? { scenarios.first }

  /// Reads the output folder at `path`.
  /// - Throws: ``FileReadError`` naming the folder when it holds none of `summary.json`,
  ///   `comparison.json`, `manifest.json`, `uncertain.json`, or naming the file and key path of
  ///   a bad file.
  public static func read(folder path: String) throws(FileReadError) -> ReportInput {
    let folder = URL(fileURLWithPath: path, isDirectory: true)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw FileReadError(path: path, message: "no such folder")
    }
    func exists(_ name: String) -> Bool {
      FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
    }
    if exists("comparison.json") { return try readComparison(folder, path: path) }
    if exists("summary.json") { return try readRun(folder, path: path) }
    if exists(SweepManifest.fileName) { return try readSweep(folder, path: path) }
    if exists(UncertainJSON.fileName) {
      let file = folder.appendingPathComponent(UncertainJSON.fileName)
      let summary = try UncertainJSON.read(file)
      return ReportInput(
        kind: .uncertain, folder: path, seed: summary.seed, replications: summary.replications, antithetic: false,
        scenarios: [], differences: [], daily: nil, distributions: nil, sweep: nil, uncertain: summary,
        provenance: try Provenance.read(from: file), language: try RecordedLanguage.read(from: file))
    }
    throw FileReadError(
      path: path,
      message: "not the output folder of run, compare or sweep: it holds none of summary.json (run), "
        + "comparison.json (compare), manifest.json (sweep, merge) and uncertain.json (compare --uncertain)")
  }

  private static func readRun(_ folder: URL, path: String) throws(FileReadError) -> ReportInput {
    let file = folder.appendingPathComponent("summary.json")
    let summary = try SummaryJSON.read(file)
    let scenario = ScenarioOutcome(summary)
    return ReportInput(
      kind: .run, folder: path, seed: summary.seed, replications: summary.replications,
      antithetic: summary.antithetic, scenarios: [scenario], differences: [],
      daily: try DailyBands.read(folder: folder, singleScenario: scenario.name),
      distributions: try ResponseDistributions.read(folder: folder, singleScenario: scenario.name), sweep: nil,
      provenance: try Provenance.read(from: file), language: try RecordedLanguage.read(from: file))
  }

  private static func readComparison(_ folder: URL, path: String) throws(FileReadError) -> ReportInput {
    let file = folder.appendingPathComponent("comparison.json")
    let comparison = try ComparisonJSON.read(file)
    return ReportInput(
      kind: .compare, folder: path, seed: comparison.base.seed, replications: comparison.base.replications,
      antithetic: comparison.base.antithetic, scenarios: comparison.summaries.map(ScenarioOutcome.init),
      differences: comparison.differences, costMetric: comparison.costMetric,
      costEffectiveness: comparison.costEffectiveness, daily: try DailyBands.read(folder: folder, singleScenario: nil),
      distributions: try ResponseDistributions.read(folder: folder, singleScenario: nil), sweep: nil,
      provenance: try Provenance.read(from: file), language: try RecordedLanguage.read(from: file))
  }

  private static func readSweep(_ folder: URL, path: String) throws(FileReadError) -> ReportInput {
    let results: SweepResults
    do {
      results = try SweepResults.merge([folder])
    } catch let error as FileReadError {
      throw error
    } catch {
      throw FileReadError(path: path, message: "\(error)")
    }
    return ReportInput(
      kind: .sweep, folder: path, seed: results.manifest.seed, replications: results.manifest.replications,
      antithetic: false, scenarios: [], differences: [], daily: nil, distributions: nil, sweep: results,
      provenance: results.manifest.provenance, language: results.manifest.language)
  }
}
