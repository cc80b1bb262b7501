import Foundation
import ScenarioFiles
import TwinCommandLine
import TwinExperiments
import TwinOutputs

/// Table rows several commands share: the scenario file, the seed, threads, the output
/// folder, `--quiet`.
enum CommonArguments {
  /// A scenario file: `run`, `warmup`, `validate`.
  static let scenario = Positional(
    "SCENARIO", noun: "a scenario file", example: "Scenarios/baseline.json", completion: .files(extension: "json"),
    help:
      "A scenario file (JSON; Docs/scenario-format.md). Every problem in it is listed at once, with its key path and "
      + "allowed range.")

  /// `--seed S`; `defaultText` says where the seed comes from when it is not given.
  static func seed(default defaultText: String) -> Option<UInt64> {
    Option(
      "seed", .unsigned("S"), default: defaultText,
      help: "Master random seed, a whole number 0 ... 2^64 − 1. Replication r always uses the same random streams for "
        + "a given S.")
  }

  /// The value of `--shard I/N` (`sweep`, `calibrate`).
  static let shard = ValueParser<Shard>(
    placeholder: "I/N", expectation: "I/N with 0 ≤ I < N",
    hint: "For example --shard 0/4 … --shard 3/4 for four shards.", convert: { Shard($0) })

  /// `--threads T`.
  static let threads = DefaultedOption(
    "threads", .integer("T", in: 1...Int.max), default: ProcessInfo.processInfo.activeProcessorCount,
    defaultText: "all cores (\(ProcessInfo.processInfo.activeProcessorCount) here)",
    help: "Worker threads, ≥ 1. Results are identical for every T.")

  /// `--out DIR`; `defaultText` names the folder used when it is not given.
  static func out(_ help: String = "Output directory, created if missing.", default defaultText: String) -> Option<
    String
  > {
    Option("out", .directory(), default: defaultText, help: help)
  }

  /// `--allow-other-version` (`sweep`, `calibrate`, `merge`; `run` and `compare` with `--from`).
  static let allowOtherVersion = Flag(
    "allow-other-version",
    help: "Use results (in DIR, or in a checkpoint to go on from) that another version or commit of community-twin "
      + "made (or one that recorded none); without it they are refused (exit 65), naming both builds.")

  /// This process's provenance (``Provenance``), with the commit the build embedded.
  static func provenance() -> Provenance { Provenance.current(commit: buildCommit) }

  /// `--lang en|zh` of the commands that print a table (`run`, `compare`, `calibrate`).
  static let lang = Option(
    "lang", .choice(ReportLanguage.self), default: "the (base) scenario file's language, else en",
    help: "Language of the table and notes printed, en or zh (simplified Chinese: sentences, headers, metric labels "
      + "and units, verdicts; large amounts in 万 and 亿). Recorded in the output, so report on it defaults to it; "
      + "JSON and CSV keys and values stay English (Docs/reports.md).")

  /// `--quiet`.
  static let quiet = Flag(
    "quiet", help: "No progress bar. (The bar is drawn on stderr only when stderr is a terminal.)")
}
