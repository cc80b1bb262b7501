import CommunityModel
import TwinCommandLine
import TwinExperiments
import TwinOutputs

/// `community-twin warmup`: Welch's method on every daily series of a scenario run from
/// empty, the table and a chart on stdout, `warmup.csv` and its `provenance.json` in the
/// output directory.
enum WarmupCommand: Subcommand {
  static let metric = DefaultedOption(
    "metric", .text("M", "a daily series name"), default: WarmupStudy.defaultSeries,
    help: "The daily series to chart.")
  static let replications = DefaultedOption(
    "replications", .integer("N", in: 2...Int.max), default: WarmupStudy.defaultReplications,
    help: "Replications to average, ≥ 2.")
  static let days = Option(
    "days", .integer("D", in: 1...Int.max), default: "the scenario's warm-up plus days",
    help: "Days to study from the start [days].")
  static let window = DefaultedOption(
    "window", .integer("W", in: 1...Int.max), default: WarmupStudy.defaultWindow,
    defaultText: "\(WarmupStudy.defaultWindow) (a \(2 * WarmupStudy.defaultWindow + 1)-day window)",
    help: "Half-window of the moving average [days], 1 ... D/4.")
  static let tolerance = DefaultedOption(
    "tolerance", .number("F", "a relative band in (0, 1), e.g. 0.02 for ±2%") { $0 > 0 && $0 < 1 },
    default: WarmupStudy.defaultTolerance,
    help: "A series counts as settled once its smoothed curve stays within ±F of its level over the second half, "
      + "0 < F < 1.")
  static let seed = CommonArguments.seed(default: "from the scenario file")
  static let out = CommonArguments.out(default: "results/<scenario name>/warmup/")

  static let spec = CommandSpec(
    "warmup", positional: CommonArguments.scenario,
    options: [
      metric, replications, days, window, tolerance, seed, CommonArguments.threads, out, CommonArguments.quiet,
    ],
    examples: ["warmup Scenarios/baseline.json --metric \(Metric.dailyOpenRequests.id)"],
    summary: "Help choose a warm-up: simulate from an empty district (or the scenario's initial_state) for the "
      + "scenario's warm-up plus days, smooth each daily series averaged over replications (Welch's method), print the day each series settles and a chart, and "
      + "write warmup.csv and, beside it, provenance.json.")

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {
    let provenance = CommonArguments.provenance()
    let path = arguments.argument
    let scenario = try loadScenario(path).scenario
    let study = WarmupStudy(
      scenario: scenario, days: arguments[days], seed: arguments[seed] ?? scenario.seed,
      replications: arguments[replications], window: arguments[window], tolerance: arguments[tolerance])
    let output = try prepareOutputDirectory(
      arguments[out], fallback: RunOutput.defaultDirectory(forScenarioNamed: scenario.name) + "/warmup")
    let analyses: [WelchAnalysis]
    do {
      analyses = try ProgressBar.showing(unless: arguments[CommonArguments.quiet]) { progress throws(ExperimentError) in
        try study.run(threads: arguments[CommonArguments.threads], progress: progress)
      }
    } catch {
      throw .usage(error.description)
    }
    let metric = arguments[metric]
    guard let chart = analyses.first(where: { $0.metric == metric }) else {
      throw .usage(
        "--metric '\(metric)' is not a daily series of \(path)",
        hint: "The daily series are: \(analyses.map(\.metric).joined(separator: ", ")).")
    }
    printOutput(WarmupReport.render(analyses, study: study, currentWarmupDays: scenario.warmupDays, chart: chart))
    try writeOutput(to: output.path, names: WarmupReport.fileNames) {
      try WarmupReport.write(analyses, provenance: provenance, to: output.url)
    }
  }
}
