import Foundation
import Testing
import TwinCommandLine

@testable import community_twin
@testable import twin_bench

/// The executables' real option tables: every option parses in both spellings, appears in
/// its command's help and in every completion script, and only there; the scripts are
/// valid shell.
@Suite struct CommandTableTests {
  /// A valid value for every value-taking option of both programs, by option name (a new
  /// option without one here fails ``everyOptionOfEveryCommandParsesInBothSpellings``).
  static let samples = [
    "replications": "4", "precision": "0.1", "precision-of": "levels", "max-replications": "20", "seed": "7",
    "days": "30", "warmup-days": "10", "drain-days": "60", "threads": "2", "out": "results/x", "format": "json",
    "metric": "backlog.open_requests", "window": "5", "tolerance": "0.05", "shard": "1/4", "html": "a.html",
    "markdown": "a.md", "lambda": "5", "mu": "1", "servers": "8", "customers": "1000", "warmup": "10",
    "rounds": "2", "pending": "100", "operations": "1000", "samples": "2", "residents": "500",
    "scenario": "Scenarios/baseline.json", "cost-metric": "budget.spent_cny", "base": "Scenarios/baseline.json",
    "name": "和平街道", "checkpoint-day": "5", "checkpoint": "today.ckpt", "from": "today.ckpt",
    "targets": "targets.csv", "parameters": "parameters.json", "points": "20", "uncertain": "set.csv", "draws": "5",
    "teams": "4", "round-days": "14", "port": "0", "host": "127.0.0.1", "lang": "zh", "menu": "menu.json",
  ]

  /// Every command of both programs, with its program's name.
  static let commands = [CommunityTwin.program, TwinBench.program].flatMap { program in
    program.specs.map { (program: program.name, spec: $0) }
  }

  /// A command line with every option of `spec` given once, `attached` choosing `--x=y` or `--x y`.
  func everyOption(of spec: CommandSpec, attached: Bool) throws -> [String] {
    let positionals =
      switch spec.positional?.arity {
      case nil: [String]()
      case .one, .optional: [spec.positional!.allowedValues.first ?? "a.json"]
      case .atLeast(let n): (0..<n).map { "p\($0).json" }
      }
    return try positionals
      + spec.options.flatMap { option -> [String] in
        if option.isFlag { return [option.spelling] }
        let value = try #require(Self.samples[option.name], "no sample value for \(option.spelling)")
        return attached ? ["\(option.spelling)=\(value)"] : [option.spelling, value]
      }
  }

  @Test(arguments: commands.map(\.spec.name))
  func everyOptionOfEveryCommandParsesInBothSpellings(command: String) throws {
    let (program, spec) = try #require(Self.commands.first { $0.spec.name == command })
    let spaced = try spec.parse(try everyOption(of: spec, attached: false), program: program)
    let joined = try spec.parse(try everyOption(of: spec, attached: true), program: program)
    for option in spec.options {
      #expect(spaced.isGiven(option) && joined.isGiven(option), "\(option.spelling)")
    }
    #expect(spaced.positionals == joined.positionals)
  }

  @Test(arguments: commands.map(\.spec.name))
  func aValueTakingOptionAtTheEndIsAUsageErrorNamingItAndTheCommand(command: String) throws {
    let (program, spec) = try #require(Self.commands.first { $0.spec.name == command })
    for option in spec.options where !option.isFlag {
      let arguments = try everyOption(of: spec, attached: false).prefix { $0 != option.spelling } + [option.spelling]
      let failure = #expect(throws: CommandFailure.self) { try spec.parse(Array(arguments), program: program) }
      #expect(failure?.message == "option \(option.spelling) needs a value for '\(command)' (\(option.usage))")
      #expect(failure?.report(program: program).contains("\(program) \(command) --help") == true)
    }
  }

  /// `community-twin COMMAND --help` (through the binary) has every row of the command's
  /// table and no option that only other commands have.
  @Test(arguments: commands.map(\.spec.name))
  func eachCommandsHelpShowsItsOptionsOnly(command: String) throws {
    let (program, spec) = try #require(Self.commands.first { $0.spec.name == command })
    let result = try execute(program, [command, "--help"])
    #expect(result.status == 0 && result.stderr.isEmpty)
    let own = Set(spec.options.map(\.spelling))
    for option in spec.options {
      #expect(result.stdout.contains("  \(option.usage)"), "\(option.usage)")
    }
    let others = Set(Self.commands.filter { $0.program == program }.flatMap { $0.spec.options.map(\.spelling) })
    for spelling in others.subtracting(own) {
      #expect(!result.stdout.contains(spelling + " ") && !result.stdout.contains(spelling + "\n"), "\(spelling)")
    }
  }

  @Test(arguments: Shell.allCases)
  func everyCommandAndOptionIsInTheCompletionScript(shell: Shell) throws {
    let result = try execute("community-twin", ["completion", shell.rawValue])
    #expect(result.status == 0)
    for spec in CommunityTwin.program.specs {
      #expect(result.stdout.contains(spec.name))
      for option in spec.options {
        #expect(result.stdout.contains(shell == .fish ? "-l \(option.name)" : option.spelling), "\(option.spelling)")
        if !option.allowedValues.isEmpty {
          #expect(result.stdout.contains(option.allowedValues.joined(separator: " ")))
        }
      }
    }
    #expect(result.stdout.contains(shell == .bash ? "_community_twin_files json" : "json"))
  }

  /// The path of `shell`'s executable, if it is installed.
  static func installed(_ shell: Shell) -> String? {
    ["/bin", "/usr/bin", "/usr/local/bin"].map { "\($0)/\(shell.rawValue)" }
      .first(where: FileManager.default.isExecutableFile(atPath:))
  }

  /// Whether `shell -n` (parse without running) accepts `community-twin completion shell`.
  func shellAcceptsItsScript(_ shell: Shell) throws {
    let path = try #require(Self.installed(shell))
    let script = FileManager.default.temporaryDirectory.appendingPathComponent("completion-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: script) }
    let generated = try execute("community-twin", ["completion", shell.rawValue])
    #expect(generated.status == 0)
    try generated.stdout.write(to: script, atomically: true, encoding: .utf8)
    let check = try execute(at: path, ["-n", script.path])
    #expect(check.status == 0 && check.stderr.isEmpty, "\(shell) -n: \(check.stderr)")
  }

  @Test func bashAcceptsItsScript() throws { try shellAcceptsItsScript(.bash) }

  /// zsh and fish are not in CI's image (it installs nothing for them); where they are
  /// installed, they check their scripts too.
  @Test(.enabled(if: installed(.zsh) != nil, "zsh is not installed"))
  func zshAcceptsItsScript() throws { try shellAcceptsItsScript(.zsh) }

  @Test(.enabled(if: installed(.fish) != nil, "fish is not installed"))
  func fishAcceptsItsScript() throws { try shellAcceptsItsScript(.fish) }
}
