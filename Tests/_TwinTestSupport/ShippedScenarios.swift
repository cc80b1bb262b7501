import CommunityModel
import Foundation
import ScenarioFiles
import SimKernel

/// Scenario files shipped in `Scenarios/`, loaded as a user's run would load them.
extension Fixtures {
  public static let scenariosDirectory = packageRoot.appendingPathComponent("Scenarios")

  /// `Scenarios/<relativePath>`, decoded and validated.
  public static func scenario(_ relativePath: String) throws -> Scenario {
    try ScenarioFile.load(scenariosDirectory.appendingPathComponent(relativePath))
  }

  /// The baseline shrunk to a community of `residents` (same make-up, staff per 1,000 and
  /// facilities per 1,000, and an admin catalogue scaled to its size, so admin keeps its share
  /// of the staff's time) and `days` days after a `warmup`-day warm-up, then a drain of at most
  /// `drain` days (the baseline's 365 would make each short run many times longer; a test of
  /// the drain itself asks for it; 20 by default, 2 in a `-DSIM_INTERNAL_CHECKS` build, whose
  /// runs are some 40 times slower): small enough for a debug-build test run.
  public static func smallBaseline(
    residents: Int = 2_000, days: Int = 40, warmup: Int = 10, drain: Int = TestEnvironment.internalChecks ? 2 : 20
  ) throws -> Scenario {
    var scenario = try scenario("baseline.json")
    let scale = Double(residents) / Double(scenario.communities[0].residents)
    for k in scenario.adminTasks.indices { scenario.adminTasks[k].perYear *= scale }
    scenario.communities[0].residents = residents
    scenario.days = days
    scenario.warmupDays = warmup
    scenario.drainDays = drain
    return scenario
  }
}

extension Scenario {
  /// The scenario with project costs scaled to a community of `residents` (the baseline's
  /// CNY 300,000 projects suit 8,000 residents), so a small community's fund can afford
  /// some within a short test run, and planning every `cycleDays`.
  public func withProjectsScaled(toResidents residents: Int, cycleDays: Int) throws -> Scenario {
    var scenario = self
    let scale = Double(residents) / 8_000
    for j in scenario.needs.indices where scenario.needs[j].project != nil {
      scenario.needs[j].project?.costCNY = try .lognormal(mean: 300_000 * scale, sd: 200_000 * scale)
    }
    scenario.planning.cycleDays = cycleDays
    return scenario
  }
}

extension Scenario {
  /// The scenario with no needs arising, but those of category `kept` (an index into
  /// ``Scenario/needs``): every other category's rates 0.
  public func withoutNeeds(except kept: Int? = nil) -> Scenario {
    var scenario = self
    for j in scenario.needs.indices where j != kept {
      scenario.needs[j].ratePerResidentPerYear = scenario.needs[j].ratePerResidentPerYear.map { _ in 0 }
    }
    return scenario
  }

  /// The scenario with no facility visits (every rate 0): the facilities open and close,
  /// nobody comes, and runs are short.
  public func withoutVisits() -> Scenario {
    var scenario = self
    for f in scenario.facilities.indices {
      scenario.facilities[f].visitsPerResidentPerDay = scenario.facilities[f].visitsPerResidentPerDay.map { _ in 0 }
    }
    return scenario
  }
}
