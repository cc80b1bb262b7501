import TwinExperiments
import TwinOutputs

/// What `/api/debrief` answers: the debrief's numbers with snake-case keys.
struct WorkshopDebriefView: Encodable {
  struct Estimate: Encodable {
    var measure: String
    var unit: String
    var mean: Double?
    var ci95Low: Double?
    var ci95High: Double?
    /// For a difference: whether its 95 % interval excludes zero.
    var clear: Bool?
  }

  struct TeamView: Encodable {
    var name: LocalizedText
    var choices: [[String]]
    var spentCNY: Double
    var outcomes: [Estimate]
    var differences: [Estimate]
  }

  var scenario: String
  var residents: Int
  var rounds: Int
  var roundDays: Int
  var replications: Int
  var seed: UInt64
  var teams: [TeamView]
  var statusQuo: TeamView
  /// The build serving the game, as the debrief page's footer names it (absent: none recorded).
  var provenance: Provenance?

  init(_ debrief: WorkshopDebrief, menu: WorkshopMenu, provenance: Provenance?) {
    func view(_ team: WorkshopDebrief.Team) -> TeamView {
      TeamView(
        name: team.name, choices: team.choices, spentCNY: team.spentCNY,
        outcomes: team.outcomes.map {
          Estimate(measure: $0.name, unit: $0.unit, mean: $0.mean, ci95Low: $0.ci95Low, ci95High: $0.ci95High)
        },
        differences: team.differences.map {
          Estimate(
            measure: $0.metric, unit: $0.unit, mean: $0.meanDifference, ci95Low: $0.ci95Low, ci95High: $0.ci95High,
            clear: $0.isSignificant)
        })
    }
    scenario = debrief.scenarioName
    residents = debrief.residents
    rounds = debrief.rounds
    roundDays = debrief.roundDays
    replications = debrief.replications
    seed = debrief.seed
    teams = debrief.teams.map(view)
    statusQuo = view(debrief.statusQuo)
    self.provenance = provenance
  }
}
