import FileFormats
import Foundation
import TwinExperiments
import TwinOutputs

/// `community-twin warmup`: Welch's method on every daily series of a scenario run from
/// empty, the table and a chart on stdout, `warmup.csv` in the output directory.
func warmup(_ options: WarmupOptions) {
  let scenario = loadScenario(options.scenario).scenario
  let study = WarmupStudy(
    scenario: scenario, days: options.days, seed: options.seed ?? scenario.seed,
    replications: options.replications ?? WarmupStudy.defaultReplications,
    window: options.window ?? WarmupStudy.defaultWindow, tolerance: options.tolerance ?? WarmupStudy.defaultTolerance)
  let output = prepareOutputDirectory(
    options.out, fallback: RunOutput.defaultDirectory(forScenarioNamed: scenario.name) + "/warmup")
  let bar = ProgressBar(quiet: options.quiet)
  let analyses: [WelchAnalysis]
  do {
    analyses = try study.run(threads: options.threads ?? ProcessInfo.processInfo.activeProcessorCount, progress: bar.update)
  } catch {
    bar.finish()
    printError("community-twin: error: \(error.description)")
    exit(ExitStatus.usage)
  }
  bar.finish()
  let metric = options.metric ?? WarmupStudy.defaultSeries
  guard let chart = analyses.first(where: { $0.metric == metric }) else {
    printError(
      "community-twin: error: --metric '\(metric)' is not a daily series of \(options.scenario)\n"
        + "The daily series are: \(analyses.map(\.metric).joined(separator: ", ")).")
    exit(ExitStatus.usage)
  }
  printOutput(WarmupReport.render(analyses, study: study, currentWarmupDays: scenario.warmupDays, chart: chart))
  writeOutput(to: output.path, names: ["warmup.csv"]) {
    try AtomicFile.write(Data(WarmupReport.csv(analyses).utf8), to: output.url.appendingPathComponent("warmup.csv"))
  }
}
