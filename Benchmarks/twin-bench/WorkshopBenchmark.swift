import Foundation
import ScenarioFiles
import TwinCommandLine
import TwinWorkshop

/// `twin-bench workshop-round`: how long a workshop round takes to answer. Starts a game on a
/// scenario file (its warm-up simulated once), then plays every round with each team choosing
/// one option of the standard menu in round 1 (the first team the first option, and so on) and
/// nothing later, and times each round as the facilitator's request does: every team and the
/// status quo, on `--threads` threads.
enum WorkshopBenchmark: Workload {
  static let scenario = DefaultedOption(
    "scenario", .text("FILE", "a scenario file", completion: .files(extension: "json")),
    default: "Scenarios/baseline.json", help: "The scenario the game is played on.")
  static let teams = DefaultedOption("teams", .integer("N", in: 1...12), default: 1, help: "Teams playing.")
  static let roundDays = DefaultedOption("round-days", .integer("D", in: 7...365), default: 91, help: "Days per round.")
  static let rounds = DefaultedOption("rounds", .integer("R", in: 1...24), default: 4, help: "Rounds played.")
  static let threads = DefaultedOption(
    "threads", .integer("T", in: 1...256), default: 1, help: "Threads a round's teams are simulated on.")

  static let spec = CommandSpec(
    "workshop-round", positional: nil, options: [scenario, teams, roundDays, rounds, threads],
    examples: ["workshop-round --scenario Scenarios/district.json --teams 1"],
    summary: "Times a workshop game's start (the warm-up) and each round (every team and the status quo, on T "
      + "threads), and prints one JSON line: start_seconds, round_seconds (each round), max_round_seconds, "
      + "residents, teams, round_days, threads.")

  static func benchmark(_ arguments: ParsedArguments) throws -> String {
    let file = arguments[scenario]
    var settings = WorkshopSettings()
    settings.teams = arguments[teams]
    settings.roundDays = arguments[roundDays]
    settings.rounds = arguments[rounds]
    settings.threads = arguments[threads]
    settings.replications = 1
    let template = try ScenarioTemplate(URL(fileURLWithPath: file))
    var (start, game) = try measure { try WorkshopGame(template: template, menu: .standard, settings: settings) }
    var seconds: [Double] = []
    for round in 0..<settings.rounds {
      if round == 0 {
        for team in 0..<settings.teams {
          try game.choose([WorkshopMenu.standard.options[team % WorkshopMenu.standard.options.count].id], team: team)
        }
      }
      seconds.append(try measure { try game.playRound() }.seconds)
    }
    return jsonLine([
      ("model", .string("workshop")),
      ("build", .string(buildConfiguration)),
      ("scenario", .string(file)),
      ("residents", .int(game.scenario.totalResidents)),
      ("teams", .int(settings.teams)),
      ("round_days", .int(settings.roundDays)),
      ("threads", .int(settings.threads)),
      ("start_seconds", .number(start)),
      ("round_seconds", .numbers(seconds)),
      ("max_round_seconds", .number(seconds.max() ?? .nan)),
    ])
  }
}
