import CommunityModel
import SimKernel
import Testing
import _TwinTestSupport

/// Public security (L15, `SecurityParameters`): incidents from a population of offenders
/// whose careers cameras and patrols cut short. The offender population is an
/// immigration-death process with a known steady state, so its incident rate is checked
/// against the formula; cameras and patrols are checked for never adding an incident,
/// replication by replication, on the same draws.
@Suite struct SecurityTests {
  /// A 2,000-resident community with nothing but offenders: no needs, visits or
  /// administrative tasks (so the runs are short), 50 new offenders a year, 12 attempts a
  /// year each, careers of a year, and 20 cameras each watching 60 residents (coverage
  /// 1 − e^−0.6 ≈ 0.45). The offenders start in their steady state, so the one-day warm-up
  /// only aligns the money's midnights with the window (each day's flows settle at its end),
  /// and nothing leaks, so what cameras are paid is exact to the fen.
  static func lean(days: Int, camerasPerThousand: Double = 10, guardsPerThousand: Double = 0) throws -> Scenario {
    var scenario = try Fixtures.smallBaseline(days: days, warmup: 1, drain: 0).withoutNeeds().withoutVisits()
    scenario.budget.leakageShare = 0
    scenario.adminTasks = []
    let category = try #require(scenario.needs.firstIndex { $0.id == "public_security" })
    let guardRole = try #require(scenario.roles.firstIndex { $0.id == "security_guard" })
    scenario.roles[guardRole].perThousandResidents = guardsPerThousand
    scenario.roles[guardRole].fixedAnnualTurnover = 0  // a constant presence
    scenario.security = SecurityParameters(
      category: category, newOffendersPerThousandPerYear: 25, incidentsPerOffenderPerYear: 12, desistancePerYear: 1,
      identificationProbability: 0.5, clearanceProbability: 0.1, camerasPerThousand: camerasPerThousand,
      residentsWatchedPerCamera: 60, cameraCostPerYearCNY: 2_000, patrolRole: guardRole,
      residentsGuardedPerOfficer: 300, patrolHoursPerWeek: 40)
    return scenario
  }

  /// Over 30 replications of 200 days, the mean count of incidents lies within the
  /// Student-t interval (false-failure probability 1e-4) of the steady state's
  /// λ ν / (δ + λ s) × 200 / 365 ≈ 75.3, s = 0.1 + 0.4 × coverage. The run starts from that
  /// steady state, so it needs no warm-up.
  @Test func incidentsComeAtTheSteadyStateRate() throws {
    let scenario = try Self.lean(days: 200)
    let security = try #require(scenario.security)
    let residents = scenario.communities[0].residents
    let coverage = security.coverage(cameras: security.cameras(forResidents: residents), residents: residents)
    let expected = security.steadyIncidentsPerYear(residents: residents, presence: 0, coverage: coverage) * 200 / 365
    let counts = try (0..<30).map { try ModelRun(scenario, seed: 61, replication: $0).value("security.incidents") }
    let interval = try #require(FalseFailure.interval(counts, missing: FalseFailure.budget))
    #expect(interval.contains(expected), "expected \(expected) incidents, measured \(interval)")
  }

  /// More cameras, or more guards on patrol, never add an incident: each offender makes the
  /// same attempts with the same dice, and a career can only end sooner where more is seen.
  /// The cameras' cost is their count × the yearly cost, paid daily to the fen.
  @Test(arguments: 0..<3)
  func camerasAndPatrolsNeverAddAnIncident(replication: Int) throws {
    func run(_ cameras: Double, _ guards: Double) throws -> ModelRun {
      ModelRun(
        try Self.lean(days: 120, camerasPerThousand: cameras, guardsPerThousand: guards), seed: 62,
        replication: replication)
    }
    let none = try run(0, 0)
    let cameras = try run(10, 0)
    let more = try run(30, 0)
    let patrolled = try run(30, 4)
    #expect(try none.value("security.incidents") >= cameras.value("security.incidents"))
    #expect(try cameras.value("security.incidents") >= more.value("security.incidents"))
    #expect(try more.value("security.incidents") >= patrolled.value("security.incidents"))
    #expect(try none.value("security.incidents") > patrolled.value("security.incidents"))
    #expect(try none.value("security.attempts_prevented") == 0)
    #expect(try patrolled.value("security.attempts_prevented") > 0)
    #expect(try none.value("security.recorded_share") == 0)
    // 60 cameras at CNY 2,000 a year: CNY 328.77 a day (32,877 fen), 120 days.
    let paid = try more.value("budget.by_use.security_cny")
    let short = try more.value("budget.shortfall_cny")
    #expect((paid * 100).rounded() == 120 * 32_877, "paid \(paid), shortfall \(short)")
    #expect(try none.value("budget.by_use.security_cny") == 0)
    MoneyConservationTests.checkConservation(more)
  }
}
