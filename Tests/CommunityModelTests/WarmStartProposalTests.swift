import CommunityModel
import SimKernel
import Testing
import _TwinTestSupport

/// A warm start's projects awaiting approval (``InitialState/Proposal``): proposed before the
/// start, their money committed and their remaining levels drawn by the model.
@Suite struct WarmStartProposalTests {
  /// The small baseline (2,000 residents, 120 days, no warm-up) with no needs, visits or
  /// administrative tasks; no money coming in and none going out but to projects (no
  /// appropriations, wages or running costs); projects of CNY 50,000 each, 10-day levels
  /// that never reject, 30 days of construction and no overrun; planning every 20 days.
  /// The community starts with `cny` in its foundation fund (earmarked for projects), 5
  /// elderly-care and 7 meals cases awaiting a project, and `proposals`.
  static func scenario(fund cny: Double, proposals: [InitialState.Proposal]) throws -> Scenario {
    var scenario = try Fixtures.smallBaseline(days: 120, warmup: 0, drain: 0).withoutNeeds().withoutVisits()
      .withProjectsScaled(toResidents: 2_000, cycleDays: 20)
    scenario.adminTasks = []
    for j in scenario.needs.indices where scenario.needs[j].project != nil {
      scenario.needs[j].project?.costCNY = try .fixed(50_000)
      scenario.needs[j].project?.constructionDays = try .fixed(30)
      scenario.needs[j].project?.overrunShare = nil
    }
    scenario.planning.levelDelayDays = try .fixed(10)
    scenario.planning.rejectionPerLevel = 0
    scenario.planning.oversight = .none
    scenario.budget.localAverageMonthlyWage = 0
    for f in scenario.facilities.indices { scenario.facilities[f].operatingCostPerPlacePerYearCNY = 0 }
    scenario.communities[0].annualPerResident = Array(repeating: 0, count: FundingSource.allCases.count)
    var balance = Array(repeating: 0.0, count: FundingSource.allCases.count)
    balance[FundingSource.foundation.rawValue] = cny
    scenario.communities[0].openingBalanceCNY = balance
    let elderly = try #require(scenario.needs.firstIndex { $0.id == "elderly_care" })
    let meals = try #require(scenario.needs.firstIndex { $0.id == "meals" })
    scenario.initialState = InitialState(
      openCases: [
        .init(community: 0, category: elderly, tier: 1, stage: .project, ageDays: 60, count: 5),
        .init(community: 0, category: meals, tier: 1, stage: .project, ageDays: 30, count: 7),
      ],
      proposals: proposals)
    return scenario
  }

  /// An elderly-care project proposed 40 days before the start with one level left.
  static func waiting(levelsLeft: Int = 1, costCNY: Double = 100_000) throws -> InitialState.Proposal {
    let elderly = try #require(try Fixtures.smallBaseline().needs.firstIndex { $0.id == "elderly_care" })
    return .init(community: 0, category: elderly, costCNY: costCNY, waitedDays: 40, levelsLeft: levelsLeft)
  }

  /// The days on which backlog cases were resolved, with how many: a project's completion
  /// resolves its category's cases, and nothing else resolves a case here. A completion at
  /// the midnight that starts day d (whole days here) counts in the row of day d − 1, the
  /// day it ends.
  static func resolutions(_ run: ModelRun) throws -> [(day: Int, resolved: Double)] {
    let column = try #require(MetricCatalog.dailySeries.firstIndex { $0 == .dailyRequestsResolved })
    return run.daily.values.enumerated().compactMap { $1[column] > 0 ? ($0, $1[column]) : nil }
  }

  /// A project awaiting approval with one level left is approved after that level (day 10)
  /// and built 30 days later: its 5 elderly-care cases are resolved at the midnight of day
  /// 40, before the meals project the first planning cycle proposes (day 20, 3–5 levels of
  /// 10 days, 30 days of construction: day 80 to 100) resolves its 7; its approval time
  /// counts the 40 days it had waited. Without it, the elderly-care project is proposed with
  /// the meals project and nothing is resolved before day 80. Money is conserved, the
  /// proposal's capital paid.
  @Test func aProposalAwaitingApprovalIsBuiltBeforeNewProposals() throws {
    let with = try Self.scenario(fund: 10_000_000, proposals: [Self.waiting()])
    #expect(with.problems.isEmpty, "\(with.problems)")
    let run = ModelRun(with, seed: 97, replication: 0)
    let days = try Self.resolutions(run)
    #expect(days.count == 2, "\(days)")
    #expect(days.first?.day == 39 && days.first?.resolved == 5, "\(days)")
    #expect(days.last.map { (79...99).contains($0.day) && $0.resolved == 7 } == true, "\(days)")
    #expect(try run.value("projects.proposed") == 1)
    #expect(try run.value("projects.approved") == 2)
    #expect(try run.value("projects.completed") == 2)
    #expect(try run.value("budget.by_use.projects_cny") == 150_000)
    // 50 days for the proposal, 30 to 50 for the meals project: 20 to 30 if the 40 days
    // waited did not count.
    let approvalDays = try run.value("projects.approval_days.mean")
    #expect(approvalDays >= 40, "mean approval days \(approvalDays)")
    MoneyConservationTests.checkConservation(run)

    let without = ModelRun(try Self.scenario(fund: 10_000_000, proposals: []), seed: 97, replication: 0)
    let withoutDays = try Self.resolutions(without)
    #expect(withoutDays.allSatisfy { $0.day >= 79 }, "\(withoutDays)")
    #expect(try without.value("projects.proposed") == 2)
  }

  /// The remaining levels are the chain's: three levels left of 10 days each put the
  /// approval on day 30 and the completion on day 60.
  @Test func theLevelsLeftSetTheApproval() throws {
    let run = ModelRun(
      try Self.scenario(fund: 10_000_000, proposals: [Self.waiting(levelsLeft: 3)]), seed: 97, replication: 0)
    #expect(try Self.resolutions(run).first.map { $0.day == 59 && $0.resolved == 5 } == true)
  }

  /// The proposal's capital and risk reserve (CNY 100,000 + 10 %) are committed against the
  /// fund from the start: a fund of CNY 120,000 could pay for the meals project (CNY 55,000
  /// with its reserve) alone, but not after the proposal's CNY 110,000, so the planning
  /// cycles defer it; money stays conserved, and the proposal's capital is spent on its
  /// approval.
  @Test func aProposalsMoneyIsCommittedFromTheStart() throws {
    let alone = ModelRun(try Self.scenario(fund: 120_000, proposals: []), seed: 98, replication: 0)
    #expect(try alone.value("projects.proposed") >= 1)
    let committed = ModelRun(try Self.scenario(fund: 120_000, proposals: [Self.waiting()]), seed: 98, replication: 0)
    #expect(try committed.value("projects.proposed") == 0)
    #expect(try committed.value("projects.deferred") >= 1)
    #expect(try committed.value("budget.by_use.projects_cny") == 100_000)
    MoneyConservationTests.checkConservation(committed)
  }

  /// A proposal the fund can no longer pay at its approval is cancelled, as a new one is:
  /// an empty fund commits it all the same, and it is never built.
  @Test func aProposalTheFundCannotPayIsCancelled() throws {
    let run = ModelRun(try Self.scenario(fund: 0, proposals: [Self.waiting()]), seed: 98, replication: 0)
    #expect(try run.value("projects.cancelled") == 1)
    #expect(try run.value("projects.completed") == 0)
    #expect(try Self.resolutions(run).isEmpty)
    MoneyConservationTests.checkConservation(run)
  }

  /// Problems of a proposal built in code, each at its path with its range.
  @Test func proposalProblemsAreReportedAtTheirPaths() throws {
    let scenario = try Self.scenario(fund: 0, proposals: [])
    let health = try #require(scenario.needs.firstIndex { $0.id == "health" })
    var bad = scenario
    bad.initialState.proposals = [
      .init(community: 3, category: health, costCNY: 0, waitedDays: -1, levelsLeft: 0, scope: -2)
    ]
    #expect(
      bad.problems == [
        "initialState.proposals[0].community = 3: out of range (allowed: a community index)",
        "initialState.proposals[0].category = \(health): out of range (allowed: a need index of a category with a project)",
        "initialState.proposals[0].costCNY = 0.0: out of range (allowed: > 0, ≤ 1000000000000.0)",
        "initialState.proposals[0].waitedDays = -1.0: out of range (allowed: ≥ 0, finite)",
        "initialState.proposals[0].levelsLeft = 0: out of range (allowed: ≥ 1)",
        "initialState.proposals[0].scope = -2: out of range (allowed: ≥ 0)",
      ], "\(bad.problems)")
  }
}
