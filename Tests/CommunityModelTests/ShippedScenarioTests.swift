import CommunityModel
import Foundation
import Testing
import TwinExperiments
import _TwinTestSupport

/// Every scenario file shipped in `Scenarios/` loads, validates and runs (30 simulated
/// days, 5 in a `-DSIM_INTERNAL_CHECKS` build; a district of more than 20,000 residents 5
/// days, and 1 with the checks, whose O(n) work per event took 3 minutes over 5 days; no
/// warm-up, one replication), so a new or edited file cannot break silently; every metric
/// and daily value of the run lies in its unit's ``MetricUnit/range``.
/// (Sweep files in `Scenarios/sweeps/` are checked by `SweepTests`, the calibration example in
/// `Scenarios/calibration/` by `CalibrationSearchTests`, the JSON Schemas `*.schema.json` by
/// `FileSchemaTests`.)
@Suite struct ShippedScenarioTests {
  static let files: [String] = {
    let root = Fixtures.scenariosDirectory
    let found =
      FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "json" } ?? []
    return found.map { String($0.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)) }
      .filter { !$0.hasPrefix("sweeps/") && !$0.hasPrefix("calibration/") && !$0.hasSuffix(".schema.json") }.sorted()
  }()

  @Test func scenariosAreFound() {
    #expect(Self.files.contains("baseline.json"))
    #expect(Self.files.contains("validation/mmc.json"))
    let presets = [
      "devolution", "ppp-funding", "staffing", "combined", "chengdu-courtyard", "shanghai-15-minute",
      "shenzhen-micro-projects", "singapore-cdc", "japan-chonaikai", "germany-citizen-committee", "hubei-five-co",
      "fengqiao",
    ]
    for preset in presets { #expect(Self.files.contains("\(preset).json"), "missing preset \(preset)") }
  }

  @Test(arguments: files)
  func shippedScenarioRunsForThirtyDays(file: String) throws {
    var scenario = try Fixtures.scenario(file)
    // The structural checks for scenarios built in code agree with the file reader.
    #expect(scenario.problems == [])
    let large = scenario.totalResidents > 20_000
    scenario.days = TestEnvironment.internalChecks ? (large ? 1 : 5) : (large ? 5 : 30)
    scenario.warmupDays = 0
    scenario.drainDays = 0  // the estimate covers the whole drain, which ends early
    let result = ModelRun(scenario, seed: 1, replication: 0)
    #expect(result.events > 0)
    // The closed-form workload estimate `validate` checks is close to the events the run
    // handles (5.5–8.0 % high on every shipped file's 30 days, measured 2026-12-05: it ignores
    // queueing, `Scenario.workloadEstimate`; the bound leaves room for edits).
    let estimate = scenario.workloadEstimate.totalPerReplication
    #expect(abs(estimate / Double(result.events) - 1) < 0.25, "estimated \(estimate) events, handled \(result.events)")
    #expect(result.daily.values.count == scenario.days)
    #expect(!scenario.description.isEmpty, "a scenario says what it represents")
    // Every value lies in its unit's range (the ranges summaries clip intervals to): a value
    // outside would mean a wrong range or a wrong unit, not a case to allow.
    for metric in result.metrics where !metric.value.isNaN {
      let range = MetricUnit(metric.unit).range
      #expect(range.contains(metric.value), "\(metric.name) = \(metric.value) \(metric.unit), outside \(range)")
    }
    for day in result.daily.values {
      for (m, value) in day.enumerated() where !value.isNaN {
        let (name, unit) = (result.daily.names[m], result.daily.units[m])
        #expect(MetricUnit(unit).range.contains(value), "daily \(name) = \(value) \(unit)")
      }
    }
  }

  @Test func structuralProblemsOfACodeBuiltScenarioAreAllReported() throws {
    var scenario = try Fixtures.scenario("baseline.json")
    scenario.cohorts[0].participation = 1.5
    scenario.needs[0].tierShares = [0.5, 0.6, 0.1]
    scenario.facilities[1].visitsPerResidentPerDay.removeLast()
    scenario.communities[0].residents = 0
    scenario.interventions = [Intervention(.transparency(leakageShare: 0.1, disclosureShare: nil), startDay: 10_000)]
    let problems = scenario.problems
    for expected in [
      "cohorts[0].participation = 1.5", "needs[0].tierShares (sum) = 1.2",
      "facilities[1].visitsPerResidentPerDay.count",
      "communities[0].residents = 0", "interventions[0].startDay = 10000",
    ] {
      #expect(problems.contains { $0.hasPrefix(expected) }, "\(expected) not in \(problems)")
    }
    #expect(problems.count == 5)
  }
}
