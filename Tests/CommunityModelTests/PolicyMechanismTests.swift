import CommunityModel
import Testing
import TwinExperiments
import _TwinTestSupport

/// Each lever acts through its mechanism, checked replication by replication under common
/// random numbers on the small baseline (debug-build sized; the full-size effects with
/// confidence intervals are in ``PolicyEffectTests``).
@Suite struct PolicyMechanismTests {
  /// The small baseline planning every 30 days, with projects scaled to its size and a
  /// government appropriation (CNY 900 per resident a year) that leaves money for them.
  static func planned() throws -> Scenario {
    var scenario = try Fixtures.smallBaseline(days: 150, warmup: 30).withProjectsScaled(toResidents: 2_000, cycleDays: 30)
    scenario.budget.annualPerResident[FundingSource.government.rawValue] = 900
    return scenario
  }

  @Test(arguments: 0..<3)
  func devolvedApprovalTakesThreeWorkingDays(replication: Int) throws {
    let base = try Self.planned()
    var devolved = base
    devolved.interventions = [Intervention(.devolution(thresholdCNY: 500_000, localApprovalWorkingDays: 3, adminCut: 0))]
    let a = ModelRun(base, seed: 41, replication: replication)
    let b = ModelRun(devolved, seed: 41, replication: replication)
    let approved = (base: try a.value("projects.approved"), devolved: try b.value("projects.approved"))
    try #require(approved.base >= 2 && approved.devolved >= 2)
    // A 3–5 level chain of ~11 days a level against 3 working days (Mon–Sat, so ≤ 5 calendar days).
    #expect(try a.value("projects.small.approval_days.mean") > 10)
    #expect(try b.value("projects.small.approval_days.mean") <= 5)
    #expect(try a.value("projects.locally_approved_share") == 0)
    #expect(try b.value("projects.locally_approved_share") > 0)
  }

  @Test(arguments: 0..<3)
  func noProjectMoneyNoProjects(replication: Int) throws {
    var broke = try Self.planned()
    broke.budget.annualPerResident[FundingSource.government.rawValue] = 100  // below running costs
    let r = ModelRun(broke, seed: 42, replication: replication)
    #expect(try r.value("projects.proposed") == 0)
    #expect(try r.value("budget.shortfall_cny") > 0, "running costs went unpaid")
    #expect(try r.value("projects.backlog_at_end") > 0)
  }

  @Test(arguments: 0..<3)
  func staffingMidRunAddsAndAbolishesPosts(replication: Int) throws {
    var base = try Fixtures.smallBaseline(days: 120, warmup: 20)
    base.roles[0].fixedAnnualTurnover = 3  // posts fall vacant often, so abolished ones go within the run
    var more = base
    more.interventions = [Intervention(.staffing(role: 0, perThousand: 8, payRatio: 0.8, trainingGain: nil), startDay: 10)]
    var fewer = base
    fewer.interventions = [Intervention(.staffing(role: 0, perThousand: 2, payRatio: nil, trainingGain: nil), startDay: 10)]
    let a = ModelRun(base, seed: 43, replication: replication)
    let b = ModelRun(more, seed: 43, replication: replication)
    let c = ModelRun(fewer, seed: 43, replication: replication)
    #expect(try b.value("workers.casework_on_staff") > a.value("workers.casework_on_staff"))
    #expect(try c.value("workers.casework_on_staff") < a.value("workers.casework_on_staff"))
    #expect(try b.value("budget.by_use.salaries_cny") > a.value("budget.by_use.salaries_cny"))
    #expect(try b.value("response.all.mean_days") < a.value("response.all.mean_days"))
  }

  @Test(arguments: 0..<3)
  func participationLeverRaisesParticipationAndReports(replication: Int) throws {
    let base = try Fixtures.smallBaseline()
    var channels = base
    channels.interventions = [
      Intervention(
        .participationChannels(
          onlineReportProbability: nil, offlineReportProbability: nil, nonparticipantFactor: nil, participationGain: 0.5),
        startDay: 5)
    ]
    let a = ModelRun(base, seed: 44, replication: replication)
    let b = ModelRun(channels, seed: 44, replication: replication)
    #expect(try b.value("participation.rate.youth") > a.value("participation.rate.youth") + 0.2)
    #expect(try b.value("requests.self_reported") > a.value("requests.self_reported"))
    #expect(try b.value("requests.arrived") == a.value("requests.arrived"), "same needs under common random numbers")
  }

  @Test(arguments: 0..<3)
  func transparencyLeaksLess(replication: Int) throws {
    let base = try Self.planned()
    var open = base
    open.interventions = [Intervention(.transparency(leakageShare: 0.05))]
    let a = ModelRun(base, seed: 45, replication: replication)
    let b = ModelRun(open, seed: 45, replication: replication)
    #expect(try b.value("budget.leakage_cny") < a.value("budget.leakage_cny") / 2)
    #expect(try b.value("budget.reaching_use_share") > a.value("budget.reaching_use_share"))
  }

  @Test(arguments: 0..<3)
  func coordinationShortensResponse(replication: Int) throws {
    let base = try Fixtures.smallBaseline(days: 90, warmup: 30)
    var joined = base
    joined.interventions = [Intervention(.coordination(delayFactor: 0.3, probabilityFactor: 1))]
    let a = ModelRun(base, seed: 46, replication: replication)
    let b = ModelRun(joined, seed: 46, replication: replication)
    #expect(try b.value("response.all.mean_days") < a.value("response.all.mean_days"))
  }

  @Test(arguments: 0..<3)
  func heatMapDiscoversAndPlansMoreOften(replication: Int) throws {
    let base = try Self.planned()
    var mapped = base
    mapped.interventions = [Intervention(.needsHeatMap(planningCycleDays: 10, dataDiscoveryRatePerDay: 0.01))]
    let a = ModelRun(base, seed: 47, replication: replication)
    let b = ModelRun(mapped, seed: 47, replication: replication)
    #expect(try b.value("requests.discovered") > a.value("requests.discovered"))
    #expect(try b.value("projects.proposed") > a.value("projects.proposed"))
  }

  @Test(arguments: 0..<2)
  func idleMultiUsePlacesMoveToWhereResidentsAreTurnedAway(replication: Int) throws {
    let base = try Self.planned()
    let ids = ["fitness", "childcare"]
    let multiUse = try ids.map { id in try #require(base.facilities.firstIndex { $0.id == id }) }
    var converted = base
    converted.interventions = [
      Intervention(.demandPlanning(multiUseFacilities: multiUse, idleThreshold: 0.9, conversionShare: 0.25))
    ]
    let a = ModelRun(base, seed: 48, replication: replication)
    let b = ModelRun(converted, seed: 48, replication: replication)
    // Childcare turns families away; the fitness corner has idle places.
    #expect(try b.value("facility.childcare.places") > a.value("facility.childcare.places"))
    #expect(try b.value("facility.fitness.places") < a.value("facility.fitness.places"))
  }

  @Test(arguments: 0..<3)
  func adminCutMidRunMovesStaffTimeToResidents(replication: Int) throws {
    let base = try Fixtures.smallBaseline(days: 60, warmup: 20)
    var cut = base
    cut.interventions = [
      Intervention(.devolution(thresholdCNY: 500_000, localApprovalWorkingDays: 3, adminCut: 0.4), startDay: 25)
    ]
    let a = ModelRun(base, seed: 49, replication: replication)
    let b = ModelRun(cut, seed: 49, replication: replication)
    #expect(try b.value("workers.admin_share") < a.value("workers.admin_share") - 0.1)
    #expect(try b.value("workers.service_hours") > a.value("workers.service_hours"))
  }
}
