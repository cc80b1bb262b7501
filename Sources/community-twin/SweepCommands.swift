import FileFormats
import Foundation
import ScenarioFiles
import TwinExperiments
import TwinOutputs

/// `community-twin sweep`: the runs of a sweep file (or one shard of them), appended to
/// `runs.jsonl` as they finish; with `--resume`, the unfinished ones.
func sweep(_ options: SweepOptions) {
  let sweep: Sweep
  do {
    sweep = try SweepFile.load(URL(fileURLWithPath: options.file))
  } catch {
    exitWithDataError(error)
  }
  var fallback = RunOutput.defaultDirectory(forScenarioNamed: sweep.name)
  if options.shard != .all { fallback += "/shard-\(options.shard.index)-of-\(options.shard.count)" }
  let output = prepareOutputDirectory(options.out, fallback: fallback)
  let bar = ProgressBar(quiet: options.quiet)
  let report: SweepRunner.Report
  do {
    report = try SweepRunner(
      sweep: sweep, shard: options.shard, directory: output.url,
      threads: options.threads ?? ProcessInfo.processInfo.activeProcessorCount
    ).run(resume: options.resume, progress: bar.update)
  } catch {
    bar.finish()
    if error is OutputWriteError {
      printError("community-twin: error: \(error)")
      exit(ExitStatus.cannotCreate)
    }
    exitWithDataError(error)
  }
  bar.finish()
  var lines = [
    "\(sweep.name): shard \(options.shard) has \(report.shardRuns) of \(sweep.runCount) runs "
      + "(\(sweep.points.count) points × \(sweep.replications) replications, \(sweep.design.name))."
  ]
  if report.skipped > 0 { lines.append("Resumed: \(report.skipped) runs were already finished and kept.") }
  if report.discardedPartialLine { lines.append("A partial last line (a run cut off mid-write) was removed; that run was done again.") }
  lines.append("Ran \(report.ran) runs into \(output.path)/runs.jsonl.")
  if options.shard != .all { lines.append("When every shard is done: community-twin merge <shard folders> --out DIR") }
  printOutput(lines.joined(separator: "\n"))
}

/// `community-twin merge`: the shards' runs combined, checked, and summarised per point.
func merge(folders: [String], out: String) {
  let results: SweepResults
  do {
    results = try SweepResults.merge(folders.map { URL(fileURLWithPath: $0, isDirectory: true) })
  } catch {
    exitWithDataError(error)
  }
  let output = prepareOutputDirectory(out, fallback: out)
  writeOutput(to: output.path, names: ["manifest.json", "runs.jsonl", "points.csv"]) {
    try results.write(to: output.url)
  }
  printOutput(results.report)
  if !results.missing.isEmpty || !results.conflicts.isEmpty || !results.partialLines.isEmpty {
    printError("community-twin: error: the merged sweep is incomplete or inconsistent (see above); the files hold the runs found")
    exit(ExitStatus.dataError)
  }
}

/// `community-twin sensitivity`: tornado data or global indices from a sweep's output.
func sensitivity(folder: String, out: String?) {
  let results: SweepResults
  do {
    results = try SweepResults.merge([URL(fileURLWithPath: folder, isDirectory: true)])
  } catch {
    exitWithDataError(error)
  }
  if !results.missing.isEmpty {
    printError("note: \(results.missing.count) of \(results.manifest.runs) runs are missing; the analysis uses the runs found")
  }
  let effects = Sensitivity.oneAtATime(results.runs)
  let indices = Sensitivity.global(results.runs)
  let output = prepareOutputDirectory(out, fallback: folder)
  printOutput(SensitivityReport.table(manifest: results.manifest, effects: effects, indices: indices))
  writeOutput(to: output.path, names: SensitivityReport.fileNames) {
    try SensitivityReport.write(manifest: results.manifest, effects: effects, indices: indices, to: output.url)
  }
}
