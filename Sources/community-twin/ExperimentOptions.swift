import TwinCommandLine
import TwinExperiments

/// `--replications N` or `--replications auto`.
enum ReplicationCount: Equatable, Sendable {
  case fixed(Int)
  case auto
}

/// What `run` and `compare` print on stdout.
enum OutputFormat: String, CaseIterable, Sendable {
  case table, json, csv
}

/// The option table of `run` and `compare`: every row means the same for both, except where
/// its help says "compare only".
enum ExperimentTable {
  static let replications = Option(
    "replications",
    ValueParser<ReplicationCount>(placeholder: "N|auto", expectation: "a positive whole number or 'auto'") { text in
      text == "auto" ? .auto : Int(text).flatMap { $0 >= 1 ? .fixed($0) : nil }
    }, default: "from the (base) scenario file",
    help: "Replications of each scenario, a whole number ≥ 1, or 'auto': add replications until every key metric's "
      + "95% confidence interval (before it is cut to the unit's range) is within ±precision of its mean in every "
      + "scenario (checked from 10; the chosen count is reported).")
  static let precision = DefaultedOption(
    "precision",
    .number("P", "a relative half-width in (0, 1), e.g. 0.05 for ±5%") { $0 > 0 && $0 < 1 }, default: 0.05,
    defaultText: "0.05 (±5%)", help: "With auto: the relative half-width, 0 < P < 1.")
  static let precisionOf = DefaultedOption(
    "precision-of", .choice(PrecisionBasis.self), default: .levels,
    help: "With auto: what must be known to ±P. levels: each scenario's mean, relative to it. differences (compare "
      + "only): each scenario's paired change from the base, relative to the base's mean; under common random numbers "
      + "usually needs fewer replications.")
  static let maxReplications = DefaultedOption(
    "max-replications", .integer("M", in: 1...Int.max), default: 200, help: "With auto: the cap, ≥ 1.")
  static let antithetic = Flag(
    "antithetic",
    help: "Run replications in antithetic pairs (the second of each pair uses 1 − u for every random number u); "
      + "intervals then count pairs. Needs an even number of replications.")
  static let seed = CommonArguments.seed(default: "from the (base) scenario file")
  static let days = Option(
    "days", .integer("D", in: 1...Int.max), default: "from the (base) scenario file",
    help: "Simulated days after the warm-up [days], ≥ 1.")
  static let warmupDays = Option(
    "warmup-days", .integer("W", in: 0...Int.max),
    default: "from the (base) scenario file (run.warmup_days; 30 when the file does not set it; the baseline sets 365)",
    help: "Days simulated first and left out of every statistic [days], ≥ 0.")
  static let drainDays = Option(
    "drain-days", .integer("N", in: 0...Int.max),
    default: "from the (base) scenario file (run.drain_days; 365 when the file does not set it)",
    help: "Most days simulated after the horizon to follow the window's requests to their end [days], ≥ 0; the "
      + "drain stops once they have all ended, and counts nothing new. 0 cuts requests off at the horizon.")
  static let out = CommonArguments.out(default: "run: results/<scenario name>/; compare: results/compare/")
  static let format = DefaultedOption(
    "format", .choice(OutputFormat.self), default: .table,
    help: "What to print on stdout: table (for reading), json (the content of summary.json or comparison.json) or "
      + "csv (run: name,unit,mean,sd,ci95_low,ci95_high,n per metric; compare: comparison.csv).")

  /// The rows, in the order the help lists them.
  static let options: [any OptionDeclaration] = [
    replications, precision, precisionOf, maxReplications, antithetic, seed, days, warmupDays, drainDays,
    CommonArguments.threads, out, ResultsFolder.force, format, CommonArguments.lang, CommonArguments.quiet,
  ]
}

/// Settings of `run` and `compare`; `nil` means "the (base) scenario file's value" (for the
/// output directory, the command's default).
struct ExperimentOptions {
  /// Scenario files; for `compare`, the base first.
  var scenarios: [String]
  var replications: ReplicationCount?
  var precision: Double
  /// With `--replications auto`: what the precision is of (`compare` only).
  var precisionOf: PrecisionBasis
  var maxReplications: Int
  var seed: UInt64?
  var threads: Int
  var days: Int?
  var warmupDays: Int?
  var drainDays: Int?
  var out: String?
  /// `--force`: write into a folder of files community-twin did not write.
  var force: Bool
  var format: OutputFormat
  var antithetic: Bool
  var quiet: Bool

  /// The settings `arguments` (checked against ``ExperimentTable``) give, after the checks
  /// across options: the precision options need `auto`, `differences` needs `compare`,
  /// antithetic counts must be even.
  init(_ arguments: ParsedArguments) throws(CommandFailure) {
    typealias T = ExperimentTable
    scenarios = arguments.positionals
    replications = arguments[T.replications]
    precision = arguments[T.precision]
    precisionOf = arguments[T.precisionOf]
    maxReplications = arguments[T.maxReplications]
    seed = arguments[T.seed]
    threads = arguments[CommonArguments.threads]
    days = arguments[T.days]
    warmupDays = arguments[T.warmupDays]
    drainDays = arguments[T.drainDays]
    out = arguments[T.out]
    force = arguments[ResultsFolder.force]
    format = arguments[T.format]
    antithetic = arguments[T.antithetic]
    quiet = arguments[CommonArguments.quiet]
    let needAuto: [(option: OptionSpec, example: String?)] = [
      (T.precision.spec, "--replications auto --precision 0.05"),
      (T.precisionOf.spec, "--replications auto --precision-of differences"), (T.maxReplications.spec, nil),
    ]
    for (option, example) in needAuto where arguments.isGiven(option) && replications != .auto {
      throw .usage("\(option.spelling) needs --replications auto", hint: example.map { "For example: \($0)" })
    }
    if precisionOf == .differences && arguments.command.name != "compare" {
      throw .usage("--precision-of differences needs 'compare': '\(arguments.command.name)' has no base to differ from")
    }
    if antithetic, case .fixed(let n) = replications, n % 2 != 0 {
      throw .usage(
        "--replications \(n) is odd; antithetic replications come in pairs", hint: "Use an even number, e.g. \(n + 1).")
    }
    if antithetic, arguments.isGiven(T.maxReplications), maxReplications % 2 != 0 {
      throw .usage("--max-replications \(maxReplications) is odd; antithetic replications come in pairs")
    }
  }

  /// The replication plan these options ask for, `fileReplications` when none.
  func plan(fileReplications: Int) -> ReplicationPlan {
    switch replications {
    case .fixed(let n): .fixed(n)
    case .auto:
      .untilPrecision(
        PrecisionTarget(relativeHalfWidth: precision, of: precisionOf, minimum: 10, maximum: maxReplications))
    case nil: .fixed(fileReplications)
    }
  }
}
