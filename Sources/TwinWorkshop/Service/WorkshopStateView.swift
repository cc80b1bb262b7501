/// What `/api/state` answers: the game as the page draws it. Encoded with snake-case keys.
struct WorkshopStateView: Encodable {
  struct Progress: Encodable {
    var done: Int
    var total: Int
  }

  struct TeamView: Encodable {
    var name: LocalizedText
    var pending: [String]
    var chosen: [String]
    var budgetLeftCNY: Double
    var rounds: [PlayedRound]
  }

  struct StatusQuoView: Encodable {
    var rounds: [PlayedRound]
  }

  struct OptionView: Encodable {
    var id: String
    var label: LocalizedText
    var explanation: LocalizedText
    /// Its price if chosen for the next round [CNY].
    var costCNY: Double
    var costSource: String
  }

  var scenario: String
  var residents: Int
  var rounds: Int
  var roundDays: Int
  var roundsPlayed: Int
  var paused: Bool
  var ended: Bool
  var busy: Bool
  /// The debrief is built (`/debrief.html` answers at once).
  var debriefReady: Bool
  var progress: Progress
  var budgetCNY: Double
  /// Whether the request carried the facilitator's key.
  var facilitator: Bool
  var teams: [TeamView]
  var statusQuo: StatusQuoView
  var menu: [OptionView]

  init(_ game: WorkshopGame, busy: Bool, debriefReady: Bool, progress: Progress, facilitator: Bool) {
    scenario = game.scenario.name
    residents = game.scenario.totalResidents
    rounds = game.settings.rounds
    roundDays = game.settings.roundDays
    roundsPlayed = game.roundsPlayed
    paused = game.paused
    ended = game.ended
    self.busy = busy
    self.debriefReady = debriefReady
    self.progress = progress
    budgetCNY = game.budgetCNY
    self.facilitator = facilitator
    teams = (0..<game.settings.teams).map { t in
      TeamView(
        name: WorkshopGame.teamName(t), pending: game.pending[t],
        chosen: game.menu.options.map(\.id).filter { game.hasChosen($0, team: t) },
        budgetLeftCNY: game.budgetLeftCNY(team: t), rounds: game.rounds(ofTeam: t))
    }
    statusQuo = StatusQuoView(rounds: game.statusQuoRounds)
    menu = game.menu.options.map { option in
      OptionView(
        id: option.id, label: option.label, explanation: option.explanation,
        costCNY: game.pendingCostCNY([option.id]), costSource: option.costSource)
    }
  }
}
