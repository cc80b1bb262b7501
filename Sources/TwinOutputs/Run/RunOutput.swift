import CommunityModel
import FileFormats
import Foundation
import ScenarioFiles
import TwinExperiments

/// The files a run leaves in its output directory:
///
/// - `summary.json` — ``SummaryJSON``: settings and per-metric mean, sd, 95 % CI, n;
/// - `replications.csv` — ``TidyCSV/replications(_:)``: every metric of every replication;
/// - `timeseries.csv` — ``TidyCSV/timeseries(_:)``: the daily series of every replication;
/// - `distributions.csv` — ``TidyCSV/distributions(_:)``: response times by tier, binned.
///
/// Each file is written atomically (``AtomicFile``): after a crash or a failed write a file
/// is either the previous complete version or the new complete one.
public enum RunOutput {
  /// The file names, in the order they are written.
  public static let fileNames = ["summary.json", "replications.csv", "timeseries.csv", "distributions.csv"]

  /// The default output directory for a scenario: `results/<name>`, relative to the current
  /// directory. Characters that cannot appear in one path component (`/`, `\`, NUL) become
  /// `_`; an empty name, `.` or `..` becomes `scenario`. O(name length).
  public static func defaultDirectory(forScenarioNamed name: String) -> String {
    var component = String(name.map { $0 == "/" || $0 == "\\" || $0 == "\0" ? "_" : $0 })
    if component.isEmpty || component == "." || component == ".." { component = "scenario" }
    return "results/" + component
  }

  /// Creates `directory` (and missing parents) if needed, so an unwritable destination is
  /// found before a long run rather than after it.
  /// - Throws: ``OutputWriteError``.
  public static func prepare(_ directory: URL) throws(OutputWriteError) {
    try AtomicFile.createDirectory(directory)
  }

  /// Writes the four files for `summary` and its `results` into `directory`, creating it if
  /// missing, `summary.json` with its `language` (``RecordedLanguage``) and `provenance` when
  /// given; returns the files' URLs in
  /// ``fileNames`` order. O(size of the output).
  /// - Throws: ``OutputWriteError`` naming the first path that could not be written and why;
  ///   files written before it stay (each complete).
  @discardableResult
  public static func write(
    _ summary: ExperimentSummary, results: [ReplicationResult], language: ReportLanguage = .en,
    provenance: Provenance? = nil, to directory: URL
  ) throws(OutputWriteError) -> [URL] {
    try prepare(directory)
    let contents = [
      SummaryJSON.render(summary, language: language, provenance: provenance), TidyCSV.replications(results),
      TidyCSV.timeseries(results),
      TidyCSV.distributions(results),
    ]
    return try AtomicFile.write(Array(zip(fileNames, contents)), in: directory)
  }
}
