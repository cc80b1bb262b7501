import CommunityModel
import Testing
import TwinExperiments
import _TwinTestSupport

/// Project money is misused through a mechanism (`Docs/model.md` §3.9): intents that no
/// approval review catches and no disclosed account exposes. Devolution (one review instead
/// of 3–5) therefore trades approval speed against misuse where oversight is weak, and
/// transparency (every account disclosed) lowers misuse whatever the route.
@Suite(.skippedInChecksBuild, .enabled(if: TestEnvironment.runSlowTests, "slow: COMMUNITY_TWIN_SLOW_TESTS=1"))
struct ProjectOversightTests {
  /// Ten communities of 2,000 residents planning every 30 days, with projects scaled to their
  /// size and money for them: some 300 proposals a year.
  static func district() throws -> Scenario {
    var scenario = try Fixtures.smallBaseline(days: 365, warmup: 30)
      .withProjectsScaled(toResidents: 2_000, cycleDays: 30)
    scenario.budget.annualPerResident[FundingSource.government.rawValue] = 900
    scenario.drainDays = 0
    scenario.communities = Array(repeating: scenario.communities[0], count: 10)
    return scenario
  }

  static func variants() throws -> [Scenario] {
    let base = try district()
    var devolved = base
    devolved.name = "devolved"
    devolved.interventions = [Intervention(.devolution(thresholdCNY: 1e12, localApprovalWorkingDays: 3, adminCut: 0))]
    var open = base
    open.name = "transparent"
    open.interventions = [Intervention(.transparency(leakageShare: 0.05, disclosureShare: 1))]
    var both = devolved
    both.name = "devolved, transparent"
    both.interventions += open.interventions
    return [base, devolved, open, both]
  }

  /// Seed 62, 20 paired replications (some 110 approved projects each without devolution,
  /// 160 with): project money misused 0.208 ± 0.034 (mean ± SD), devolved 0.252 ± 0.034,
  /// transparent 0.042 ± 0.012, devolved and transparent 0.046 ± 0.015.
  ///
  /// - Devolution raises misuse by 0.043 ± 0.043 per replication: the mean over 20 is ≤ 0 with
  ///   probability Φ(−4.49) = 4e-6 (normal approximation).
  /// - Transparency lowers it by 0.166 ± 0.031 (chain) and 0.206 ± 0.033 (devolved): each of
  ///   the 40 per-replication assertions fails with probability below Φ(−5.3) = 6e-8.
  @Test(.tags(.statistical))
  func devolutionRaisesMisuseWhereOversightIsWeak() throws {
    let runs = pairedRuns(try Self.variants(), seed: 62, count: 20)
    let (base, devolved, transparent, both) = (runs[0], runs[1], runs[2], runs[3])
    #expect(try meanChange("projects.misused_share", from: base, to: devolved) > 0)
    for r in base.indices {
      #expect(try transparent[r].value("projects.misused_share") < base[r].value("projects.misused_share"))
      #expect(try both[r].value("projects.misused_share") < devolved[r].value("projects.misused_share"))
    }
  }
}
