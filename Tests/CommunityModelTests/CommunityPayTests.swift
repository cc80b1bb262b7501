import CommunityModel
import SimKernel
import Testing
import _TwinTestSupport

/// A community's own pay ratio of a role (``CommunitySpec/statedPayRatios``): its posts are
/// paid it instead of the role's, in its salary bill, its hiring freeze, its turnover and the
/// paid-staff metrics; the staffing lever's pay ratio replaces it.
@Suite struct CommunityPayTests {
  /// East and West (``CommunityOverrideTests/twoCommunities()``) at a monthly wage of
  /// CNY 3,650 (CNY 120 a day, so a post's daily pay is whole fen at a pay ratio of two
  /// decimals), each with CNY 100 million in the bank (no shortfall, so no hiring freeze),
  /// and every role's turnover curve flat at the role's rate (pay moves no quit hazard): the
  /// same posts are on roll whatever a community pays.
  static func flatTurnover() throws -> Scenario {
    var scenario = try CommunityOverrideTests.twoCommunities()
    scenario.budget.localAverageMonthlyWage = 3_650
    for c in scenario.communities.indices { scenario.communities[c].openingBalanceCNY = [100_000_000] }
    for r in scenario.roles.indices {
      let role = scenario.roles[r]
      scenario.roles[r].turnoverCurve = [
        TurnoverPoint(payRatio: role.payRatio, annualRate: role.annualTurnover(atPayRatio: role.payRatio))
      ]
    }
    return scenario
  }

  /// East states twice each paid role's pay ratio: its salaries in the window are exactly
  /// twice those it pays at the roles' ratios (the same posts on roll over the same days,
  /// common random numbers), and West's salaries, government money, response time and
  /// governance index do not change; the communities' salaries add up to the district's.
  @Test(.comparedOnlyInOrdinaryBuild, arguments: 0..<2)
  func aCommunityPayingTwiceTheRatioPaysExactlyTwiceTheSalaries(replication: Int) throws {
    let standard = try Self.flatTurnover()
    var doubled = standard
    for (r, role) in standard.roles.enumerated() where role.payRatio > 0 {
      doubled.communities[0].statedPayRatios[r] = 2 * role.payRatio
    }
    #expect(doubled.problems.isEmpty, "\(doubled.problems)")
    let base = ModelRun(standard, seed: 85, replication: replication)
    let run = ModelRun(doubled, seed: 85, replication: replication)
    let east = try base.value("community.east.salaries_cny")
    #expect(east > 0)
    #expect(try run.value("community.east.salaries_cny") == 2 * east)
    for metric in [
      "community.west.salaries_cny", "community.west.government_cny", "community.west.response_mean_days",
      "community.west.governance_index", "workers.per_1000_residents", "workers.departures",
    ] {
      #expect(try run.value(metric) == base.value(metric), "\(metric)")
    }
    for result in [base, run] {
      let communities = try result.value("community.east.salaries_cny") + result.value("community.west.salaries_cny")
      #expect(try abs(communities - result.value("budget.by_use.salaries_cny")) < 0.005)
    }
  }

  /// Pay moves the quit hazard along the role's turnover curve (D6: 18 %/yr at 0.68, 8 %/yr
  /// at 0.80): East paying its 100 community workers 0.80 loses fewer of them over a year
  /// than at the role's 0.68 (the same quit draws, stretched: with no needs or admin tasks
  /// nobody is busy, so each leaves at the quit time), while the grid workers, whose pay East
  /// does not state, leave exactly as before.
  @Test func aCommunityPayingMoreLosesFewerStaff() throws {
    var standard = try CommunityOverrideTests.twoCommunities().withoutNeeds().withoutVisits()
    standard.adminTasks = []
    (standard.days, standard.warmupDays) = (365, 0)
    for c in standard.communities.indices { standard.communities[c].openingBalanceCNY = [100_000_000] }
    let worker = try #require(standard.roles.firstIndex { $0.id == "community_worker" })
    standard.communities[0].statedPosts[worker] = 100
    var paid = standard
    paid.communities[0].statedPayRatios[worker] = 0.8
    #expect(paid.problems.isEmpty, "\(paid.problems)")
    #expect(abs(paid.annualTurnover(ofRole: worker, in: paid.communities[0]) - 0.08) < 1e-12)
    #expect(abs(paid.annualTurnover(ofRole: worker, in: paid.communities[1]) - 0.18) < 1e-12)
    let base = ModelRun(standard, seed: 86, replication: 0)
    let run = ModelRun(paid, seed: 86, replication: 0)
    let (paidRate, baseRate) = try (
      run.value("workers.turnover_rate.community_worker"), base.value("workers.turnover_rate.community_worker")
    )
    #expect(paidRate < baseRate, "\(paidRate) vs \(baseRate) per year")
    #expect(try run.value("workers.turnover_rate.grid_worker") == base.value("workers.turnover_rate.grid_worker"))
  }

  /// The staffing lever's pay ratio is the district's new pay scale for the role: it
  /// replaces every community's stated pay ratio of that role (and none of another role's).
  @Test func theStaffingLeversPayReplacesEveryCommunitysStatedPay() throws {
    var scenario = try Self.flatTurnover()
    let worker = try #require(scenario.roles.firstIndex { $0.id == "community_worker" })
    let grid = try #require(scenario.roles.firstIndex { $0.id == "grid_worker" })
    scenario.communities[0].statedPayRatios = [worker: 0.9, grid: 0.7]
    scenario.communities[1].statedPayRatios = [worker: 0.5]
    Lever.staffing(role: worker, perThousand: nil, payRatio: 0.8, trainingGain: nil).apply(to: &scenario)
    #expect(scenario.communities.map { scenario.payRatio(ofRole: worker, in: $0) } == [0.8, 0.8])
    #expect(scenario.communities.map(\.statedPayRatios) == [[grid: 0.7], [:]])
  }

  /// A lever starting at the end of the warm-up that pays community workers 0.68 everywhere,
  /// in a district where East stated 0 for them (unpaid posts) and in one where it stated
  /// nothing: from then on the two runs pay the same salaries and count the same paid staff,
  /// hires and departures (East's community workers, on roll when the lever starts, join
  /// the paid staff then).
  @Test func aLeverMidRunPaysCommunitiesThatStatedTheirOwnPayTheNewScale() throws {
    var standard = try Self.flatTurnover()
    let worker = try #require(standard.roles.firstIndex { $0.id == "community_worker" })
    standard.interventions = [
      Intervention(
        .staffing(role: worker, perThousand: nil, payRatio: 0.68, trainingGain: nil), startDay: standard.warmupDays)
    ]
    var unpaid = standard
    unpaid.communities[0].statedPayRatios[worker] = 0
    #expect(unpaid.problems.isEmpty, "\(unpaid.problems)")
    let base = ModelRun(standard, seed: 87, replication: 0)
    let run = ModelRun(unpaid, seed: 87, replication: 0)
    for metric in [
      "community.east.salaries_cny", "budget.by_use.salaries_cny", "workers.per_1000_residents", "workers.hires",
      "workers.departures", "workers.turnover_rate",
    ] {
      #expect(try run.value(metric) == base.value(metric), "\(metric)")
    }
  }
}
