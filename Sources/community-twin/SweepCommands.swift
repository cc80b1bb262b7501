import FileFormats
import Foundation
import ScenarioFiles
import TwinCommandLine
import TwinExperiments
import TwinOutputs

/// A sweep's (or merge's) output folder, the positional argument of `sensitivity` and `explore`.
let sweepFolder = Positional(
  "DIR", noun: "a sweep output folder", example: "results/staffing-devolution", completion: .directories,
  help: "The output folder of a sweep (or of merge).")

/// `community-twin sweep`: the runs of a sweep file (or one shard of them), appended to
/// `runs.jsonl` as they finish; with `--resume`, the unfinished ones.
enum SweepCommand: Subcommand {
  static let out = CommonArguments.out(
    "Output folder.", default: "results/<sweep name>/, or results/<sweep name>/shard-I-of-N/ with --shard")
  static let shard = DefaultedOption(
    "shard", CommonArguments.shard, default: .all, defaultText: "all runs",
    help: "Run only the runs with index mod N = I (0 ≤ I < N), for job arrays (Docs/cluster.md).")
  static let resume = Flag(
    "resume",
    help: "Continue the sweep in DIR: skip finished runs, redo a run cut off mid-write. Without it, a DIR that already "
      + "holds runs is refused.")

  static let spec = CommandSpec(
    "sweep",
    positional: Positional(
      "SWEEP", noun: "a sweep file", example: "Scenarios/sweeps/staffing-devolution.json",
      completion: .files(extension: "json"), help: "A sweep file (JSON; Docs/sweeps.md)."),
    options: [out, CommonArguments.threads, shard, resume, CommonArguments.allowOtherVersion, CommonArguments.quiet],
    examples: [
      "sweep Scenarios/sweeps/staffing-devolution.json", "sweep Scenarios/sweeps/staffing-devolution.json --shard 0/4",
    ],
    summary: "Run a parameter sweep file (Docs/sweeps.md): every design point × replication, each run appended to "
      + "DIR/runs.jsonl and flushed to disk as it finishes. Run i is point i / R, replication i mod R, and shares its "
      + "random numbers with every point's replication i mod R.")

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {
    let provenance = CommonArguments.provenance()
    let sweep: Sweep
    do {
      sweep = try SweepFile.load(URL(fileURLWithPath: arguments.argument))
    } catch {
      throw .input(error)
    }
    let shard = arguments[shard]
    var fallback = RunOutput.defaultDirectory(forScenarioNamed: sweep.name)
    if shard != .all { fallback += "/shard-\(shard.index)-of-\(shard.count)" }
    let output = try prepareOutputDirectory(arguments[out], fallback: fallback)
    let report: SweepRunner.Report
    do {
      report = try ProgressBar.showing(unless: arguments[CommonArguments.quiet]) { progress in
        try SweepRunner(
          sweep: sweep, shard: shard, directory: output.url, threads: arguments[CommonArguments.threads],
          provenance: provenance
        )
        .run(
          resume: arguments[resume], allowOtherBuild: arguments[CommonArguments.allowOtherVersion], progress: progress)
      }
    } catch {
      throw .input(error)
    }
    var lines = [
      "\(sweep.name): shard \(shard) has \(report.shardRuns) of \(sweep.runCount) runs "
        + "(\(sweep.points.count) points × \(sweep.replications) replications, \(sweep.design.name))."
    ]
    if report.skipped > 0 { lines.append("Resumed: \(report.skipped) runs were already finished and kept.") }
    if report.discardedPartialLine {
      lines.append("A partial last line (a run cut off mid-write) was removed; that run was done again.")
    }
    lines.append("Ran \(report.ran) runs into \(output.path)/runs.jsonl.")
    if shard != .all { lines.append("When every shard is done: community-twin merge <shard folders> --out DIR") }
    printOutput(lines.joined(separator: "\n"))
  }
}

/// `community-twin merge`: the shards' runs combined, checked, and summarised per point.
enum MergeCommand: Subcommand {
  static let out = Option(
    "out", .directory(), required: true, help: "The folder for the merged results (created if missing).")

  static let spec = CommandSpec(
    "merge",
    positional: Positional(
      "DIR...", noun: "the output folders of a sweep's shards", example: "results/s/shard-* --out results/s/all",
      arity: .atLeast(1), completion: .directories, help: "The output folders of a sweep's shards."),
    options: [out, CommonArguments.allowOtherVersion],
    examples: ["merge results/staffing-devolution/shard-* --out results/staffing-devolution/merged"],
    summary: "Combine the output folders of a sweep's shards into --out DIR (runs.jsonl in run order, manifest.json, "
      + "points.csv: per point the parameters, then mean and 95% CI of each metric, and its tidy form for pandas and R, "
      + "points_long.csv and parameters_long.csv); report missing and duplicate "
      + "runs (exit 65 if any run is missing). Shards made by another version or commit of community-twin are refused "
      + "(exit 65) unless --allow-other-version.")

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {
    let provenance = CommonArguments.provenance()
    let folders = arguments.positionals.map { URL(fileURLWithPath: $0, isDirectory: true) }
    var results: SweepResults
    do {
      results = try SweepResults.merge(folders)
      for (folder, name) in zip(folders, arguments.positionals) where !arguments[CommonArguments.allowOtherVersion] {
        let found = try SweepManifest.read(from: folder).provenance
        if let mismatch = BuildMismatch.check(folder: name, found: found, current: provenance) { throw mismatch }
      }
    } catch {
      throw .input(error)
    }
    results.manifest.provenance = provenance
    let output = try prepareOutputDirectory(nil, fallback: arguments[required: out])
    try writeOutput(to: output.path, names: SweepResults.fileNames) {
      try results.write(to: output.url)
    }
    printOutput(results.report)
    if !results.missing.isEmpty || !results.conflicts.isEmpty || !results.partialLines.isEmpty {
      throw .dataError("the merged sweep is incomplete or inconsistent (see above); the files hold the runs found")
    }
  }
}

/// `community-twin sensitivity`: tornado data or global indices from a sweep's output.
enum SensitivityCommand: Subcommand {
  static let out = CommonArguments.out("Where to write.", default: "the sweep folder itself")

  static let spec = CommandSpec(
    "sensitivity", positional: sweepFolder, options: [out],
    examples: ["sensitivity results/staffing-devolution/merged"],
    summary: "From a (merged) sweep folder: one-at-a-time effects (tornado.csv) or standardized regression "
      + "coefficients and first-order Sobol indices (indices.csv), and sensitivity.json.")

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {
    let provenance = CommonArguments.provenance()
    let folder = arguments.argument
    let results: SweepResults
    do {
      results = try SweepResults.merge([URL(fileURLWithPath: folder, isDirectory: true)])
    } catch {
      throw .input(error)
    }
    if !results.missing.isEmpty {
      printError(
        "note: \(results.missing.count) of \(results.manifest.runs) runs are missing; the analysis uses the runs found")
    }
    let effects = Sensitivity.oneAtATime(results.runs)
    let indices = Sensitivity.global(results.runs)
    let output = try prepareOutputDirectory(arguments[out], fallback: folder)
    printOutput(SensitivityReport.table(manifest: results.manifest, effects: effects, indices: indices))
    try writeOutput(to: output.path, names: SensitivityReport.fileNames) {
      try SensitivityReport.write(
        manifest: results.manifest, effects: effects, indices: indices, provenance: provenance, to: output.url)
    }
  }
}
