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

  /// The baseline shrunk to a community of `residents` (same make-up, staff per 1,000 and
  /// facilities per 1,000) and `days` days after a `warmup`-day warm-up: small enough for a
  /// debug-build test run.
  static func smallBaseline(residents: Int = 2_000, days: Int = 40, warmup: Int = 10) throws -> Scenario {
    var scenario = try scenario("baseline.json")
    scenario.communities[0].residents = residents
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
