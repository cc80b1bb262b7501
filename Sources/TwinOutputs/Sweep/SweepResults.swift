import FileFormats
import Foundation
import TwinExperiments

/// The runs of a sweep gathered from one or more output folders (shards), checked for
/// completeness: which runs are missing, which appear twice.
public struct SweepResults: Sendable {
  /// The sweep's manifest, for the whole sweep (shard `0/1`).
  public var manifest: SweepManifest
  /// One record per run found, by run index.
  public var records: [SweepRunRecord]
  /// Run indices of the sweep with no record.
  public var missing: [Int]
  /// Runs recorded more than once with identical results (kept once).
  public var duplicates: [Int]
  /// Runs recorded more than once with different results (the first is kept): a bug or a
  /// changed program between shards.
  public var conflicts: [Int]
  /// Folders whose log ended in a partial line (ignored; that run counts as missing).
  public var partialLines: [String]

  /// Merges the folders' runs.
  /// - Throws: ``FileReadError`` for a missing or bad manifest, ``SweepRunner/FolderError``
  ///   for folders of different sweeps or a damaged log.
  public static func merge(_ directories: [URL]) throws -> SweepResults {
    precondition(!directories.isEmpty, "SweepResults.merge: no folders")
    let manifests = try directories.map(SweepManifest.read(from:))
    for (directory, manifest) in zip(directories, manifests) where manifest.sha256 != manifests[0].sha256 {
      throw SweepRunner.FolderError(
        description: "\(directory.path) holds \(manifest.file) (SHA-256 \(manifest.sha256.prefix(12))…), "
          + "\(directories[0].path) holds \(manifests[0].file) (\(manifests[0].sha256.prefix(12))…): not the same sweep"
      )
    }
    // Shards must have run the same base scenario files (manifests that predate bases pass).
    if let r = manifests.firstIndex(where: { !$0.bases.isEmpty }) {
      for (directory, manifest) in zip(directories, manifests) {
        if let difference = manifest.baseDifference(from: manifests[r]) {
          throw SweepRunner.FolderError(
            description: "\(directory.path) is not a shard of the same sweep as \(directories[r].path): \(difference) "
              + "there; the base scenario changed between the shards")
        }
      }
    }
    var manifest = manifests[0]
    manifest.shard = .all
    var byRun: [Int: SweepRunRecord] = [:]
    var duplicates = Set<Int>()
    var conflicts = Set<Int>()
    var partial: [String] = []
    for directory in directories {
      let url = directory.appendingPathComponent("runs.jsonl")
      let log = try RunLog.read(url)
      if log.partialLine != nil { partial.append(directory.path) }
      for (number, line) in log.lines.enumerated() {
        guard
          let record = SweepRunRecord(
            jsonLine: line, parameterNames: manifest.parameters.map(\.path), metricNames: manifest.metrics),
          record.run >= 0, record.run < manifest.runs
        else {
          throw SweepRunner.FolderError(description: "\(url.path), line \(number + 1): not a run record of this sweep")
        }
        if let earlier = byRun[record.run] {
          if earlier.isIdentical(to: record) { duplicates.insert(record.run) } else { conflicts.insert(record.run) }
        } else {
          byRun[record.run] = record
        }
      }
    }
    return SweepResults(
      manifest: manifest, records: byRun.keys.sorted().map { byRun[$0]! },
      missing: (0..<manifest.runs).filter { byRun[$0] == nil }, duplicates: duplicates.sorted(),
      conflicts: conflicts.sorted(), partialLines: partial)
  }

  /// The runs found, with the design, parameters and metrics that read them.
  public var runs: SweepRuns {
    SweepRuns(
      design: manifest.design, parameters: manifest.parameters, metrics: manifest.metrics,
      units: manifest.metricUnits, replications: manifest.replications, records: records)
  }

  /// Every design point with at least one run, in point order (``SweepRuns/points``).
  public var points: [SweepRuns.Point] { runs.points }

  /// `points.csv`: `point`, one column per parameter (its key path), `n` (replications
  /// found), then `<metric>.mean`, `<metric>.ci95_low`, `<metric>.ci95_high` per metric.
  /// Undefined statistics are empty fields. O(points × metrics).
  public func pointsCSV() -> String {
    var header = ["point"] + manifest.parameters.map(\.path) + ["n"]
    for metric in manifest.metrics { header += ["\(metric).mean", "\(metric).ci95_low", "\(metric).ci95_high"] }
    var out = header.map(CSVText.field).joined(separator: ",") + "\n"
    for point in points {
      var fields = ["\(point.point)"] + point.parameters.map { CSVText.number($0) }
      fields.append("\(point.metrics.map(\.count).max() ?? 0)")
      for m in point.metrics { fields += [m.mean, m.ci95Low, m.ci95High].map(CSVText.number) }
      out += fields.joined(separator: ",") + "\n"
    }
    return out
  }

  /// The records as `runs.jsonl` text, in run order. O(runs).
  public func runsJSONL() -> String {
    records.map {
      $0.jsonLine(parameterNames: manifest.parameters.map(\.path), metricNames: manifest.metrics) + "\n"
    }.joined()
  }

  /// The files ``write(to:)`` writes, in order.
  public static let fileNames = [
    SweepManifest.fileName, "runs.jsonl", "points.csv", "points_long.csv", "parameters_long.csv",
  ]

  /// Writes `manifest.json`, `runs.jsonl` (sorted, each run once), `points.csv` and its tidy
  /// form, `points_long.csv` and `parameters_long.csv`, into `directory`, each atomically.
  public func write(to directory: URL) throws(OutputWriteError) {
    try AtomicFile.createDirectory(directory)
    try AtomicFile.write(Data(manifest.json().utf8), to: directory.appendingPathComponent(SweepManifest.fileName))
    try AtomicFile.write(Data(runsJSONL().utf8), to: directory.appendingPathComponent("runs.jsonl"))
    try AtomicFile.write(Data(pointsCSV().utf8), to: directory.appendingPathComponent("points.csv"))
    try AtomicFile.write(Data(pointsLongCSV().utf8), to: directory.appendingPathComponent("points_long.csv"))
    try AtomicFile.write(Data(parametersLongCSV().utf8), to: directory.appendingPathComponent("parameters_long.csv"))
  }

  /// What the merge found, in words: runs found of the total, and any missing, duplicate or
  /// conflicting runs (up to 20 indices listed each).
  public var report: String {
    func list(_ runs: [Int]) -> String {
      runs.prefix(20).map(String.init).joined(separator: ", ") + (runs.count > 20 ? ", … (\(runs.count) in all)" : "")
    }
    var lines = [
      "\(manifest.name): \(records.count) of \(manifest.runs) runs (\(manifest.points) points × \(manifest.replications) replications)."
    ]
    if !missing.isEmpty { lines.append("Missing runs: \(list(missing)).") }
    if !duplicates.isEmpty {
      lines.append("Runs found more than once with identical results (kept once): \(list(duplicates)).")
    }
    if !conflicts.isEmpty {
      lines.append("Runs found more than once with DIFFERENT results (first kept): \(list(conflicts)).")
    }
    for folder in partialLines {
      lines.append("\(folder)/runs.jsonl ends in a partial line (ignored; resume that shard).")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
