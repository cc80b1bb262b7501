// Command-line parsing for community-twin: a small hand-rolled parser with clear errors.

import TwinExperiments

/// What the user asked for.
enum Command: Equatable {
  case help
  case version
  case run(ExperimentOptions)
  case compare(ExperimentOptions)
  case warmup(WarmupOptions)
  case sweep(SweepOptions)
  case merge(folders: [String], out: String)
  case sensitivity(folder: String, out: String?)
  case validate(scenario: String)
  case report(ReportOptions)
  case explore(folder: String, html: String?)
}

/// `community-twin report` settings: the output folder and where to write (default: in it).
struct ReportOptions: Equatable {
  var folder: String
  var html: String?
  var markdown: String?
}

/// `community-twin sweep` settings.
struct SweepOptions: Equatable {
  var file: String
  var out: String?
  var threads: Int?
  var shard: Shard = .all
  var resume = false
  var quiet = false
}

/// Settings shared by `run` and `compare`; `nil` means "the (base) scenario file's value"
/// (or, for threads, all cores; for the output directory, the command's default).
struct ExperimentOptions: Equatable {
  /// Scenario files; for `compare`, the base first.
  var scenarios: [String]
  var replications: ReplicationCount?
  var precision: Double?
  /// With `--replications auto`: what the precision is of (`compare` only).
  var precisionOf: PrecisionBasis = .levels
  var maxReplications: Int?
  var seed: UInt64?
  var threads: Int?
  var days: Int?
  var warmupDays: Int?
  var out: String?
  var format: OutputFormat = .table
  var antithetic = false
  var quiet = false
}

/// `--replications N` or `--replications auto`.
enum ReplicationCount: Equatable {
  case fixed(Int)
  case auto
}

/// `community-twin warmup` settings.
struct WarmupOptions: Equatable {
  var scenario: String
  var metric: String?
  var replications: Int?
  var days: Int?
  var window: Int?
  var tolerance: Double?
  var seed: UInt64?
  var threads: Int?
  var out: String?
  var quiet = false
}

/// What `run` and `compare` print on stdout.
enum OutputFormat: String, CaseIterable, Equatable {
  case table, json, csv
}

/// A command-line mistake: reported on stderr as `community-twin: error: <message>` with an
/// optional hint, exit status 64 (EX_USAGE).
struct UsageError: Error, Equatable {
  var message: String
  var hint: String?

  init(_ message: String, hint: String? = nil) {
    self.message = message
    self.hint = hint
  }
}

/// Parses the arguments (without the program name). Options take their value as the next
/// argument (`--seed 7`) or after `=` (`--seed=7`); each may be given once. O(arguments).
func parseCommandLine(_ arguments: [String]) throws(UsageError) -> Command {
  guard let command = arguments.first else { return .help }
  let rest = Array(arguments.dropFirst())
  if ["run", "compare", "warmup", "sweep", "merge", "sensitivity", "validate", "report", "explore"].contains(command),
    rest.contains(where: isHelpFlag)
  {
    return .help
  }
  switch command {
  case "-h", "--help", "help": return .help
  case "--version": return .version
  case "run": return .run(try parseExperiment(rest, command: "run"))
  case "compare": return .compare(try parseExperiment(rest, command: "compare"))
  case "warmup": return .warmup(try parseWarmup(rest))
  case "sweep": return .sweep(try parseSweep(rest))
  case "merge":
    let parsed = try split(rest, command: "merge", options: ["out"], flags: [])
    guard !parsed.positionals.isEmpty else {
      throw UsageError("'merge' needs the output folders of a sweep's shards", hint: "For example: community-twin merge results/s/shard-* --out results/s/all")
    }
    guard let out = try directory(parsed.values["out"]) else {
      throw UsageError("'merge' needs --out DIR, the folder for the merged results")
    }
    return .merge(folders: parsed.positionals, out: out)
  case "sensitivity":
    let parsed = try split(rest, command: "sensitivity", options: ["out"], flags: [])
    return .sensitivity(folder: try onlyScenario(parsed.positionals, command: "sensitivity", what: "sweep output folder"), out: try directory(parsed.values["out"]))
  case "report":
    let parsed = try split(rest, command: "report", options: ["html", "markdown"], flags: [])
    var options = ReportOptions(folder: try onlyScenario(parsed.positionals, command: "report", what: "output folder"))
    for name in ["html", "markdown"] where parsed.values[name]?.isEmpty == true {
      throw UsageError("--\(name) needs a file name")
    }
    options.html = parsed.values["html"]
    options.markdown = parsed.values["markdown"]
    return .report(options)
  case "explore":
    let parsed = try split(rest, command: "explore", options: ["html"], flags: [])
    let folder = try onlyScenario(parsed.positionals, command: "explore", what: "sweep output folder")
    if parsed.values["html"]?.isEmpty == true { throw UsageError("--html needs a file name") }
    return .explore(folder: folder, html: parsed.values["html"])
  case "validate":
    let parsed = try split(rest, command: "validate", options: [], flags: [])
    return .validate(scenario: try onlyScenario(parsed.positionals, command: "validate"))
  default:
    if command.hasPrefix("-") {
      throw UsageError("unknown option '\(command)'", hint: "Options follow the command, e.g. 'community-twin run SCENARIO --seed 7'.")
    }
    throw UsageError(
      "unknown command '\(command)'",
      hint: "The commands are 'run', 'compare', 'warmup', 'sweep', 'merge', 'sensitivity', 'report', 'explore' and 'validate'.")
  }
}

private func isHelpFlag(_ argument: String) -> Bool { argument == "-h" || argument == "--help" }

private func parseExperiment(_ arguments: [String], command: String) throws(UsageError) -> ExperimentOptions {
  let parsed = try split(
    arguments, command: command,
    options: [
      "replications", "precision", "precision-of", "max-replications", "seed", "threads", "days", "warmup-days", "out",
      "format",
    ],
    flags: ["antithetic", "quiet"])
  let values = parsed.values
  let scenarios: [String]
  if command == "compare" {
    guard parsed.positionals.count >= 2 else {
      throw UsageError(
        "'compare' needs a base scenario and at least one other",
        hint: "For example: community-twin compare Scenarios/baseline.json Scenarios/devolution.json")
    }
    scenarios = parsed.positionals
  } else {
    scenarios = [try onlyScenario(parsed.positionals, command: command)]
  }
  var options = ExperimentOptions(scenarios: scenarios)
  if let text = values["replications"] {
    if text == "auto" {
      options.replications = .auto
    } else {
      guard let n = Int(text), n >= 1 else {
        throw UsageError("--replications '\(text)' is neither a positive whole number nor 'auto'")
      }
      options.replications = .fixed(n)
    }
  }
  if let text = values["precision"] {
    guard options.replications == .auto else {
      throw UsageError("--precision needs --replications auto", hint: "For example: --replications auto --precision 0.05")
    }
    guard let p = Double(text), p > 0, p < 1 else {
      throw UsageError("--precision '\(text)' is not a relative half-width in (0, 1), e.g. 0.05 for ±5%")
    }
    options.precision = p
  }
  if let text = values["precision-of"] {
    guard options.replications == .auto else {
      throw UsageError(
        "--precision-of needs --replications auto", hint: "For example: --replications auto --precision-of differences")
    }
    guard let basis = PrecisionBasis(rawValue: text) else {
      throw UsageError(
        "--precision-of '\(text)' is not one of \(PrecisionBasis.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    guard basis == .levels || command == "compare" else {
      throw UsageError("--precision-of differences needs 'compare': 'run' has no base to differ from")
    }
    options.precisionOf = basis
  }
  if let text = values["max-replications"] {
    guard options.replications == .auto else { throw UsageError("--max-replications needs --replications auto") }
    options.maxReplications = try positive(text, option: "max-replications")
  }
  options.seed = try seed(values["seed"])
  options.threads = try positive(values["threads"], option: "threads")
  options.days = try positive(values["days"], option: "days")
  options.warmupDays = try nonNegative(values["warmup-days"], option: "warmup-days")
  options.out = try directory(values["out"])
  if let text = values["format"] {
    guard let format = OutputFormat(rawValue: text) else {
      throw UsageError(
        "--format '\(text)' is not one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    options.format = format
  }
  options.antithetic = parsed.flags.contains("antithetic")
  options.quiet = parsed.flags.contains("quiet")
  if options.antithetic, case .fixed(let n) = options.replications, n % 2 != 0 {
    throw UsageError("--replications \(n) is odd; antithetic replications come in pairs", hint: "Use an even number, e.g. \(n + 1).")
  }
  if options.antithetic, let cap = options.maxReplications, cap % 2 != 0 {
    throw UsageError("--max-replications \(cap) is odd; antithetic replications come in pairs")
  }
  return options
}

private func parseWarmup(_ arguments: [String]) throws(UsageError) -> WarmupOptions {
  let parsed = try split(
    arguments, command: "warmup",
    options: ["metric", "replications", "days", "window", "tolerance", "seed", "threads", "out"], flags: ["quiet"])
  let values = parsed.values
  var options = WarmupOptions(scenario: try onlyScenario(parsed.positionals, command: "warmup"))
  if let text = values["metric"] {
    guard !text.isEmpty else { throw UsageError("--metric needs a daily series name") }
    options.metric = text
  }
  options.replications = try positive(values["replications"], option: "replications")
  options.days = try positive(values["days"], option: "days")
  options.window = try positive(values["window"], option: "window")
  if let text = values["tolerance"] {
    guard let t = Double(text), t > 0, t < 1 else {
      throw UsageError("--tolerance '\(text)' is not a relative band in (0, 1), e.g. 0.02 for ±2%")
    }
    options.tolerance = t
  }
  options.seed = try seed(values["seed"])
  options.threads = try positive(values["threads"], option: "threads")
  options.out = try directory(values["out"])
  options.quiet = parsed.flags.contains("quiet")
  return options
}

private func parseSweep(_ arguments: [String]) throws(UsageError) -> SweepOptions {
  let parsed = try split(arguments, command: "sweep", options: ["out", "threads", "shard"], flags: ["resume", "quiet"])
  var options = SweepOptions(file: try onlyScenario(parsed.positionals, command: "sweep", what: "sweep file"))
  options.out = try directory(parsed.values["out"])
  options.threads = try positive(parsed.values["threads"], option: "threads")
  if let text = parsed.values["shard"] {
    guard let shard = Shard(text) else {
      throw UsageError("--shard '\(text)' is not I/N with 0 ≤ I < N", hint: "For example --shard 0/4 … --shard 3/4 for four shards.")
    }
    options.shard = shard
  }
  options.resume = parsed.flags.contains("resume")
  options.quiet = parsed.flags.contains("quiet")
  return options
}

/// Separates positional arguments from `--name value` / `--name=value` options and `--flag`
/// switches, rejecting unknown, repeated and value-less options and flags given a value.
private func split(
  _ arguments: [String], command: String, options: [String], flags: [String]
) throws(UsageError) -> (positionals: [String], values: [String: String], flags: Set<String>) {
  var positionals: [String] = []
  var values: [String: String] = [:]
  var given: Set<String> = []
  var i = 0
  while i < arguments.count {
    let argument = arguments[i]
    i += 1
    guard argument.hasPrefix("-"), argument != "-" else {
      positionals.append(argument)
      continue
    }
    let body = argument.drop { $0 == "-" }
    let name = String(body.prefix { $0 != "=" })
    guard argument.hasPrefix("--"), options.contains(name) || flags.contains(name) else {
      let known = options + flags
      let list = known.isEmpty ? "'\(command)' takes no options" : "'\(command)' takes " + known.map { "--\($0)" }.joined(separator: ", ")
      throw UsageError("unknown option '\(argument.prefix { $0 != "=" })' for '\(command)'", hint: list + ".")
    }
    guard values[name] == nil, !given.contains(name) else { throw UsageError("option --\(name) given more than once") }
    if flags.contains(name) {
      guard !body.contains("=") else { throw UsageError("--\(name) is a switch and takes no value") }
      given.insert(name)
    } else if let equals = body.firstIndex(of: "=") {
      values[name] = String(body[body.index(after: equals)...])
    } else {
      guard i < arguments.count, !arguments[i].hasPrefix("--") else {
        throw UsageError("option --\(name) needs a value")
      }
      values[name] = arguments[i]
      i += 1
    }
  }
  return (positionals, values, given)
}

/// The single positional argument: the scenario file (or `what` the command takes).
private func onlyScenario(_ positionals: [String], command: String, what: String = "scenario file") throws(UsageError) -> String {
  guard let scenario = positionals.first else {
    let example =
      switch what {
      case "scenario file": "Scenarios/baseline.json"
      case "sweep file": "Scenarios/sweeps/staffing-devolution.json"
      case "output folder": "results/compare"
      default: "results/staffing-devolution"
      }
    let article = what.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    throw UsageError("'\(command)' needs \(article) \(what)", hint: "For example: community-twin \(command) \(example)")
  }
  guard positionals.count == 1 else {
    throw UsageError("unexpected argument '\(positionals[1])' ('\(command)' takes one \(what))")
  }
  return scenario
}

/// `text` as a whole number ≥ 1; `nil` when the option was not given.
private func positive(_ text: String?, option: String) throws(UsageError) -> Int? {
  guard let text else { return nil }
  guard let value = Int(text), value >= 1 else {
    throw UsageError("--\(option) '\(text)' is not a positive whole number")
  }
  return value
}

/// `text` as a whole number ≥ 0; `nil` when the option was not given.
private func nonNegative(_ text: String?, option: String) throws(UsageError) -> Int? {
  guard let text else { return nil }
  guard let value = Int(text), value >= 0 else {
    throw UsageError("--\(option) '\(text)' is not a whole number ≥ 0")
  }
  return value
}

private func seed(_ text: String?) throws(UsageError) -> UInt64? {
  guard let text else { return nil }
  guard let seed = UInt64(text) else { throw UsageError("--seed '\(text)' is not a whole number 0 ... \(UInt64.max)") }
  return seed
}

private func directory(_ text: String?) throws(UsageError) -> String? {
  guard let text else { return nil }
  guard !text.isEmpty else { throw UsageError("--out needs a directory name") }
  return text
}
