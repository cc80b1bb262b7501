import FileFormats
import Foundation
import TwinCommandLine
import TwinExperiments
import TwinOutputs

/// `community-twin run`: one scenario, its replications in parallel, the summary on stdout
/// and `summary.json`, `replications.csv`, `timeseries.csv` in the output directory.
enum RunCommand: Subcommand {
  static let spec = CommandSpec(
    "run", positional: CommonArguments.scenario, options: ExperimentTable.options,
    examples: [
      "run Scenarios/baseline.json --replications 20 --seed 7",
      "run Scenarios/baseline.json --format csv > baseline.csv",
      "run Scenarios/baseline.json --replications auto --precision 0.02",
    ],
    summary: "Simulate the scenario file SCENARIO (JSON) for independent replications in parallel, print every "
      + "metric's mean and 95% confidence interval, and write summary.json, replications.csv, timeseries.csv and "
      + "distributions.csv.")

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {
    let options = try ExperimentOptions(arguments)
    let path = options.scenarios[0]
    var (scenario, fileBytes, bases) = try loadScenario(path)
    if let days = options.days { scenario.days = days }
    if let warmup = options.warmupDays { scenario.warmupDays = warmup }
    if let drain = options.drainDays { scenario.drainDays = drain }
    let seed = options.seed ?? scenario.seed
    let output = try prepareOutputDirectory(
      options.out, fallback: RunOutput.defaultDirectory(forScenarioNamed: scenario.name))
    let experiment = Experiment(
      scenarios: [scenario], seed: seed, replications: options.plan(fileReplications: scenario.replications),
      antithetic: options.antithetic)
    let result = try runWithProgress(experiment, threads: options.threads, quiet: options.quiet)
    let summary = result.summary(of: 0, file: path, sha256: SHA256.hex(fileBytes), bases: bases)
    var report =
      switch options.format {
      case .table: SummaryTable.render(summary)
      case .json: SummaryJSON.render(summary)
      case .csv: TidyCSV.metricSummaries(summary)
      }
    if options.format == .table, let precision = result.precision { report += "\n" + precision.sentence + "\n" }
    printOutput(report)
    for saturated in SaturatedDepartment.find(in: result) { printError(saturated.note) }
    try writeOutput(to: output.path, names: RunOutput.fileNames) {
      try RunOutput.write(summary, results: result.results[0], to: output.url)
    }
  }
}
