import CommunityModel
import FileFormats
import ScenarioFiles

/// What every team plays by: the scenario, the menu, the settings, and what they imply (the
/// game's days, the budget, each option's price, the scenario a team's choices make).
struct GameRules: Sendable {
  let template: ScenarioTemplate
  let menu: WorkshopMenu
  let settings: WorkshopSettings
  /// The template run for the game's length: `run.days` = rounds × round days.
  let scenario: Scenario

  /// - Throws: ``ScenarioFileError`` when the scenario cannot last the game, or a menu option
  ///   is not a valid lever of it (every option checked, all problems at once).
  init(template: ScenarioTemplate, menu: WorkshopMenu, settings: WorkshopSettings) throws {
    self.template = template
    self.menu = menu
    self.settings = settings
    scenario = try template.variant(days: settings.gameDays, adding: [], label: "the game's \(settings.gameDays) days")
    var problems: [ScenarioProblem] = []
    for option in menu.options {
      do {
        _ = try template.variant(
          days: settings.gameDays, adding: [option.intervention(startingOn: scenario.warmupDays)],
          label: "menu option \(option.id)")
      } catch let error as ScenarioFileError {
        problems += error.problems
      }
    }
    if !problems.isEmpty { throw ScenarioFileError(problems: problems) }
  }

  /// Run day the game starts: the end of the scenario's warm-up [days].
  var firstDay: Int { scenario.warmupDays }

  /// Run day round `round` (from 0) starts [days].
  func startDay(ofRound round: Int) -> Int { firstDay + round * settings.roundDays }

  /// Game days left from the start of round `round` [days].
  func daysLeft(fromRound round: Int) -> Int { settings.gameDays - round * settings.roundDays }

  /// Each team's budget for the whole game [CNY].
  var budgetCNY: Double { perResident(menu.budgetCNYPer1000PerYear, days: settings.gameDays) }

  /// What `option` costs when chosen at the start of round `round`: its yearly price for the
  /// game days left [CNY].
  func costCNY(of option: WorkshopOption, fromRound round: Int) -> Double {
    perResident(option.costCNYPer1000PerYear, days: daysLeft(fromRound: round))
  }

  /// A price per 1,000 residents per year for this scenario's residents over `days` [CNY].
  private func perResident(_ cnyPer1000PerYear: Double, days: Int) -> Double {
    cnyPer1000PerYear * Double(scenario.totalResidents) / 1_000 * Double(days) / 365
  }

  /// The game's scenario with `interventions` added (a team's levers with their start days).
  /// - Throws: ``ScenarioFileError`` naming `label`.
  func scenario(adding interventions: [JSONValue], label: String) throws -> Scenario {
    try template.variant(days: settings.gameDays, adding: interventions, label: label)
  }
}
