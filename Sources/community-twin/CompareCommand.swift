import CommunityModel
import FileFormats
import Foundation
import ScenarioFiles
import TwinCommandLine
import TwinExperiments
import TwinOutputs

/// `community-twin compare`: the base and the other scenarios under common random numbers,
/// the comparison table on stdout and `comparison.json`, `comparison.csv`,
/// `replications.csv`, `timeseries.csv` in the output directory.
///
/// Every scenario runs with the base's days, warm-up, seed and replications (or the
/// options'), so the runs are comparable; a scenario whose file says otherwise gets a note.
enum CompareCommand: Subcommand {
  /// `--cost-metric KEY`: the metric whose paired difference is each scenario's added cost.
  static let costMetric = DefaultedOption(
    "cost-metric", .text("KEY", "a metric id (Docs/metrics.md)"), default: Metric.budgetPublicCost.id,
    help: "The metric whose paired difference is each scenario's added cost, and the numerator of the cost per unit "
      + "of each key metric's change (Fieller's 95% interval; 'dominates', 'dominated' or a trade-off). Any metric the "
      + "base scenario reports (Docs/metrics.md).")

  /// `--uncertain SET`: plausible parameter sets to repeat the comparison under.
  static let uncertain = Option(
    "uncertain", .file("SET"), default: "none",
    help: "Repeat the comparison in every plausible world: SET is a CSV of parameter sets, one column per scenario key "
      + "path (calibrate's accepted.csv). Each set is applied to every scenario, the worlds share their random "
      + "numbers, and the output says, per key metric, how often each scenario is best, its regret (median and 90th "
      + "percentile) and which parameter goes with a change of the best; writes uncertain.json and uncertain.csv "
      + "instead of the usual files (report DIR reads them; Docs/experiments.md).")
  static let draws = Option(
    "draws", .integer("N", in: 1...10_000), default: "every set in SET",
    help: "With --uncertain: use the first N parameter sets, 1 ... 10000.")

  static let spec = CommandSpec(
    "compare",
    positional: Positional(
      "BASE OTHER...", noun: "a base scenario and at least one other",
      example: "Scenarios/baseline.json Scenarios/devolution.json", arity: .atLeast(2),
      completion: .files(extension: "json"),
      help: "Scenario files (JSON): the base first, then each scenario to compare with it."),
    options: ExperimentTable.options + [
      costMetric, CheckpointOptions.from, CommonArguments.allowOtherVersion, uncertain, draws,
    ],
    examples: [
      "compare Scenarios/baseline.json Scenarios/devolution.json \\\n    Scenarios/ppp-funding.json "
        + "Scenarios/staffing.json --replications 20",
      "compare Scenarios/baseline.json Scenarios/staffing.json \\\n    --replications auto --precision 0.02",
      "compare Scenarios/baseline.json Scenarios/staffing.json \\\n    --replications auto --precision-of differences",
      "compare Scenarios/baseline.json Scenarios/staffing.json \\\n    --cost-metric \(Metric.budgetSpent.id)",
      "compare Scenarios/baseline.json devolution-from-today.json --from today.ckpt",
    ],
    summary: "Simulate every scenario with the same random numbers replication by replication (common random "
      + "numbers), print each key metric's mean and 95% confidence interval per scenario and each scenario's paired "
      + "difference from BASE with its 95% confidence interval and whether it is clear, then each scenario's added "
      + "cost and what each key metric's change costs per unit; write comparison.json, "
      + "comparison.csv, replications.csv, timeseries.csv and distributions.csv. Every scenario runs with BASE's days, "
      + "warm-up, drain, seed and replications unless the options say others.")

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {
    let provenance = CommonArguments.provenance()
    let options = try ExperimentOptions(arguments)
    if let set = arguments[uncertain] {
      try runUncertain(set, draws: arguments[draws], options: options, provenance: provenance, arguments: arguments)
      return
    }
    if arguments[draws] != nil { throw .usage("--draws needs --uncertain SET") }
    let loaded = try options.scenarios.map(loadScenario)
    let language = arguments[CommonArguments.lang] ?? loaded[0].language
    let costMetric = try checkedCostMetric(arguments[costMetric], base: loaded[0].scenario, file: options.scenarios[0])
    let experiment: Experiment
    if let from = arguments[CheckpointOptions.from] {
      try CheckpointOptions.refuseRunSettings(with: arguments)
      let checkpoint = try CheckpointOptions.load(
        from, current: provenance, allowOtherBuild: arguments[CommonArguments.allowOtherVersion]
      ).checkpoint
      var forks: [Scenario] = []
      for (index, scenario) in loaded.map(\.scenario).enumerated() {
        forks.append(try CheckpointOptions.fork(scenario, file: options.scenarios[index], of: checkpoint))
      }
      experiment = Experiment(continuing: checkpoint, scenarios: forks)
    } else {
      experiment = aligned(loaded.map(\.scenario), options, notes: true, language: language)
    }
    let output = try ResultsFolder(options.out, fallback: "results/compare", force: options.force)
    let result = try runWithProgress(experiment, threads: options.threads, quiet: options.quiet, language: language)
    let comparison = Comparison(
      result, files: options.scenarios, sha256: loaded.map { SHA256.hex($0.bytes) }, bases: loaded.map(\.bases),
      costMetric: costMetric)
    let report =
      switch options.format {
      case .table: ComparisonTable.render(comparison, language: language)
      case .json: ComparisonJSON.render(comparison, language: language, provenance: provenance)
      case .csv: ComparisonCSV.render(comparison)
      }
    printOutput(report)
    for saturated in SaturatedDepartment.find(in: result) { printError(saturated.note(in: language)) }
    try output.write(ComparisonOutput.fileNames, language: language) {
      try ComparisonOutput.write(
        comparison, result: result, language: language, provenance: provenance, to: output.url)
    }
  }

  /// The experiment of `loaded` (base first) from day 0: every scenario with the base's days,
  /// warm-up and drain (or the options'), a note in `language` for each whose file says
  /// otherwise.
  static func aligned(_ loaded: [Scenario], _ options: ExperimentOptions, notes: Bool, language: ReportLanguage)
    -> Experiment
  {
    var base = loaded[0]
    if let days = options.days { base.days = days }
    if let warmup = options.warmupDays { base.warmupDays = warmup }
    if let drain = options.drainDays { base.drainDays = drain }
    var scenarios: [Scenario] = []
    for (index, scenario) in loaded.enumerated() {
      var aligned = scenario
      if notes && index > 0 && (scenario.days != base.days || scenario.warmupDays != base.warmupDays)
        && options.days == nil && options.warmupDays == nil
      {
        printError(
          language.words(
            "note: \(options.scenarios[index]) runs \(base.days) days after a \(base.warmupDays)-day warm-up like the "
              + "base, not the \(scenario.days) and \(scenario.warmupDays) its file sets",
            "注意：\(options.scenarios[index])与基准一样预热\(base.warmupDays)天后运行\(base.days)天，"
              + "而不是其文件设定的预热\(scenario.warmupDays)天、运行\(scenario.days)天"))
      }
      if notes && index > 0 && (scenario.drainDays != base.drainDays || scenario.drainTolerance != base.drainTolerance)
        && options.drainDays == nil
      {
        printError(
          language.words(
            "note: \(options.scenarios[index]) drains like the base (at most \(base.drainDays) days, tolerance "
              + "\(base.drainTolerance)), not as its file sets (\(scenario.drainDays) days, \(scenario.drainTolerance))",
            "注意：\(options.scenarios[index])与基准一样收尾（最多\(base.drainDays)天，容差\(base.drainTolerance)），"
              + "而不是按其文件设定（\(scenario.drainDays)天，\(scenario.drainTolerance)）"))
      }
      aligned.days = base.days
      aligned.warmupDays = base.warmupDays
      aligned.drainDays = base.drainDays
      aligned.drainTolerance = base.drainTolerance
      scenarios.append(aligned)
    }
    return Experiment(
      scenarios: scenarios, seed: options.seed ?? base.seed,
      replications: options.plan(fileReplications: base.replications),
      antithetic: options.antithetic)
  }

  /// `compare … --uncertain SET`: the comparison in every world of SET (its first `count`
  /// sets), aligned as a comparison from day 0 is; the robustness table on stdout,
  /// `uncertain.json` (which `report` reads) and `uncertain.csv`.
  /// - Throws: a usage error with --from or --replications auto; a data error (65) naming a
  ///   bad set file or a set that makes a scenario invalid.
  static func runUncertain(
    _ set: String, draws count: Int?, options: ExperimentOptions, provenance: Provenance, arguments: ParsedArguments
  ) throws(CommandFailure) {
    if arguments[CheckpointOptions.from] != nil { throw .usage("--uncertain cannot be given with --from") }
    if options.replications == .auto { throw .usage("--uncertain needs a fixed number of replications, not auto") }
    let all: ParameterDraws
    do {
      all = try ParameterDraws.load(URL(fileURLWithPath: set))
    } catch {
      throw .dataError(error.description)
    }
    let draws = ParameterDraws(paths: all.paths, draws: Array(all.draws.prefix(count ?? all.draws.count)))
    let language: ReportLanguage
    if let given = arguments[CommonArguments.lang] {
      language = given
    } else {
      language = try loadScenario(options.scenarios[0]).language
    }
    var worlds: [[Scenario]] = []
    var template: Experiment?
    for values in draws.draws {
      let setting = Array(zip(draws.paths, values)).map { (path: $0.0, value: $0.1) }
      var scenarios: [Scenario] = []
      for file in options.scenarios {
        do {
          scenarios.append(try ScenarioFile.load(URL(fileURLWithPath: file), setting: setting))
        } catch {
          throw .input(error)
        }
      }
      let experiment = aligned(scenarios, options, notes: worlds.isEmpty, language: language)
      template = template ?? experiment
      worlds.append(experiment.scenarios)
    }
    guard let template, case .fixed(let replications) = template.replications else {
      preconditionFailure("a set file has at least one set, and the plan is fixed")
    }
    let output = try ResultsFolder(options.out, fallback: "results/compare", force: options.force)
    let comparison = UncertainComparison(
      worlds: worlds, draws: draws, seed: template.seed, replications: replications)
    let result = ProgressBar.showing(unless: options.quiet, language: language) { progress in
      comparison.run(threads: options.threads, progress: progress)
    }
    printOutput(UncertainTable.render(result, language: language))
    try output.write([UncertainJSON.fileName, "uncertain.csv"], language: language) {
      _ = try AtomicFile.write(
        [
          (
            UncertainJSON.fileName,
            UncertainJSON.render(
              result, seed: template.seed, language: language, provenance: provenance)
          ),
          ("uncertain.csv", UncertainTable.csv(result)),
        ], in: output.url)
    }
  }

  /// `key` if the base scenario (from `file`) reports a metric of that id.
  /// - Throws: a usage error naming `--cost-metric`, the nearest metric id and the money
  ///   metrics.
  static func checkedCostMetric(_ key: String, base: Scenario, file: String) throws(CommandFailure) -> String {
    let metrics = MetricCatalog.metrics(for: base)
    guard !metrics.contains(where: { $0.id == key }) else { return key }
    let money = metrics.filter { $0.unit == .cny }.map(\.id)
    throw .usage(
      "--cost-metric '\(key)' is not a metric of \(file)\(EditDistance.suggestion(for: key, in: metrics.map(\.id)))",
      hint: "Its money metrics are: \(money.joined(separator: ", ")); Docs/metrics.md lists every metric.")
  }
}
