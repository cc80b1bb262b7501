import FileFormats
import Foundation
import TwinExperiments
import TwinOutputs

/// `community-twin run`: one scenario, its replications in parallel, the summary on stdout
/// and `summary.json`, `replications.csv`, `timeseries.csv` in the output directory.
func run(_ options: ExperimentOptions) {
  let path = options.scenarios[0]
  var (scenario, fileBytes, bases) = loadScenario(path)
  if let days = options.days { scenario.days = days }
  if let warmup = options.warmupDays { scenario.warmupDays = warmup }
  let seed = options.seed ?? scenario.seed
  let output = prepareOutputDirectory(options.out, fallback: RunOutput.defaultDirectory(forScenarioNamed: scenario.name))
  let experiment = Experiment(
    scenarios: [scenario], seed: seed, replications: options.plan(fileReplications: scenario.replications),
    antithetic: options.antithetic)
  let result = runWithProgress(experiment, threads: options.threads, quiet: options.quiet)
  let summary = result.summary(of: 0, file: path, sha256: SHA256.hex(fileBytes), bases: bases)
  var report =
    switch options.format {
    case .table: SummaryTable.render(summary)
    case .json: SummaryJSON.render(summary)
    case .csv: TidyCSV.metricSummaries(summary)
    }
  if options.format == .table, let precision = result.precision { report += "\n" + precision.sentence + "\n" }
  printOutput(report)
  writeOutput(to: output.path, names: RunOutput.fileNames) {
    try RunOutput.write(summary, results: result.results[0], to: output.url)
  }
}
