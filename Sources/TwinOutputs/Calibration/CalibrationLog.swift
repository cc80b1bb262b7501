import FileFormats
import Foundation
import TwinExperiments

/// A calibration's finished runs, one JSON line each, appended and flushed as each finishes
/// (`runs.jsonl` in the output folder, `shard-I-of-N/runs.jsonl` for a shard of the design),
/// so that `calibrate --resume` goes on after a crash and gathers shards:
///
/// ```json
/// {"values":[21.5,0.131],"replication":3,"metrics":[14.1,0.075]}
/// ```
///
/// Beside each log, `provenance.json` (``Provenance/fileName``, ``Provenance/fileText``) names
/// the build that began it, so a resume by another build is refused
/// (``buildMismatch(in:shard:current:)``).
public enum CalibrationLog {
  public static let fileName = "runs.jsonl"

  /// The log file of `shard` (or of the whole search, for ``Shard/all``) in `directory`.
  public static func url(in directory: URL, shard: Shard) -> URL {
    shard == .all
      ? directory.appendingPathComponent(fileName)
      : directory.appendingPathComponent("shard-\(shard.index)-of-\(shard.count)").appendingPathComponent(fileName)
  }

  /// `record` as one line (no line break). O(values + metrics).
  public static func line(_ record: CalibrationRunRecord) -> String {
    func numbers(_ xs: [Double]) -> String {
      "[" + xs.map { $0.isFinite ? $0.description : "null" }.joined(separator: ",") + "]"
    }
    return "{\"values\":\(numbers(record.values)),\"replication\":\(record.replication),"
      + "\"metrics\":\(numbers(record.metrics))}"
  }

  /// Every run recorded in the logs of `directory` that `shard` reads: for the whole search
  /// (``Shard/all``) its own log and every shard's, for a shard its own log only; after cutting
  /// off a partial last line (a run killed while being written, to be run again).
  /// - Throws: ``FileReadError`` naming a log and line that is not a run of `parameters`
  ///   values and `targets` metrics; ``OutputWriteError`` if a partial line cannot be cut.
  public static func read(_ directory: URL, shard: Shard, parameters: Int, targets: Int) throws
    -> [CalibrationRunRecord]
  {
    var records: [CalibrationRunRecord] = []
    for log in logs(in: directory, shard: shard) {
      let (lines, complete, partial) = try RunLog.read(log)
      if partial != nil { try RunLog.truncate(log, to: complete) }
      for (n, line) in lines.enumerated() {
        guard let fields = JSONFields.parse(Data(line.utf8), file: log.path) else {
          throw FileReadError(path: log.path, location: "line \(n + 1)", message: "not a JSON object")
        }
        let record = CalibrationRunRecord(
          values: try fields.numbers("values"), replication: try fields.integer("replication", 0...Int.max),
          metrics: try fields.numbers("metrics"))
        guard record.values.count == parameters, record.metrics.count == targets else {
          throw FileReadError(
            path: log.path, location: "line \(n + 1)",
            message: "a run of \(record.values.count) parameters and \(record.metrics.count) metrics, not "
              + "\(parameters) and \(targets): the log of another calibration (use another --out)")
        }
        records.append(record)
      }
    }
    return records
  }

  /// The logs `shard` reads in `directory`: its own, and for the whole search every shard's.
  static func logs(in directory: URL, shard: Shard) -> [URL] {
    var logs = [url(in: directory, shard: shard)]
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    for entry in entries.sorted() where shard == .all && entry.hasPrefix("shard-") {
      logs.append(directory.appendingPathComponent(entry).appendingPathComponent(fileName))
    }
    return logs
  }

  /// Records `provenance` beside the log of `shard` in `directory` unless a build is recorded
  /// there already (the one that began the log).
  /// - Throws: ``OutputWriteError``.
  public static func recordBuild(_ provenance: Provenance, in directory: URL, shard: Shard) throws(OutputWriteError) {
    let file = url(in: directory, shard: shard).deletingLastPathComponent().appendingPathComponent(Provenance.fileName)
    guard !FileManager.default.fileExists(atPath: file.path) else { return }
    try AtomicFile.write(Data(provenance.fileText.utf8), to: file)
  }

  /// The first log `shard` reads in `directory` that holds runs of another build than
  /// `current` (or of one that recorded none); `nil` when every log with runs is this build's.
  /// - Throws: ``FileReadError`` for a malformed `provenance.json`.
  public static func buildMismatch(in directory: URL, shard: Shard, current: Provenance) throws(FileReadError)
    -> BuildMismatch?
  {
    for log in logs(in: directory, shard: shard) {
      let size = (try? FileManager.default.attributesOfItem(atPath: log.path)[.size] as? Int) ?? 0
      guard size > 0 else { continue }
      let folder = log.deletingLastPathComponent()
      let file = folder.appendingPathComponent(Provenance.fileName)
      let found = FileManager.default.fileExists(atPath: file.path) ? try Provenance.read(from: file) : nil
      if let mismatch = BuildMismatch.check(folder: folder.path, found: found, current: current) { return mismatch }
    }
    return nil
  }
}
