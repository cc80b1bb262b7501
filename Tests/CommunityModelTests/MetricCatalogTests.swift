import CommunityModel
import Testing
import _TwinTestSupport

/// The metric catalog against the model: what it lists for a scenario without running is what
/// a run reports (ids, units, order), so sweeps and docs can rely on the list.
@Suite struct MetricCatalogTests {
  /// Skipped in the checks build: it checks the list, not the calendar, and
  /// `shippedScenarioRunsForThirtyDays` drives every shipped scenario under the checks (this
  /// test's full-size day of the largest ones took 148 s there).
  @Test(
    .disabled(if: TestEnvironment.internalChecks, "checks the metric list; ShippedScenarioTests drive the same runs"),
    arguments: ShippedScenarioTests.files)
  func catalogListsExactlyWhatARunReports(file: String) throws {
    var scenario = try Fixtures.scenario(file)
    scenario.days = 1
    scenario.warmupDays = 0
    scenario.drainDays = 1
    let result = DistrictModel.runReplication(scenario, seed: 1, replication: 0)
    let listed = MetricCatalog.metrics(for: scenario)
    #expect(result.metrics.map(\.name) == listed.map(\.id))
    #expect(result.metrics.map(\.unit) == listed.map(\.unit.words))
    #expect(result.daily.names == MetricCatalog.dailySeries.map(\.id))
    #expect(result.daily.units == MetricCatalog.dailySeries.map(\.unit.words))
  }

  @Test(arguments: ShippedScenarioTests.files)
  func idsAreUnique(file: String) throws {
    let ids = MetricCatalog.metrics(for: try Fixtures.scenario(file)).map(\.id)
    #expect(Set(ids).count == ids.count, "repeated: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
    let daily = MetricCatalog.dailySeries.map(\.id)
    #expect(Set(daily).count == daily.count)
  }

  /// Every unit a scenario's metrics use is one of ``MetricUnit``'s constants, found again
  /// from its words with its range (what summaries read from `summary.json`'s `unit`).
  @Test(arguments: ShippedScenarioTests.files)
  func unitsReadBackFromTheirWords(file: String) throws {
    let units =
      MetricCatalog.metrics(for: try Fixtures.scenario(file)).map(\.unit) + MetricCatalog.dailySeries.map(\.unit)
    for unit in units { #expect(MetricUnit(unit.words) == unit, "\(unit.words)") }
    #expect(MetricUnit("").range == .unbounded)
  }

  @Test func familiesAreExpandedPerMember() throws {
    let scenario = try Fixtures.scenario("baseline.json")
    let listed = MetricCatalog.metrics(for: scenario).map(\.id)
    #expect(scenario.cohorts.count > 1 && scenario.roles.count > 1 && scenario.facilities.count > 1)
    for cohort in scenario.cohorts { #expect(listed.contains("satisfaction.index.\(cohort.id)")) }
    // Families of one block interleave, member by member, as the model reports them.
    let roles = scenario.roles.map(\.id)
    let perRole = listed.filter { $0.hasPrefix("workers.on_roll.") || $0.hasPrefix("workers.turnover_rate.") }
    #expect(perRole == roles.flatMap { ["workers.on_roll.\($0)", "workers.turnover_rate.\($0)"] })
    let values = GovernanceIndicator.all.map(\.valueMetric)
    #expect(values.map(\.unit) == [.days, .share, .share, .share, .share, .share])
    #expect(values.map(\.direction) == [.lower, .higher, .higher, .higher, .higher, .higher])
    for block in MetricCatalog.blocks {
      guard case .families(let families) = block else { continue }
      #expect(Set(families.map(\.memberSet)).count == 1, "a block's families range over the same members")
    }
  }

  @Test func memberKeysReadBackFromIds() {
    #expect(MetricFamily.facilityTurnedAwayShare.memberKey(inId: "facility.fitness.turned_away_share") == "fitness")
    #expect(MetricFamily.receivedBySource.memberKey(inId: "budget.by_source.self_raised_cny") == "self_raised")
    #expect(MetricFamily.facilityTurnedAwayShare.memberKey(inId: "facility.fitness.visits") == nil)
    #expect(MetricFamily.facilityVisits.memberKey(inId: "facility..visits") == nil)
    #expect(MetricFamily.facilityTurnedAwayShare.wildcard == "facility.*.turned_away_share")
    #expect(MetricFamily.satisfactionIndexByCohort.pattern == "satisfaction.index.<cohort>")
  }

  @Test func everyKeyMetricSaysHowToShowIt() {
    let keys = MetricCatalog.keyMetrics
    #expect(keys.count == 12)
    #expect(Set(keys.map(\.id)).count == keys.count)
    let singles = MetricCatalog.blocks.compactMap { block -> Metric? in
      if case .metric(let metric) = block { metric } else { nil }
    }
    for key in keys {
      #expect(singles.contains(key), "\(key.id) is reported by the model")
      #expect(!key.label.isEmpty && key.label != key.id && key.label.first!.isUppercase, "\(key.id): label")
      #expect(!key.displayUnit.isEmpty, "\(key.id): display unit")
      #expect(key.displayScale == 1 || key.displayScale == 100, "\(key.id): display scale")
    }
    // The directions a policymaker would give them.
    let direction = Dictionary(uniqueKeysWithValues: keys.map { ($0.id, $0.direction) })
    #expect(direction["satisfaction.index"] == .higher)
    #expect(direction["response.all.mean_days"] == .lower)
    #expect(direction["budget.spent_cny"] == .neither)
  }

  @Test func sharesAreShownInPercent() {
    #expect(MetricUnit.share.defaultDisplay == ("%", 100))
    #expect(MetricUnit.attainment.defaultDisplay == ("%", 100))
    #expect(MetricUnit.shareOfPaidHours.defaultDisplay == ("% of paid hours", 100))
    #expect(MetricUnit.days.defaultDisplay == ("days", 1))
    #expect(MetricUnit("").defaultDisplay == ("", 1))
    #expect(Metric.workersTurnoverRate.displayUnit == "% per year" && Metric.workersTurnoverRate.displayScale == 100)
  }
}
