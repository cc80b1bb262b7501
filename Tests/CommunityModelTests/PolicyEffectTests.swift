import CommunityModel
import SimKernel
import Testing
import TwinExperiments
import _TwinTestSupport

/// The shipped lever presets against the baseline at full size (8,000 residents, a year
/// after a year's warm-up), paired replication by replication under common random numbers:
/// each effect has the reported sign and is significant (its 95 % t interval excludes 0).
/// `Docs/calibration.md` records the sizes. Slow: `COMMUNITY_TWIN_SLOW_TESTS=1 swift test -c release`.
///
/// False failures: a significance test fails a correct model when its interval reaches 0
/// although the effect is real, with probability P(T₃₉(d·√40) < t₀.₉₇₅) for Student's
/// noncentral t, d the effect over the SD of the paired differences. With 40 replications
/// every d here gives less than 1e-6 (the smallest, d ≈ 1.1 for turnover and childcare
/// turn-aways in 10- and 20-replication runs: 4e-7); with the 10 replications used before,
/// those had 0.3 % to 12 %. Each comment gives the numbers for its other assertions.
@Suite(.enabled(if: TestEnvironment.runSlowTests, "set COMMUNITY_TWIN_SLOW_TESTS=1"))
struct PolicyEffectTests {
  static let replications = 40
  static let seed: UInt64 = 20_261_121

  static func results(_ scenario: Scenario) -> [ModelRun] {
    pairedRuns([scenario], seed: seed, count: replications)[0]
  }

  /// The 95 % interval of the paired differences `other − base` of metric `name`, over the
  /// replications where both are defined (a replication without a small project has no
  /// small-project approval time: about one in five, so fewer than half defined has
  /// probability 5e-6).
  static func difference(_ name: String, _ base: [ModelRun], _ other: [ModelRun]) throws
    -> ConfidenceInterval
  {
    let differences = try zip(base, other).map { try $1.value(name) - $0.value(name) }.filter { !$0.isNaN }
    #expect(differences.count >= base.count / 2, "\(name) is undefined in too many replications")
    return try #require(ConfidenceInterval(differences))
  }

  /// Mean of metric `name` over the replications where it is defined.
  static func mean(_ name: String, _ results: [ModelRun]) throws -> Double {
    let values = try results.map { try $0.value(name) }.filter { !$0.isNaN }
    return values.reduce(0, +) / Double(values.count)
  }

  static let baseline = Result { results(try Fixtures.scenario("baseline.json")) }

  /// The baseline's small-project approval averages 40 ± 9.5 days per replication: its mean
  /// leaves (30, 60) with probability 3e-10. Devolved approval takes 3 working days in every
  /// replication. Effects: d = 3.9 and 4.5.
  @Test(.tags(.statistical))
  func devolutionApprovesSmallProjectsInDaysAndShortensImprovementResponse() throws {
    let base = try Self.baseline.get()
    let devolved = Self.results(try Fixtures.scenario("devolution.json"))
    let baseApproval = try Self.mean("projects.small.approval_days.mean", base)
    #expect(baseApproval > 30 && baseApproval < 60, "the baseline chain takes ~45 days (C1)")
    #expect(try Self.mean("projects.small.approval_days.mean", devolved) < 5)
    #expect(try Self.difference("projects.small.approval_days.mean", base, devolved).upper < 0)
    // Requests that wait for a project are reported apart from the response times (issue 20):
    // faster approval (and one review that rejects less) leaves a smaller project backlog at
    // the horizon: −32 [−47, −18] requests over 40 replications of the baseline's seed.
    #expect(try Self.difference("projects.backlog_at_end", base, devolved).upper < 0)
  }

  /// Effects: turnover d ≈ 1.1 (4e-7), response d = 2.6. The staffed turnover rate, 0.092 ±
  /// 0.048 per replication, averages below 0.13 (toward 8 %/yr) except with probability 5e-7
  /// (below 0.12, as before, it would fail with probability 1.6e-4).
  @Test(.tags(.statistical))
  func staffingLowersTurnoverTowardEightPercentAndShortensResponse() throws {
    let base = try Self.baseline.get()
    let staffed = Self.results(try Fixtures.scenario("staffing.json"))
    #expect(try Self.difference("workers.turnover_rate", base, staffed).upper < 0)
    #expect(try Self.mean("workers.turnover_rate", staffed) < 0.13, "toward 8 %/yr at pay 0.80 (D6)")
    #expect(try Self.difference("response.all.mean_days", base, staffed).upper < 0)
  }

  /// Effects (issue 21, from 20 replications): childcare places d ≈ 6.8, turn-aways d ≈ 2.3
  /// (the re-tender gaps widen their spread): each fails by chance with less than 1e-10 at
  /// 40 replications. Social capital is
  /// what the enterprises put in themselves (issue 21): the money received and its social
  /// part exceed the baseline's by exactly the window's capital and net outlay, replication
  /// by replication (an identity: the appropriations are the same, fees are not social
  /// capital), so it cannot fail by chance. The operators' fees are residents' money, paid by every
  /// cohort that uses their facilities.
  @Test(.tags(.statistical))
  func pppAddsCapacityAndOnlyTheOperatorsOwnMoneyAsSocialCapital() throws {
    let base = try Self.baseline.get()
    let ppp = Self.results(try Fixtures.scenario("ppp-funding.json"))
    for (b, p) in zip(base, ppp) {
      let own = try (p.value("ppp.capital_invested_cny") + p.value("ppp.operator_outlay_cny"))
      let received = try b.value("budget.received_cny")
      let social = try b.value("budget.social_capital_share") * received
      #expect(try abs(p.value("budget.received_cny") - (received + own)) < 0.005)
      #expect(try abs(p.value("budget.social_capital_share") - (social + own) / (received + own)) < 1e-9)
      #expect(try p.value("ppp.residents_paid_cny") > 0)
    }
    #expect(try Self.difference("facility.childcare.places", base, ppp).lower > 0)
    #expect(try Self.difference("facility.childcare.turned_away_share", base, ppp).upper < 0)
  }

  /// Not stated by the reports, but the model must get it right: devolving approval helps
  /// only when there is money for projects. Without it no project is proposed, approval is
  /// not the bottleneck, and devolution changes nothing for improvement needs: the paired
  /// differences are exactly 0 (the runs are bit-identical), so those assertions cannot fail
  /// by chance. With money, d ≈ 1.2 (7e-9).
  @Test(.tags(.statistical))
  func devolutionWithoutBudgetGivesLittleBenefit() throws {
    let approvalOnly = Intervention(.devolution(thresholdCNY: 500_000, localApprovalWorkingDays: 3, adminCut: 0))
    var funded = try Fixtures.scenario("baseline.json")
    var broke = funded
    broke.budget.annualPerResident[FundingSource.government.rawValue] = 470  // running costs only
    let fundedBase = try Self.baseline.get()
    funded.interventions = [approvalOnly]
    let fundedDevolved = Self.results(funded)
    let brokeBase = Self.results(broke)
    broke.interventions = [approvalOnly]
    let brokeDevolved = Self.results(broke)

    let withMoney = try Self.difference("projects.backlog_at_end", fundedBase, fundedDevolved)
    let withoutMoney = try Self.difference("projects.backlog_at_end", brokeBase, brokeDevolved)
    #expect(withMoney.upper < 0, "with project money, faster approval resolves backlogs sooner")
    #expect(try Self.mean("projects.approved", brokeBase) == 0, "without project money, nothing is approved")
    #expect(withoutMoney.mean == 0 && withoutMoney.halfWidth == 0)
  }
}
