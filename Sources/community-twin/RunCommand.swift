import CommunityModel
import FileFormats
import Foundation
import ScenarioFiles
import TwinCommandLine
import TwinExperiments
import TwinOutputs

/// `community-twin run`: one scenario, its replications in parallel, the summary on stdout
/// and `summary.json`, `replications.csv`, `timeseries.csv` in the output directory; with
/// `--checkpoint-day`, a checkpoint file too, and with `--from`, from a checkpoint's midnight.
enum RunCommand: Subcommand {
  static let spec = CommandSpec(
    "run",
    positional: Positional(
      "SCENARIO", noun: "a scenario file", example: "Scenarios/baseline.json", arity: .optional,
      completion: .files(extension: "json"),
      help: CommonArguments.scenario.help + " Left out with --from: the checkpoint's own scenario goes on."),
    options: ExperimentTable.options + [
      CheckpointOptions.checkpointDay, CheckpointOptions.checkpoint, CheckpointOptions.from,
      CommonArguments.allowOtherVersion,
    ],
    examples: [
      "run Scenarios/baseline.json --replications 20 --seed 7",
      "run Scenarios/baseline.json --format csv > baseline.csv",
      "run Scenarios/baseline.json --lang zh   (the table in Chinese; report then writes Chinese too)",
      "run Scenarios/baseline.json --replications auto --precision 0.02",
      "run Scenarios/baseline.json --checkpoint-day 395 --checkpoint today.ckpt",
      "run Scenarios/devolution-from-today.json --from today.ckpt",
    ],
    summary: "Simulate the scenario file SCENARIO (JSON) for independent replications in parallel, print every "
      + "metric's mean and 95% confidence interval, and write summary.json, replications.csv, timeseries.csv and "
      + "distributions.csv. With --checkpoint-day, also save every replication's state at that midnight; with "
      + "--from, go on from such a checkpoint, unchanged or forked (Docs/checkpoints.md).")

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {
    let provenance = CommonArguments.provenance()
    let options = try ExperimentOptions(arguments)
    let checkpointRequest = try CheckpointOptions.request(arguments)
    var experiment: Experiment
    let (path, fileBytes, bases, name): (String, String, [ScenarioSource], String)
    var fileLanguage = ReportLanguage.en
    if let from = arguments[CheckpointOptions.from] {
      try CheckpointOptions.refuseRunSettings(with: arguments)
      let (header, checkpoint) = try CheckpointOptions.load(
        from, current: provenance, allowOtherBuild: arguments[CommonArguments.allowOtherVersion])
      let scenario: Scenario
      if let given = options.scenarios.first {
        let loaded = try loadScenario(given)
        scenario = try CheckpointOptions.fork(loaded.scenario, file: given, of: checkpoint)
        (path, fileBytes, bases, fileLanguage) = (given, SHA256.hex(loaded.bytes), loaded.bases, loaded.language)
      } else {
        scenario = checkpoint.scenario
        (path, fileBytes, bases) = (header.scenarioFile, header.scenarioSHA256, header.scenarioBases)
      }
      name = scenario.name
      experiment = Experiment(continuing: checkpoint, scenarios: [scenario])
    } else {
      guard let given = options.scenarios.first else {
        throw .usage(
          "'run' needs a scenario file (or --from FILE)",
          hint: "For example: community-twin run Scenarios/baseline.json")
      }
      var (scenario, bytes, loadedBases, language) = try loadScenario(given)
      fileLanguage = language
      if let days = options.days { scenario.days = days }
      if let warmup = options.warmupDays { scenario.warmupDays = warmup }
      if let drain = options.drainDays { scenario.drainDays = drain }
      (path, fileBytes, bases, name) = (given, SHA256.hex(bytes), loadedBases, scenario.name)
      experiment = Experiment(
        scenarios: [scenario], seed: options.seed ?? scenario.seed,
        replications: options.plan(fileReplications: scenario.replications), antithetic: options.antithetic)
    }
    experiment.checkpointDay = checkpointRequest?.day
    if let file = checkpointRequest?.file { try CheckpointOptions.checkWritable(file) }
    let output = try ResultsFolder(
      options.out, fallback: RunOutput.defaultDirectory(forScenarioNamed: name), force: options.force)
    let language = arguments[CommonArguments.lang] ?? fileLanguage
    let result = try runWithProgress(experiment, threads: options.threads, quiet: options.quiet, language: language)
    let summary = result.summary(of: 0, file: path, sha256: fileBytes, bases: bases)
    var report =
      switch options.format {
      case .table: SummaryTable.render(summary, language: language)
      case .json: SummaryJSON.render(summary, language: language, provenance: provenance)
      case .csv: TidyCSV.metricSummaries(summary)
      }
    if options.format == .table, let precision = result.precision {
      report += "\n" + precision.sentence(in: language) + "\n"
    }
    printOutput(report)
    for saturated in SaturatedDepartment.find(in: result) { printError(saturated.note(in: language)) }
    try output.write(RunOutput.fileNames, language: language) {
      try RunOutput.write(
        summary, results: result.results[0], language: language, provenance: provenance, to: output.url)
    }
    if let file = checkpointRequest?.file, let checkpoint = result.checkpoint {
      try CheckpointOptions.write(
        checkpoint, to: file, scenarioFile: path, sha256: fileBytes, bases: bases, provenance: provenance)
    }
  }
}
