import CommunityModel
import Testing
import _TwinTestSupport

/// A budget that binds (issue 21): what a fund cannot pay is owed as arrears and paid first
/// from later receipts, and while a community owes arrears its shortfall policy acts —
/// hiring freeze, deferred projects, closed facility places. Every test runs the same seed
/// with and without the switch it checks, so it fails if the switch stops acting.
@Suite struct ShortfallTests {
  /// The small baseline (2,000 residents, 120 days, no warm-up) with a government
  /// appropriation of CNY 150 per resident (the baseline's is 595): the day's income (≈ CNY
  /// 1,400) is below its salaries and running costs (≈ CNY 2,900), so the community falls
  /// into arrears on day 1 and stays there. The staffing lever doubles the community
  /// workers at day 0, so the new posts' hiring lags end during the shortfall.
  static func underfunded(_ policy: ShortfallPolicy, staffing: Bool = true) throws -> Scenario {
    var scenario = try Fixtures.smallBaseline(days: 120, warmup: 0, drain: 3).withProjectsScaled(
      toResidents: 2_000, cycleDays: 30)
    scenario.budget.annualPerResident[FundingSource.government.rawValue] = 150
    scenario.budget.shortfall = policy
    if staffing {
      let role = try #require(scenario.roles.firstIndex { $0.id == "community_worker" })
      scenario.interventions = [Intervention(.staffing(role: role, perThousand: 8.4, payRatio: nil, trainingGain: nil))]
    }
    return scenario
  }

  /// Obligations are never forgotten: for every use, what fell short when due = arrears
  /// paid since + arrears outstanding, to the fen; each source still balances.
  @Test(arguments: TestEnvironment.internalChecks ? 0..<1 : 0..<2)
  func unpaidObligationsAreOwedToTheFen(replication: Int) throws {
    let run = ModelRun(try Self.underfunded(.standard), seed: 41, replication: replication)
    MoneyConservationTests.checkConservation(run)
    let money = run.money
    for use in SpendingUse.allCases {
      let u = use.rawValue
      if use == .services {
        #expect(money.arrearsPaid[u] == 0 && money.arrears[u] == 0, "unpaid subsidies are not owed")
      } else {
        #expect(money.shortfall[u] == money.arrearsPaid[u] + money.arrears[u], "use \(use.name)")
      }
    }
    // Not vacuous: salaries fell short, some arrears were paid and some are still owed.
    let salaries = SpendingUse.salaries.rawValue
    #expect(money.shortfall[salaries] > 0 && money.arrearsPaid[salaries] > 0 && money.arrears[salaries] > 0)
    // Every day but the first, which starts before any money is due.
    #expect(try run.value("budget.shortfall_days") == 119)
    #expect(try run.value("budget.arrears_cny") > 0)
  }

  /// A funded community never owes: no shortfall day, no arrears, nothing frozen or closed.
  @Test func aFundedCommunityOwesNothing() throws {
    var scenario = try Self.underfunded(.standard)
    scenario.budget.annualPerResident[FundingSource.government.rawValue] = 1_200
    let run = ModelRun(scenario, seed: 41, replication: 0)
    for name in [
      "budget.shortfall_cny", "budget.arrears_cny", "budget.shortfall_days", "workers.frozen_post_days",
      "budget.shortfall_closed_place_days",
    ] {
      #expect(try run.value(name) == 0, "\(name)")
    }
    #expect(try run.value("workers.hires") > 0)
  }

  /// The hiring freeze holds the new posts vacant: fewer hires and fewer casework staff on
  /// staff than the same run owing the same arrears without a freeze.
  @Test(.comparedOnlyInOrdinaryBuild) func aHiringFreezeHoldsPostsVacant() throws {
    let frozen = ModelRun(try Self.underfunded(.standard), seed: 42, replication: 0)
    let free = ModelRun(try Self.underfunded(.arrearsOnly), seed: 42, replication: 0)
    #expect(try frozen.value("workers.frozen_post_days") > 0)
    #expect(try free.value("workers.frozen_post_days") == 0)
    #expect(try frozen.value("workers.hires") < free.value("workers.hires"))
    #expect(try frozen.value("workers.casework_on_staff") < free.value("workers.casework_on_staff"))
    // Fewer staff on the payroll: less falls into arrears.
    #expect(try frozen.value("budget.shortfall_cny") < free.value("budget.shortfall_cny"))
  }

  /// Deferring projects in a shortfall holds back even money earmarked for projects: a
  /// community fund (CNY 1,000 per resident, enough for every project chosen) could pay for
  /// them, and does when the switch is off.
  @Test(.comparedOnlyInOrdinaryBuild) func aShortfallDefersProjects() throws {
    func run(_ policy: ShortfallPolicy) throws -> ModelRun {
      var scenario = try Self.underfunded(policy, staffing: false)
      scenario.budget.annualPerResident[FundingSource.foundation.rawValue] = 1_000
      return ModelRun(scenario, seed: 43, replication: 0)
    }
    let deferring = try run(.standard)
    let building = try run(ShortfallPolicy(hiringFreeze: true, deferProjects: false, facilityPlacesKept: 1))
    #expect(try deferring.value("projects.proposed") == 0)
    #expect(try deferring.value("projects.deferred") > 0)
    #expect(try deferring.value("budget.deferred_cny") > 0)
    #expect(try building.value("projects.approved") > 0)
    // The foundation's money paid for the projects, never for the arrears.
    let foundation = FundingSource.foundation.rawValue
    #expect(building.money.spent[foundation] > 0)
    #expect(deferring.money.spent[foundation] == 0)
  }

  /// Keeping half of the facility places in a shortfall closes the rest and saves their
  /// running cost.
  @Test(.comparedOnlyInOrdinaryBuild) func aShortfallClosesFacilityPlaces() throws {
    let cut = ModelRun(
      try Self.underfunded(ShortfallPolicy(hiringFreeze: true, deferProjects: true, facilityPlacesKept: 0.5)),
      seed: 44, replication: 0)
    let open = ModelRun(try Self.underfunded(.standard), seed: 44, replication: 0)
    #expect(try cut.value("budget.shortfall_closed_place_days") > 0)
    #expect(try open.value("budget.shortfall_closed_place_days") == 0)
    let operation = SpendingUse.facilityOperation.rawValue
    let owedCut = cut.money.shortfall[operation]
    let owedOpen = open.money.shortfall[operation]
    #expect(owedCut < owedOpen, "running costs owed: \(owedCut) fen with places closed, \(owedOpen) without")
  }
}
