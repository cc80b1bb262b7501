import CommunityModel
import Testing
import TwinExperiments
import _TwinTestSupport

/// Money is conserved per source in every replication: received = spent + leaked + held,
/// exactly (the ledger counts whole fen), with every source and use in play.
@Suite struct MoneyConservationTests {
  /// The small baseline with a 20-day planning cycle and levers that bring in every source:
  /// PPP operators (social capital: capital and net outlay; fees with price response,
  /// exits, contracts that run out and re-tenders after a gap), a community fund with crowdfunding (foundation,
  /// crowdfunding), and transparency part-way through (a leakage change mid-run).
  static func fundedScenario(communities: Int = 1) throws -> Scenario {
    var scenario = try Fixtures.smallBaseline(days: 60, warmup: 20).withProjectsScaled(
      toResidents: 2_000, cycleDays: 20)
    scenario.communities = Array(repeating: scenario.communities[0], count: communities)
    let childcare = try #require(scenario.facilities.firstIndex { $0.id == "childcare" })
    let canteen = try #require(scenario.facilities.firstIndex { $0.id == "canteen" })
    let cohorts = scenario.cohorts.count
    func partner(_ facility: Int, fee: Double, subsidy: Double) -> PPPPolicy {
      PPPPolicy(
        facility: facility, addedPlacesPerThousand: 1, capitalPerPlaceCNY: 20_000, constructionDays: 15,
        operatingCostPerPlacePerYearCNY: 10_000, feesCNY: Array(repeating: fee, count: cohorts),
        subsidyPerPlacePerYearCNY: subsidy, publicBenefitShare: 0.3,
        priceElasticities: Array(repeating: -0.5, count: cohorts), referenceFeeCNY: 4, reviewDays: 30,
        contractDays: 45, retenders: true, retenderGapDays: try! .fixed(3))
    }
    scenario.interventions = [
      Intervention(.ppp(partner(childcare, fee: 0, subsidy: 2_000))),  // no fees: exits at its first review
      Intervention(.ppp(partner(canteen, fee: 10, subsidy: 8_000)), startDay: 5),  // covered: runs 45 days
      Intervention(.communityFund(foundationPerResidentCNY: 50, crowdfundingShare: 0.2), startDay: 10),
      Intervention(.transparency(leakageShare: 0.05, disclosureShare: nil), startDay: 40),
    ]
    if communities > 1 {
      scenario.interventions.append(
        Intervention(.evaluationLoop(evaluationDays: 15, topShare: 0.34, fundingBonus: 0.15)))
    }
    return scenario
  }

  static func checkConservation(_ result: ModelRun) {
    let money = result.money
    for source in FundingSource.allCases {
      let s = source.rawValue
      #expect(money.received[s] == money.spent[s] + money.leaked[s] + money.held[s], "source \(source.name)")
      #expect(money.held[s] >= 0)
    }
  }

  @Test(arguments: 0..<3)
  func everyYuanIsSpentHeldOrLeaked(replication: Int) throws {
    let result = ModelRun(try Self.fundedScenario(), seed: 31, replication: replication)
    Self.checkConservation(result)
    // Not vacuous: every source received money and discretionary spending leaked.
    for source in FundingSource.allCases {
      #expect(result.money.received[source.rawValue] > 0, "source \(source.name) received nothing")
    }
    #expect(result.money.leaked.reduce(0, +) > 0)
    // Not vacuous for PPP either: an exit (childcare, without fees), a contract that ran out
    // (the canteen's, day 50), re-tenders after 3-day gaps, and fees that kept visitors away.
    for name in ["ppp.operator_exits", "ppp.contracts_ended", "ppp.retenders", "ppp.service_gap_days"] {
      #expect(try result.value(name) > 0, "\(name)")
    }
    #expect(try result.value("ppp.declined.elderly") > 0)
  }

  /// Performance-linked funding (L9) moves the district's government money between its
  /// communities and adds none: the district receives the same government money to the fen
  /// with and without it, the communities' shares add up to it, and the winner gains what
  /// the others lose.
  @Test func performanceFundingMovesMoneyAndAddsNone() throws {
    var district = try Self.fundedScenario(communities: 3)
    district.communities[1].residents = 1_000
    district.communities[2].cohortShares = district.communities[2].cohortShares.indices.map { $0 == 0 ? 1 : 0 }
    var flat = district
    flat.interventions.removeLast()
    let linked = ModelRun(district, seed: 32, replication: 0)
    let unlinked = ModelRun(flat, seed: 32, replication: 0)
    Self.checkConservation(linked)
    let government = FundingSource.government.rawValue
    #expect(linked.money.received[government] == unlinked.money.received[government])
    let keys = CommunitySpec.metricKeys(district.communities)
    let shares = try keys.map { try linked.value("community.\($0).government_cny") }
    let flatShares = try keys.map { try unlinked.value("community.\($0).government_cny") }
    #expect(try abs(shares.reduce(0, +) - linked.value("budget.by_source.government_cny")) < 0.005)
    // At each evaluation one community in three earns the 15 % bonus and the other two pay
    // for it (the winner may change from one evaluation to the next).
    let gains = zip(shares, flatShares).map { $0 - $1 }
    #expect(gains.contains { $0 > 0 } && gains.contains { $0 < 0 }, "gains \(gains)")
    #expect(abs(gains.reduce(0, +)) < 0.005)
  }

  /// A bonus larger than the others can pay (10 × the winner's appropriation) takes all
  /// of theirs and no more: nobody's share goes negative, the district's total is unchanged.
  @Test(.comparedOnlyInOrdinaryBuild) func aBonusTheOthersCannotPayTakesAllOfTheirsAndNoMore() throws {
    var district = try Self.fundedScenario(communities: 3)
    district.interventions.removeLast()
    district.interventions.append(Intervention(.evaluationLoop(evaluationDays: 15, topShare: 0.34, fundingBonus: 10)))
    let run = ModelRun(district, seed: 34, replication: 0)
    Self.checkConservation(run)
    let keys = CommunitySpec.metricKeys(district.communities)
    let shares = try keys.map { try run.value("community.\($0).government_cny") }
    #expect(shares.allSatisfy { $0 >= 0 })
    #expect(try abs(shares.reduce(0, +) - run.value("budget.by_source.government_cny")) < 0.005)
  }

  @Test(arguments: 0..<2)
  func windowMetricsAddUp(replication: Int) throws {
    let r = ModelRun(try Self.fundedScenario(), seed: 33, replication: replication)
    let bySource = try FundingSource.allCases.reduce(0.0) { try $0 + r.value("budget.by_source.\($1.name)_cny") }
    let byUse = try SpendingUse.allCases.reduce(0.0) { try $0 + r.value("budget.by_use.\($1.name)_cny") }
    #expect(try abs(bySource - r.value("budget.received_cny")) < 0.01)
    #expect(try abs(byUse - r.value("budget.spent_cny")) < 0.01)
    let share = try 1 - r.value("budget.by_source.government_cny") / r.value("budget.received_cny")
    #expect(try abs(share - r.value("budget.social_capital_share")) < 1e-9)
  }

  /// The cost to public funds is the spending and leakage of the public sources only: all of
  /// it when the public funds pay for everything, less when a PPP operator's social capital
  /// and residents' crowdfunding pay too (the funded scenario spends both in the window).
  @Test func publicCostLeavesOutOtherPayers() throws {
    let plain = ModelRun(try Fixtures.smallBaseline(days: 60, warmup: 20), seed: 34, replication: 0)
    let outflow = try plain.value("budget.spent_cny") + plain.value("budget.leakage_cny")
    #expect(outflow > 0)
    #expect(try abs(plain.value("budget.public_cost_cny") - outflow) < 0.01)
    let funded = ModelRun(try Self.fundedScenario(), seed: 34, replication: 0)
    let fundedOutflow = try funded.value("budget.spent_cny") + funded.value("budget.leakage_cny")
    let othersSpent = funded.money.spent[FundingSource.socialCapital.rawValue]
    #expect(othersSpent > 0, "the operator's own money paid for something")
    #expect(try funded.value("budget.public_cost_cny") > 0)
    #expect(try funded.value("budget.public_cost_cny") < fundedOutflow - 0.01)
  }
}
