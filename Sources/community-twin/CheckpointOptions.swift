import CommunityModel
import FileFormats
import Foundation
import ScenarioFiles
import TwinCommandLine
import TwinExperiments
import TwinOutputs

/// The checkpoint rows of `run` (all three) and `compare` (`--from`), and what they do:
/// write every replication's state at a midnight, or go on from such a file, unchanged or
/// forked (`Docs/checkpoints.md`).
enum CheckpointOptions {
  static let checkpointDay = Option(
    "checkpoint-day", .integer("D", in: 1...Int.max), default: "none",
    help: "With --checkpoint: save every replication's whole state at the midnight ending day D, counted from the "
      + "start of the warm-up like an intervention's start_day (1 ≤ D < warm-up + days). The run still goes on to "
      + "its end and reports as usual.")
  static let checkpoint = Option(
    "checkpoint", .file(), default: "none",
    help: "With --checkpoint-day: the checkpoint file to write (atomically; versioned and checksummed).")
  static let from = Option(
    "from", .file(), default: "none (from day 0)",
    help: "Go on from the checkpoint FILE, at its midnight, with its seed, replications and run length. run: SCENARIO "
      + "may be left out (the checkpoint's own scenario goes on, exactly as the run that wrote it); a scenario "
      + "given may differ from the checkpoint's only in interventions starting on its day or later (a fork: what "
      + "that scenario's own run would give), its name and description. compare: every scenario is such a fork.")

  /// `--checkpoint-day` and `--checkpoint`, which go together: the day and the file, or nil.
  /// - Throws: a usage error when one is given without the other, or with `--from` (for `run`).
  static func request(_ arguments: ParsedArguments) throws(CommandFailure) -> (day: Int, file: String)? {
    let (day, file) = (arguments[checkpointDay], arguments[checkpoint])
    switch (day, file) {
    case (nil, nil): return nil
    case (let day?, let file?): return (day, file)
    case (nil, _):
      throw .usage(
        "--checkpoint needs --checkpoint-day", hint: "For example: --checkpoint-day 400 --checkpoint today.ckpt")
    case (_, nil):
      throw .usage(
        "--checkpoint-day needs --checkpoint FILE", hint: "For example: --checkpoint-day 400 --checkpoint today.ckpt")
    }
  }

  /// The options `--from` replaces: the checkpoint has its own seed, replications and days.
  /// - Throws: a usage error naming the first such option given with `--from`.
  static func refuseRunSettings(with arguments: ParsedArguments) throws(CommandFailure) {
    let settings: [OptionSpec] = [
      ExperimentTable.replications.spec, ExperimentTable.seed.spec, ExperimentTable.days.spec,
      ExperimentTable.warmupDays.spec, ExperimentTable.drainDays.spec, ExperimentTable.antithetic.spec,
    ]
    for option in settings where arguments.isGiven(option) {
      throw .usage(
        "\(option.spelling) cannot be given with --from: the checkpoint's replications, seed, pairing and run length "
          + "are those of the run that wrote it")
    }
  }

  /// The checkpoint file at `path`, written by the build `current` describes unless
  /// `allowOtherBuild`.
  /// - Throws: a data error (65) saying why it cannot be used, or naming both builds
  ///   (``BuildMismatch``) when another build wrote it (or one that recorded none).
  static func load(_ path: String, current: Provenance, allowOtherBuild: Bool) throws(CommandFailure) -> (
    header: CheckpointHeader, checkpoint: ExperimentCheckpoint
  ) {
    let loaded: (header: CheckpointHeader, checkpoint: ExperimentCheckpoint)
    do {
      loaded = try CheckpointFile.read(URL(fileURLWithPath: path))
    } catch {
      throw .dataError("\(error)")
    }
    if !allowOtherBuild,
      let mismatch = BuildMismatch.check(folder: path, found: loaded.header.provenance, current: current)
    {
      throw .dataError(mismatch.description)
    }
    return loaded
  }

  /// `scenario` (from `file`) as a fork of `checkpoint`: its run length and drain set to the
  /// checkpoint's (with a note when its file says otherwise).
  /// - Throws: a data error (65) naming the file when it changes more than a fork may.
  static func fork(_ scenario: Scenario, file: String, of checkpoint: ExperimentCheckpoint) throws(CommandFailure)
    -> Scenario
  {
    let original = checkpoint.scenario
    var fork = scenario
    (fork.days, fork.warmupDays, fork.drainDays, fork.drainTolerance) =
      (original.days, original.warmupDays, original.drainDays, original.drainTolerance)
    if fork != scenario {
      printError(
        "note: \(file) runs \(original.days) days after a \(original.warmupDays)-day warm-up and drains like the "
          + "checkpoint, not as its file sets")
    }
    let problems = original.forkProblems(fork, atDay: checkpoint.day)
    guard problems.isEmpty else { throw .dataError("\(file): " + problems.joined(separator: "; ")) }
    return fork
  }

  /// Throws unless a checkpoint can be written at `path` (its folder exists and is
  /// writable), so that a long run does not end in a checkpoint it cannot save.
  /// - Throws: cannot create (73).
  static func checkWritable(_ path: String) throws(CommandFailure) {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    guard FileManager.default.isWritableFile(atPath: folder) else {
      throw .cannotCreate("cannot write \(path): its folder \(folder) does not exist or is not writable")
    }
  }

  /// Writes `checkpoint` of the scenario read from `file` (whose bytes hash to `sha256`, with
  /// base files `bases`) to `path`, recording `provenance`, and says so on stderr.
  /// - Throws: cannot create (73).
  static func write(
    _ checkpoint: ExperimentCheckpoint, to path: String, scenarioFile file: String, sha256: String,
    bases: [ScenarioSource], provenance: Provenance
  ) throws(CommandFailure) {
    let header = CheckpointHeader(
      checkpoint, tool: "\(CommunityTwin.program.name) \(CommunityTwin.program.version ?? "")",
      written: ISO8601DateFormatter().string(from: Date()), scenarioFile: file, scenarioSHA256: sha256,
      scenarioBases: bases, provenance: provenance)
    do {
      try CheckpointFile.write(checkpoint, header: header, to: URL(fileURLWithPath: path))
    } catch {
      throw .cannotCreate("\(error)")
    }
    printError(
      "Wrote checkpoint \(path) (day \(checkpoint.day), \(checkpoint.replications) replications)")
  }
}
