import CommunityModel
import SimKernel
import Testing
import _TwinTestSupport

/// Communities that differ (issue 22): a community may state its own posts, facility places
/// and hours, appropriation and opening fund balances; what it does not state follows the
/// district-wide rules.
@Suite struct CommunityOverrideTests {
  /// Two communities of 2,000 residents (the small baseline's make-up and administrative
  /// catalogue, which is per community), 60 days after a 20-day warm-up.
  static func twoCommunities() throws -> Scenario {
    var scenario = try Fixtures.smallBaseline(days: 60, warmup: 20)
    let one = scenario.communities[0]
    scenario.communities = [one, one]
    scenario.communities[0].name = "East"
    scenario.communities[1].name = "West"
    return scenario
  }

  /// East states twice the community workers the per-1,000 rule gives it: East's own
  /// requests are resolved faster than in the same district without the statement, replication
  /// by replication (common random numbers: the same needs arise in both runs), and the
  /// district has exactly the added posts.
  @Test(.comparedOnlyInOrdinaryBuild, arguments: 0..<2)
  func aCommunityWithTwiceTheStaffResolvesItsRequestsFaster(replication: Int) throws {
    let even = try Self.twoCommunities()
    let worker = try #require(even.roles.firstIndex { $0.id == "community_worker" })
    let standard = even.posts(ofRole: worker, in: even.communities[0])
    var staffed = even
    staffed.communities[0].statedPosts[worker] = 2 * standard
    #expect(staffed.problems.isEmpty, "\(staffed.problems)")
    let base = ModelRun(even, seed: 81, replication: replication)
    let more = ModelRun(staffed, seed: 81, replication: replication)
    #expect(try more.value("community.east.response_mean_days") < base.value("community.east.response_mean_days"))
    #expect(try more.value("requests.arrived") == base.value("requests.arrived"))
    let onRoll = try more.value("workers.on_roll.community_worker") - base.value("workers.on_roll.community_worker")
    #expect(abs(onRoll - Double(standard)) < 1, "\(onRoll) more community workers on roll, \(standard) posts added")
  }

  /// A stated clinic of 3 places open 8–12, a stated appropriation and opening balances: the
  /// clinic has 3 places and turns more visitors away than with its type's places and hours
  /// (a day's visits come in its open hours); the government money of
  /// the window is the stated rate to the fen, and the opening balances are in the fund but
  /// in no window's receipts; money is conserved.
  @Test func statedPlacesHoursAndMoneyAreUsed() throws {
    let scenario = try Fixtures.smallBaseline(days: 30, warmup: 5)
    let clinic = try #require(scenario.facilities.firstIndex { $0.id == "clinic" })
    var stated = scenario
    stated.communities[0].facilityOverrides[clinic] = FacilityOverride(places: 3, opensHour: 8, closesHour: 12)
    var appropriation = scenario.budget.annualPerResident
    appropriation[FundingSource.government.rawValue] = 365
    stated.communities[0].annualPerResident = appropriation
    stated.communities[0].openingBalanceCNY = [100_000, 20_000]
    #expect(stated.problems.isEmpty, "\(stated.problems)")
    let base = ModelRun(scenario, seed: 82, replication: 0)
    let run = ModelRun(stated, seed: 82, replication: 0)
    #expect(try run.value("facility.clinic.places") == 3)
    #expect(
      try run.value("facility.clinic.turned_away_share") > base.value("facility.clinic.turned_away_share"))
    // CNY 365 per resident per year: CNY 2,000 a day for 2,000 residents, 30 days.
    #expect(try run.value("budget.by_source.government_cny") == 60_000)
    #expect(try run.value("budget.by_source.donations_cny") == base.value("budget.by_source.donations_cny"))
    #expect(try run.value("budget.received_cny") < base.value("budget.received_cny"))
    MoneyConservationTests.checkConservation(run)
    #expect(run.money.received[FundingSource.government.rawValue] > 10_000_000)  // fen: the opening balance
  }

  /// A staffing lever on a community that states its posts changes them in proportion to
  /// the role's standard (4.2 → 6 per 1,000: 10 stated posts become 14).
  @Test func theStaffingLeverRescalesStatedPosts() throws {
    var scenario = try Fixtures.smallBaseline()
    let worker = try #require(scenario.roles.firstIndex { $0.id == "community_worker" })
    scenario.communities[0].statedPosts[worker] = 10
    Lever.staffing(role: worker, perThousand: 6, payRatio: nil, trainingGain: nil).apply(to: &scenario)
    #expect(scenario.posts(ofRole: worker, in: scenario.communities[0]) == 14)
  }
}
