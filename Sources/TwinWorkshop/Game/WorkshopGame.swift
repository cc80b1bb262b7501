import CommunityModel
import FileFormats
import Foundation
import ScenarioFiles

/// A workshop game: teams that start from the same community, choose levers round by round
/// within a budget, and live with what follows (`Docs/workshop.md`).
///
/// Every team's community is a ``ReplicationRun`` of the same scenario, seed and replication,
/// so teams share random numbers: two teams that choose alike stay identical, and a difference
/// between teams is caused by their choices alone. A status-quo community that chooses nothing
/// plays alongside as the reference. The game is a value and deterministic: the same choices
/// give the same game, on any number of threads.
public struct WorkshopGame: Sendable {
  let rules: GameRules
  /// The master seed of the random streams.
  public let seed: UInt64
  /// The live community at the end of the warm-up: every team and the status quo start here.
  private let start: ReplicationRun
  private(set) var teams: [TeamPlay]
  private(set) var statusQuo: TeamPlay
  /// The choices each team has made for the next round (option ids).
  public private(set) var pending: [[String]]
  /// While paused, teams cannot choose and no round is played.
  public var paused = false
  /// Set by ``end()``: no more rounds; the debrief can be built.
  public private(set) var ended = false

  /// A game on the scenario `template` with `menu` and `settings`, under master seed `seed`
  /// (the scenario's own when `nil`). Simulates the warm-up once. O(warm-up events).
  /// - Throws: ``WorkshopError`` (400) for bad settings; ``ScenarioFileError`` when the
  ///   scenario cannot last the game or an option is not a valid lever of it.
  package init(template: ScenarioTemplate, menu: WorkshopMenu, settings: WorkshopSettings, seed: UInt64? = nil) throws {
    let problems = settings.problems
    guard problems.isEmpty else { throw WorkshopError(400, problems.joined(separator: "; ")) }
    rules = try GameRules(template: template, menu: menu, settings: settings)
    self.seed = seed ?? rules.scenario.seed
    var run = ReplicationRun(rules.scenario, seed: self.seed, replication: 0)
    run.advance(toDay: rules.firstDay)
    start = run
    teams = Array(repeating: TeamPlay(run: run, firstDay: rules.firstDay), count: settings.teams)
    statusQuo = TeamPlay(run: run, firstDay: rules.firstDay)
    pending = Array(repeating: [], count: settings.teams)
  }

  public var settings: WorkshopSettings { rules.settings }
  public var menu: WorkshopMenu { rules.menu }
  /// The scenario every team starts from (its name, description, residents).
  public var scenario: Scenario { rules.scenario }
  /// Rounds played so far.
  public var roundsPlayed: Int { statusQuo.rounds.count }
  /// Each team's budget for the whole game [CNY].
  public var budgetCNY: Double { rules.budgetCNY }
  /// The rounds team `team` has played.
  public func rounds(ofTeam team: Int) -> [PlayedRound] { teams[team].rounds }
  /// The status quo's rounds (no lever chosen).
  public var statusQuoRounds: [PlayedRound] { statusQuo.rounds }

  /// What team `team` has left to spend, its pending choices counted [CNY].
  public func budgetLeftCNY(team: Int) -> Double {
    budgetCNY - teams[team].spentCNY - pendingCostCNY(pending[team])
  }

  /// What the options `ids` cost if chosen for the next round [CNY].
  public func pendingCostCNY(_ ids: [String]) -> Double {
    ids.compactMap { rules.menu.option($0) }.reduce(0) { $0 + rules.costCNY(of: $1, fromRound: roundsPlayed) }
  }

  /// Whether team `team` has chosen option `id` in a round played.
  public func hasChosen(_ id: String, team: Int) -> Bool { teams[team].chosen.contains(id) }

  /// Sets team `team`'s choices for the next round (replacing earlier ones this round).
  /// - Throws: ``WorkshopError``: 404 unknown team or option; 409 paused, ended or every
  ///   round played; 422 an option repeated or already chosen, or over the budget left.
  public mutating func choose(_ ids: [String], team: Int) throws(WorkshopError) {
    guard teams.indices.contains(team) else {
      throw WorkshopError(404, "no team \(team + 1): teams are 1 … \(teams.count)")
    }
    try checkPlayable()
    var seen: Set<String> = []
    for id in ids {
      guard rules.menu.option(id) != nil else {
        throw WorkshopError(
          404, "unknown option '\(id)'\(EditDistance.suggestion(for: id, in: rules.menu.options.map(\.id)))")
      }
      guard seen.insert(id).inserted else { throw WorkshopError(422, "option '\(id)' chosen twice") }
      guard !teams[team].chosen.contains(id) else {
        throw WorkshopError(422, "option '\(id)' is already in force for team \(team + 1)")
      }
    }
    let cost = pendingCostCNY(ids)
    let left = budgetCNY - teams[team].spentCNY
    guard cost <= left + 0.005 else {
      throw WorkshopError(
        422,
        "over budget: the choices cost CNY \(Self.money(cost)) and team \(team + 1) has CNY \(Self.money(left)) left")
    }
    pending[team] = ids
  }

  /// Plays the next round for every team and the status quo, in parallel on
  /// ``WorkshopSettings/threads`` threads, each from its own saved state with its pending
  /// choices; `dayDone` is called (from any thread) after each simulated day.
  /// - Throws: ``WorkshopError`` 409 when paused, ended or every round is played;
  ///   ``ScenarioFileError`` if a team's combination of options is rejected (nothing changes).
  public mutating func playRound(dayDone: @Sendable () -> Void = {}) throws {
    try checkPlayable()
    let (rules, pending, round) = (rules, pending, roundsPlayed)
    let players = teams + [statusQuo]
    let results = parallelJobs(players.count, threads: rules.settings.threads) { i -> Result<TeamPlay, any Error> in
      var player = players[i]
      let label = i < pending.count ? "team \(i + 1), round \(round + 1)" : "status quo"
      return Result {
        _ = try player.play(i < pending.count ? pending[i] : [], rules: rules, label: label, dayDone: dayDone)
        return player
      }
    }
    var played: [TeamPlay] = []
    for result in results { played.append(try result.get()) }
    statusQuo = played.removeLast()
    teams = played
    self.pending = Array(repeating: [], count: teams.count)
  }

  /// Takes back the last round played: every team's community is replayed from the start with
  /// the choices of the rounds before it (deterministic, so exactly as it was), and the undone
  /// round's choices become pending again.
  /// - Throws: ``WorkshopError`` 409 when no round has been played or the game has ended.
  public mutating func undoRound(dayDone: @Sendable () -> Void = {}) throws {
    guard !ended else { throw WorkshopError(409, "the game has ended") }
    guard roundsPlayed > 0 else { throw WorkshopError(409, "no round to undo") }
    let (rules, start) = (rules, start)
    let kept = roundsPlayed - 1
    let players = teams + [statusQuo]
    let replayed = parallelJobs(players.count, threads: rules.settings.threads) { i -> Result<TeamPlay, any Error> in
      Result {
        try Self.replay(players[i].rounds.prefix(kept).map(\.choices), from: start, rules: rules, dayDone: dayDone)
      }
    }
    var played: [TeamPlay] = []
    for result in replayed { played.append(try result.get()) }
    pending = teams.map { $0.rounds.last?.choices ?? [] }
    statusQuo = played.removeLast()
    teams = played
  }

  /// Ends the game: no more rounds.
  public mutating func end() { ended = true }

  /// The community of a team that plays `choices` round by round from `start`.
  static func replay(
    _ choices: [[String]], from start: ReplicationRun, rules: GameRules, dayDone: @Sendable () -> Void
  ) throws -> TeamPlay {
    var player = TeamPlay(run: start, firstDay: rules.firstDay)
    for (round, ids) in choices.enumerated() {
      _ = try player.play(ids, rules: rules, label: "round \(round + 1)", dayDone: dayDone)
    }
    return player
  }

  private func checkPlayable() throws(WorkshopError) {
    if ended { throw WorkshopError(409, "the game has ended") }
    if paused { throw WorkshopError(409, "the game is paused") }
    if roundsPlayed >= rules.settings.rounds {
      throw WorkshopError(409, "all \(rules.settings.rounds) rounds are played")
    }
  }

  /// `cny` as the messages write it: whole yuan, thousands grouped.
  static func money(_ cny: Double) -> String { NumberText.fixed(cny, decimals: 0, style: .terminal) }
}
