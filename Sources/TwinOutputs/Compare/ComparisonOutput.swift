import FileFormats
import Foundation
import ScenarioFiles
import TwinExperiments

/// The files `community-twin compare` leaves in its output directory:
///
/// - `comparison.json` — ``ComparisonJSON``: settings, every scenario's metric summaries and
///   every paired difference against the base;
/// - `comparison.csv` — ``ComparisonCSV``: the same, one row per scenario × metric;
/// - `replications.csv` — `scenario,replication,metric,value`: every metric of every run;
/// - `timeseries.csv` — `scenario,replication,day,metric,value`: the daily series;
/// - `distributions.csv` — `scenario,replication,tier,bin_low_days,bin_high_days,count`:
///   response times by tier, binned.
///
/// Each file is written atomically (``AtomicFile``), as in ``RunOutput``.
public enum ComparisonOutput {
  /// The file names, in the order they are written.
  public static let fileNames = [
    "comparison.json", "comparison.csv", "replications.csv", "timeseries.csv", "distributions.csv",
  ]

  /// Writes the five files for `comparison` of `result` into `directory`, creating it if
  /// missing, `comparison.json` with its `language` (``RecordedLanguage``) and `provenance`
  /// when given; returns the files' URLs in ``fileNames`` order. O(size of the output).
  /// - Throws: ``OutputWriteError`` naming the first path that could not be written and why.
  @discardableResult
  public static func write(
    _ comparison: Comparison, result: ExperimentResult, language: ReportLanguage = .en, provenance: Provenance? = nil,
    to directory: URL
  ) throws(OutputWriteError) -> [URL] {
    try RunOutput.prepare(directory)
    let runs = Array(zip(result.names, result.results)).map { (name: $0.0, results: $0.1) }
    let contents = [
      ComparisonJSON.render(comparison, language: language, provenance: provenance), ComparisonCSV.render(comparison),
      TidyCSV.replications(byScenario: runs),
      TidyCSV.timeseries(byScenario: runs), TidyCSV.distributions(byScenario: runs),
    ]
    return try AtomicFile.write(Array(zip(fileNames, contents)), in: directory)
  }
}
