import Foundation
import TwinExperiments

/// Scenario files shipped in `Scenarios/`, loaded as a user's run would load them.
enum Fixtures {
  static let scenariosDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Scenarios")

  /// `Scenarios/<relativePath>`, decoded and validated.
  static func scenario(_ relativePath: String) throws -> Scenario {
    try ScenarioFile.load(scenariosDirectory.appendingPathComponent(relativePath))
  }

  /// The baseline shortened to `days` (after a `warmup`-day warm-up), for quick tests.
  static func shortBaseline(days: Int = 60, warmup: Int = 10) throws -> Scenario {
    var scenario = try scenario("baseline.json")
    scenario.days = days
    scenario.warmupDays = warmup
    return scenario
  }
}

extension ReplicationResult {
  /// The value of a metric that must exist.
  func value(_ name: String) -> Double {
    guard let v = self[metric: name] else { preconditionFailure("no metric \(name)") }
    return v
  }
}
