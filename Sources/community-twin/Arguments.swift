// Command-line parsing for community-twin: a small hand-rolled parser with clear errors.

/// What the user asked for.
enum Command: Equatable {
  case help
  case version
  case run(RunOptions)
  case validate(scenario: String)
}

/// `community-twin run` settings; `nil` means "the scenario file's value" (or, for threads,
/// all cores; for the output directory, `results/<scenario name>/`).
struct RunOptions: Equatable {
  var scenario: String
  var replications: Int?
  var seed: UInt64?
  var threads: Int?
  var days: Int?
  var out: String?
  var format: OutputFormat = .table
}

/// What `run` prints on stdout.
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
  switch command {
  case "-h", "--help", "help": return .help
  case "--version": return .version
  case "run":
    if rest.contains(where: isHelpFlag) { return .help }
    return .run(try parseRun(rest))
  case "validate":
    if rest.contains(where: isHelpFlag) { return .help }
    let (positionals, _) = try split(rest, command: "validate", known: [])
    return .validate(scenario: try onlyScenario(positionals, command: "validate"))
  default:
    if command.hasPrefix("-") {
      throw UsageError("unknown option '\(command)'", hint: "Options follow the command, e.g. 'community-twin run SCENARIO --seed 7'.")
    }
    throw UsageError("unknown command '\(command)'", hint: "The commands are 'run' and 'validate'.")
  }
}

private func isHelpFlag(_ argument: String) -> Bool { argument == "-h" || argument == "--help" }

/// The options `run` accepts (without the leading dashes).
private let runOptionNames = ["replications", "seed", "threads", "days", "out", "format"]

private func parseRun(_ arguments: [String]) throws(UsageError) -> RunOptions {
  let (positionals, values) = try split(arguments, command: "run", known: runOptionNames)
  var options = RunOptions(scenario: try onlyScenario(positionals, command: "run"))
  options.replications = try positive(values["replications"], option: "replications")
  options.threads = try positive(values["threads"], option: "threads")
  options.days = try positive(values["days"], option: "days")
  if let text = values["seed"] {
    guard let seed = UInt64(text) else {
      throw UsageError("--seed '\(text)' is not a whole number 0 ... \(UInt64.max)")
    }
    options.seed = seed
  }
  if let text = values["out"] {
    guard !text.isEmpty else { throw UsageError("--out needs a directory name") }
    options.out = text
  }
  if let text = values["format"] {
    guard let format = OutputFormat(rawValue: text) else {
      throw UsageError(
        "--format '\(text)' is not one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    options.format = format
  }
  return options
}

/// Separates positional arguments from `--name value` / `--name=value` options, rejecting
/// unknown, repeated and value-less options.
private func split(
  _ arguments: [String], command: String, known: [String]
) throws(UsageError) -> (positionals: [String], values: [String: String]) {
  var positionals: [String] = []
  var values: [String: String] = [:]
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
    guard argument.hasPrefix("--"), known.contains(name) else {
      let list = known.isEmpty ? "'\(command)' takes no options" : "'\(command)' takes " + known.map { "--\($0)" }.joined(separator: ", ")
      throw UsageError("unknown option '\(argument.prefix { $0 != "=" })' for '\(command)'", hint: list + ".")
    }
    guard values[name] == nil else { throw UsageError("option --\(name) given more than once") }
    if let equals = body.firstIndex(of: "=") {
      values[name] = String(body[body.index(after: equals)...])
    } else {
      guard i < arguments.count, !arguments[i].hasPrefix("--") else {
        throw UsageError("option --\(name) needs a value")
      }
      values[name] = arguments[i]
      i += 1
    }
  }
  return (positionals, values)
}

/// The single positional argument: the scenario file.
private func onlyScenario(_ positionals: [String], command: String) throws(UsageError) -> String {
  guard let scenario = positionals.first else {
    throw UsageError("'\(command)' needs a scenario file", hint: "For example: community-twin \(command) Scenarios/baseline.json")
  }
  guard positionals.count == 1 else {
    throw UsageError("unexpected argument '\(positionals[1])' ('\(command)' takes one scenario file)")
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
