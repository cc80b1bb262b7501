import CommunityModel
import SimKernel
import Testing
import _TwinTestSupport

/// A replication stopped at a midnight (``ReplicationRun``) and copied goes on exactly as the
/// uninterrupted one; a fork that changes only interventions not yet started is a run of the
/// forked scenario from day 0; a fork that changes the past is refused.
@Suite struct ReplicationRunTests {
  /// Small versions of scenarios that exercise different state: every mechanism (combined:
  /// levers, PPP operators, projects, turnover, patrols), a surge and an emergency (flood),
  /// offenders and cameras (security), and a warm start with inherited cases and vacancies.
  static func scenarios() throws -> [Scenario] {
    var combined = try Fixtures.scenario("combined.json").withProjectsScaled(toResidents: 2_000, cycleDays: 30)
    combined.communities[0].residents = 2_000
    (combined.days, combined.warmupDays, combined.drainDays) = (45, 15, 10)
    var flood = try Fixtures.scenario("flood.json")
    flood.communities[0].residents = 3_000
    (flood.days, flood.warmupDays, flood.drainDays) = (60, 10, 10)
    flood.emergencies[0].day = 20
    (flood.surges[0].day, flood.surges[0].days) = (35, 14)  // on either side of the stop at day 40
    var security = try Fixtures.scenario("security-cameras.json")
    security.communities[0].residents = 3_000
    (security.days, security.warmupDays, security.drainDays) = (40, 10, 10)
    var warm = try Fixtures.smallBaseline(days: 40, warmup: 0, drain: 10)
    let worker = try #require(warm.roles.firstIndex { $0.id == "community_worker" })
    let repairs = try #require(warm.needs.firstIndex { $0.id == "repairs_infrastructure" })
    warm.initialState = InitialState(
      openCases: [
        .init(community: 0, category: repairs, tier: RequestTier.urgent.rawValue, stage: .queue, ageDays: 3, count: 25)
      ],
      vacancies: [.init(community: 0, role: worker, posts: 2)])
    return [combined, flood, security, warm]
  }

  /// Stopped at day 1, at the end of the warm-up and in the middle of the window (the middle
  /// only in a `-DSIM_INTERNAL_CHECKS` build), then copied: the copy and the original each
  /// finish with the uninterrupted run's result, bit for bit, events included.
  @Test func aRunStoppedAndCopiedAtAMidnightGoesOnExactly() throws {
    for scenario in try Self.scenarios() {
      #expect(scenario.problems.isEmpty, "\(scenario.name): \(scenario.problems)")
      let whole = BitImage(DistrictModel.runReplication(scenario, seed: 5, replication: 1))
      // Under the kernel's internal checks (some 40 times slower) the mid-window stop only.
      let stops =
        TestEnvironment.internalChecks
        ? [scenario.warmupDays + scenario.days / 2] : [1, scenario.warmupDays, scenario.warmupDays + scenario.days / 2]
      for day in stops where day >= 1 {
        var run = ReplicationRun(scenario, seed: 5, replication: 1)
        run.advance(toDay: day)
        #expect(run.day == day)
        let copy = run
        #expect(BitImage(run.finish()) == whole, "\(scenario.name) stopped at day \(day)")
        #expect(BitImage(copy.finish()) == whole, "\(scenario.name) copied at day \(day)")
      }
    }
  }

  /// A fork to the scenario it ran changes nothing.
  @Test func aForkToTheSameScenarioGoesOnExactly() throws {
    for scenario in try Self.scenarios() {
      var run = ReplicationRun(scenario, seed: 6, replication: 0)
      run.advance(toDay: scenario.warmupDays + 5)
      var renamed = scenario
      renamed.name += " (today)"
      #expect(scenario.forkProblems(renamed, atDay: run.day).isEmpty)
      let forked = BitImage(run.forked(to: renamed).finish())
      #expect(forked == BitImage(DistrictModel.runReplication(scenario, seed: 6, replication: 0)), "\(scenario.name)")
    }
  }

  /// The small baseline with interventions starting after the fork (devolution on day 12,
  /// one of them at the same instant as the end of the warm-up, the staffing lever on the
  /// fork's own day), or with an intervention removed: forked at day 8, the result is the
  /// forked scenario's own run from day 0, bit for bit, and differs from the unforked run.
  @Test(arguments: [8, 10])
  func aForkThatChangesLaterInterventionsIsARunOfTheForkFromDayZero(forkDay: Int) throws {
    let base = try Fixtures.smallBaseline(days: 40, warmup: 10, drain: 10)
    let worker = try #require(base.roles.firstIndex { $0.id == "community_worker" })
    var planned = base
    planned.interventions = [
      Intervention(.coordination(sharedIntake: true, jointHandling: true, handoffFactor: 0.5), startDay: 25)
    ]
    var changed = base
    changed.interventions = [
      Intervention(.devolution(thresholdCNY: 500_000, localApprovalWorkingDays: 3, adminCut: 0.4), startDay: 10),
      Intervention(.staffing(role: worker, perThousand: 6, payRatio: nil, trainingGain: nil), startDay: forkDay),
      Intervention(.devolution(thresholdCNY: 800_000, localApprovalWorkingDays: 2, adminCut: 0.5), startDay: 12),
    ]
    var removed = planned
    removed.interventions = []
    for fork in [changed, removed] {
      #expect(fork.problems.isEmpty, "\(fork.problems)")
      var run = ReplicationRun(planned, seed: 3, replication: 2)
      run.advance(toDay: forkDay)
      #expect(planned.forkProblems(fork, atDay: forkDay).isEmpty)
      let forked = BitImage(run.forked(to: fork).finish())
      #expect(forked == BitImage(DistrictModel.runReplication(fork, seed: 3, replication: 2)))
      #expect(forked != BitImage(DistrictModel.runReplication(planned, seed: 3, replication: 2)))
    }
  }

  /// A fork may not change a parameter, nor an intervention that has started; the problem
  /// names what differs.
  @Test func aForkThatChangesThePastIsRefused() throws {
    var base = try Fixtures.smallBaseline(days: 40, warmup: 10)
    base.interventions = [
      Intervention(.devolution(thresholdCNY: 500_000, localApprovalWorkingDays: 3, adminCut: 0.4), startDay: 5)
    ]
    var morePosts = base
    morePosts.roles[0].perThousandResidents += 1
    let parameter = base.forkProblems(morePosts, atDay: 8)
    #expect(parameter.count == 1 && parameter[0].contains("roles") && parameter[0].contains("day 8"), "\(parameter)")
    var earlier = base
    earlier.interventions[0].startDay = 3
    let started = base.forkProblems(earlier, atDay: 8)
    #expect(started.count == 1 && started[0].contains("interventions starting before day 8"), "\(started)")
    #expect(base.forkProblems(earlier, atDay: 3).isEmpty)
    var reseeded = base
    (reseeded.seed, reseeded.replications, reseeded.name) = (99, 3, "other")
    #expect(base.forkProblems(reseeded, atDay: 8).isEmpty)
  }
}
