import FileFormats
import Foundation
import ScenarioFiles
import TwinExperiments

/// Runs a sweep's runs (or one shard's) in parallel into an output folder, run by run, so
/// that no finished run is ever lost and an interrupted sweep can be resumed.
///
/// The folder holds `manifest.json` (``SweepManifest``) and `runs.jsonl` (``RunLog``): each
/// run's record is appended and flushed to disk as the run finishes. Lines appear in
/// completion order, which depends on the threads; their content does not (each run's
/// random streams depend only on the seed and its replication number), and ``SweepMerge``
/// sorts them by run index.
///
/// **Resuming** (`resume: true`): the folder's manifest must name the same sweep file
/// contents (SHA-256) and shard (a manifest from before descriptions and metric units were
/// recorded is rewritten with them); finished runs are read back and skipped; a partial last
/// line (the process was killed mid-write) is cut off and its run is done again; runs made by
/// another build (``BuildMismatch``) are refused unless `allowOtherBuild`. An empty or
/// missing folder simply starts, so a retried cluster task can always pass `--resume`. A
/// folder that already has runs is never overwritten without `resume`.
public struct SweepRunner: Sendable {
  public let sweep: Sweep
  public let shard: Shard
  public let directory: URL
  public let threads: Int
  /// This build, recorded in a new folder's manifest and checked against a resumed one's;
  /// `nil`: none recorded, none checked.
  public let provenance: Provenance?

  public init(
    sweep: Sweep, shard: Shard = .all, directory: URL,
    threads: Int = ProcessInfo.processInfo.activeProcessorCount, provenance: Provenance? = nil
  ) {
    self.sweep = sweep
    self.provenance = provenance
    self.shard = shard
    self.directory = directory
    self.threads = max(1, threads)
  }

  /// What a call did.
  public struct Report: Hashable, Sendable {
    /// Runs of the shard, runs found finished (skipped), runs done now.
    public var shardRuns: Int
    public var skipped: Int
    public var ran: Int
    /// Whether a partial last line was found and cut off.
    public var discardedPartialLine: Bool
  }

  /// A sweep folder that cannot be used as asked.
  public struct FolderError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// Runs every unfinished run of the shard; `allowOtherBuild` resumes runs another build made.
  /// - Parameter progress: after each simulated day of each run and after each recorded run:
  ///   runs finished in this call and runs to do, days simulated and days to simulate.
  /// - Throws: ``FolderError`` (results already there without `resume`, another sweep's
  ///   folder, a corrupt log), ``BuildMismatch``, ``OutputWriteError``, or ``FileReadError``
  ///   for a bad manifest.
  public func run(
    resume: Bool, allowOtherBuild: Bool = false, progress: (@Sendable (ExperimentProgress) -> Void)? = nil
  ) throws -> Report {
    try AtomicFile.createDirectory(directory)
    let logURL = directory.appendingPathComponent("runs.jsonl")
    let manifest = SweepManifest(sweep: sweep, shard: shard, provenance: provenance)
    var done = Set<Int>()
    var discarded = false
    let existing = try RunLog.read(logURL)
    let hasManifest = FileManager.default.fileExists(
      atPath: directory.appendingPathComponent(SweepManifest.fileName).path)
    if resume && (hasManifest || !existing.lines.isEmpty || existing.partialLine != nil) {
      let found = try SweepManifest.read(from: directory)
      guard found.sha256 == manifest.sha256, found.shard == shard else {
        throw FolderError(
          description:
            "\(directory.path) holds shard \(found.shard) of \(found.file) (SHA-256 \(found.sha256.prefix(12))…), "
            + "not shard \(shard) of \(sweep.file) (\(manifest.sha256.prefix(12))…): nothing to resume there")
      }
      if let difference = manifest.baseDifference(from: found) {
        throw FolderError(
          description: "\(directory.path) cannot be resumed: \(difference) in its runs; the base scenario changed")
      }
      if let provenance, !allowOtherBuild, !existing.lines.isEmpty || existing.partialLine != nil,
        let mismatch = BuildMismatch.check(folder: directory.path, found: found.provenance, current: provenance)
      {
        throw mismatch
      }
      let noRuns = existing.lines.isEmpty && existing.partialLine == nil
      if found.metricUnits.isEmpty || found.bases.isEmpty || (noRuns && found.provenance != provenance) {
        // Written before descriptions, metric units and bases were recorded: record them now;
        // or no run yet: every run will be this build's.
        try AtomicFile.write(Data(manifest.json().utf8), to: directory.appendingPathComponent(SweepManifest.fileName))
      }
      for (number, line) in existing.lines.enumerated() {
        guard
          let record = SweepRunRecord(
            jsonLine: line, parameterNames: sweep.parameters.map(\.path), metricNames: sweep.metrics),
          shard.contains(record.run), record.run < sweep.runCount
        else {
          throw FolderError(
            description: "\(logURL.path), line \(number + 1): not a run record of this shard; the file is damaged")
        }
        done.insert(record.run)
      }
      if existing.partialLine != nil {
        try RunLog.truncate(logURL, to: existing.completeBytes)
        discarded = true
      }
    } else {
      guard existing.lines.isEmpty && existing.partialLine == nil else {
        throw FolderError(
          description: "\(directory.path) already holds sweep results (\(existing.lines.count) runs); "
            + "add --resume to continue that sweep, or choose another --out")
      }
      try AtomicFile.write(Data(manifest.json().utf8), to: directory.appendingPathComponent(SweepManifest.fileName))
    }

    let todo = shard.runs(of: sweep.runCount).filter { !done.contains($0) }
    let log = try RunLog(appendingTo: logURL)
    let parameterNames = sweep.parameters.map(\.path)
    try SweepExecution(sweep: sweep, threads: threads).run(todo, progress: progress) { record in
      try log.append(record.jsonLine(parameterNames: parameterNames, metricNames: sweep.metrics))
    }
    return Report(
      shardRuns: done.count + todo.count, skipped: done.count, ran: todo.count, discardedPartialLine: discarded)
  }
}
