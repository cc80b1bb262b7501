import Foundation
import ScenarioFiles
import TwinWorkshop
import _TwinTestSupport

/// Small games for the tests: the baseline shrunk to 2,000 residents (admin scaled with it)
/// and a 30-day warm-up, written as a scenario file so the game reads it as a user's would.
enum WorkshopFixtures {
  /// A scenario file in `directory`: the baseline (or `scenario`) at `residents` residents with
  /// a `warmup`-day warm-up; `edit` may change the JSON object further.
  static func scenarioFile(
    in directory: URL, scenario: String = "baseline.json", residents: Int = 2_000, warmup: Int = 30,
    edit: (inout [String: Any]) -> Void = { _ in }
  ) throws -> URL {
    let baseline = Fixtures.scenariosDirectory.appendingPathComponent("baseline.json")
    var root = try JSONSerialization.jsonObject(with: Data(contentsOf: baseline)) as! [String: Any]
    let scale = Double(residents) / 8_000
    var communities = root["communities"] as! [[String: Any]]
    communities[0]["residents"] = residents
    root["communities"] = communities
    var workforce = root["workforce"] as! [String: Any]
    workforce["admin_tasks"] = (workforce["admin_tasks"] as! [[String: Any]]).map { task in
      var task = task
      task["per_year"] = (task["per_year"] as! Double) * scale
      return task
    }
    root["workforce"] = workforce
    var run = root["run"] as! [String: Any]
    run["warmup_days"] = warmup
    root["run"] = run
    edit(&root)
    let url = directory.appendingPathComponent("workshop-\(residents).json")
    try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys]).write(to: url)
    return url
  }

  /// A game of `teams` teams, `rounds` rounds of `roundDays` days on the small community.
  static func game(
    in directory: URL, teams: Int = 3, rounds: Int = 2, roundDays: Int = 14, threads: Int = 1,
    menu: WorkshopMenu = .standard, edit: (inout [String: Any]) -> Void = { _ in }
  ) throws -> WorkshopGame {
    var settings = WorkshopSettings()
    settings.teams = teams
    settings.rounds = rounds
    settings.roundDays = roundDays
    settings.threads = threads
    settings.replications = 3
    let template = try ScenarioTemplate(try scenarioFile(in: directory, edit: edit))
    return try WorkshopGame(template: template, menu: menu, settings: settings)
  }
}
