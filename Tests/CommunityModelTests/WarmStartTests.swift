import CommunityModel
import SimKernel
import Testing
import _TwinTestSupport

/// A warm start (``InitialState``): inherited open cases and vacant posts in place at the
/// start.
@Suite struct WarmStartTests {
  /// The small baseline (2,000 residents) with no new needs or administrative tasks, so the
  /// office works only on what it inherits, 60 days and no warm-up.
  static func inheriting(_ state: InitialState) throws -> Scenario {
    var scenario = try Fixtures.smallBaseline(days: 60, warmup: 0, drain: 0).withoutNeeds()
    scenario.adminTasks = []
    scenario.initialState = state
    return scenario
  }

  /// 40 improvement cases queued (the oldest 90 days old) and 40 urgent ones (1 day old),
  /// 10 with a department and 5 awaiting a project: urgent cases are cleared before the
  /// improvement cases, whatever their age (priority, then age, in the queue); every case
  /// is resolved, abandoned or still open at the end (none lost or counted twice); cases
  /// awaiting a project are never cleared without one; the inherited cases count in no
  /// window statistic.
  @Test(arguments: 0..<2)
  func inheritedCasesAreClearedInTheOrderTheirStageImplies(replication: Int) throws {
    let scenario = try Self.inheriting(Self.backlog(in: Fixtures.smallBaseline()))
    #expect(scenario.problems.isEmpty, "\(scenario.problems)")
    let run = ModelRun(scenario, seed: 91, replication: replication)
    #expect(try run.value("warm_start.open_cases") == 95)
    let urgent = try run.value("warm_start.clearance_days.urgent.mean")
    let improvement = try run.value("warm_start.clearance_days.improvement.mean")
    #expect(urgent < improvement, "urgent cleared after \(urgent) days, improvement after \(improvement)")
    let resolved = try run.value("warm_start.resolved")
    let abandoned = try run.value("warm_start.abandoned")
    #expect(resolved + abandoned <= 90)  // the 5 awaiting a project cannot end without one
    #expect(resolved >= 45)
    #expect(try run.value("requests.resolved") == 0)
    #expect(try run.value("requests.arrived") == 0)
    // Day 0's row: the open requests at its end are the inherited ones less those resolved
    // (or given up) that day.
    let open = try #require(MetricCatalog.dailySeries.firstIndex { $0 == .dailyOpenRequests })
    let done = try #require(MetricCatalog.dailySeries.firstIndex { $0 == .dailyRequestsResolved })
    let day0 = try #require(run.daily.values.first)
    #expect(day0[open] + day0[done] <= 95 && day0[open] + day0[done] >= 95 - abandoned, "day 0: \(day0)")
    #expect(day0[done] > 0)
  }

  /// The backlog of ``inheritedCasesAreClearedInTheOrderTheirStageImplies(replication:)``.
  static func backlog(in scenario: Scenario) throws -> InitialState {
    let repairs = try #require(scenario.needs.firstIndex { $0.id == "repairs_infrastructure" })
    let elderly = try #require(scenario.needs.firstIndex { $0.id == "elderly_care" })
    let housing = try #require(scenario.departments.firstIndex { $0.id == "housing" })
    return InitialState(openCases: [
      .init(community: 0, category: repairs, tier: 1, stage: .queue, ageDays: 90, count: 20),
      .init(community: 0, category: repairs, tier: 1, stage: .queue, ageDays: 30, count: 20),
      .init(community: 0, category: repairs, tier: 0, stage: .queue, ageDays: 1, count: 40),
      .init(community: 0, category: repairs, tier: 1, stage: .department(housing), ageDays: 20, count: 10),
      .init(community: 0, category: elderly, tier: 1, stage: .project, ageDays: 200, count: 5),
    ])
  }

  /// Vacant posts at the start are empty on day 0 and filled after their hiring lag: the
  /// casework staff on roll starts lower by the vacancies and catches up.
  @Test func vacantPostsStartEmptyAndAreRefilled() throws {
    let plain = try Self.inheriting(.empty)
    let worker = try #require(plain.roles.firstIndex { $0.id == "community_worker" })
    let posts = plain.posts(ofRole: worker, in: plain.communities[0])
    var vacant = plain
    vacant.initialState = InitialState(vacancies: [.init(community: 0, role: worker, posts: 3)])
    #expect(vacant.problems.isEmpty, "\(vacant.problems)")
    let column = try #require(MetricCatalog.dailySeries.firstIndex { $0 == .dailyCaseworkOnStaff })
    let base = ModelRun(plain, seed: 92, replication: 0)
    let run = ModelRun(vacant, seed: 92, replication: 0)
    #expect(base.daily.values[0][column] == Double(posts))
    #expect(run.daily.values[0][column] == Double(posts - 3))
    #expect(try run.value("workers.hires") >= 1)
  }

  /// Recent hires (``InitialState/RecentHires``) hold filled posts but are still ramping up:
  /// with every community worker hired the day before the run (productivity 0.5 rising to 1
  /// over 90 days) the office resolves fewer of the same inherited cases in its first week
  /// than fully trained staff (common random numbers: the same cases, the same work), and
  /// more at 45 days' tenure than at 1 day's; staff on roll is the same from day 0 (the posts
  /// are filled), and a tenure of the whole ramp-up is fully trained: the same run, metric for
  /// metric.
  @Test func recentHiresResolveFewerCasesInTheirFirstDays() throws {
    let trained = try Self.inheriting(Self.backlog(in: Fixtures.smallBaseline()))
    let worker = try #require(trained.roles.firstIndex { $0.id == "community_worker" })
    let posts = trained.posts(ofRole: worker, in: trained.communities[0])
    func hired(daysAgo tenure: Double) -> Scenario {
      var scenario = trained
      scenario.initialState.recentHires = [.init(community: 0, role: worker, posts: posts, tenureDays: tenure)]
      return scenario
    }
    #expect(hired(daysAgo: 1).problems.isEmpty, "\(hired(daysAgo: 1).problems)")
    let resolved = try #require(MetricCatalog.dailySeries.firstIndex { $0 == .dailyRequestsResolved })
    let onStaff = try #require(MetricCatalog.dailySeries.firstIndex { $0 == .dailyCaseworkOnStaff })
    func firstWeek(_ run: ModelRun) -> Double { run.daily.values.prefix(7).reduce(0) { $0 + $1[resolved] } }
    let base = ModelRun(trained, seed: 96, replication: 0)
    let new = ModelRun(hired(daysAgo: 1), seed: 96, replication: 0)
    let halfway = ModelRun(hired(daysAgo: 45), seed: 96, replication: 0)
    #expect(firstWeek(new) < firstWeek(halfway), "\(firstWeek(new)) vs \(firstWeek(halfway)) in the first week")
    #expect(firstWeek(halfway) < firstWeek(base), "\(firstWeek(halfway)) vs \(firstWeek(base)) in the first week")
    #expect(new.daily.values[0][onStaff] == Double(posts))
    let whole = ModelRun(hired(daysAgo: trained.roles[worker].rampUpDays), seed: 96, replication: 0)
    let differing = zip(whole.metrics, base.metrics).filter { pair in
      pair.0.value != pair.1.value && !(pair.0.value.isNaN && pair.1.value.isNaN)
    }
    #expect(differing.isEmpty, "\(differing.map(\.0.name))")
  }

  /// Recent hires hold filled posts: a community's rows of a role together hold at most its
  /// posts less its vacancies, and a tenure is a number of days ≥ 0; each problem at its
  /// path, with the posts left.
  @Test func recentHiresHoldAtMostTheFilledPosts() throws {
    var scenario = try Self.inheriting(.empty)
    let worker = try #require(scenario.roles.firstIndex { $0.id == "community_worker" })
    let posts = scenario.posts(ofRole: worker, in: scenario.communities[0])
    scenario.initialState = InitialState(
      vacancies: [.init(community: 0, role: worker, posts: 3)],
      recentHires: [
        .init(community: 0, role: worker, posts: posts - 5, tenureDays: 10),
        .init(community: 0, role: worker, posts: 3, tenureDays: -1),
      ])
    #expect(
      scenario.problems == [
        "initialState.recentHires[1].tenureDays = -1.0: out of range (allowed: ≥ 0, finite)",
        "initialState.recentHires[1].posts = 3: out of range (allowed: 0 … 2)",
      ])
  }

  /// A community stated at satisfaction index 50 starts there: the first day's index is 50
  /// within 1 point (one day of experiences and relaxation, and residents clamped to 0 … 1),
  /// against about 66 from the residents' resting satisfaction.
  @Test func statedSatisfactionIsWhereResidentsStart() throws {
    let plain = try Self.inheriting(.empty)
    var stated = plain
    stated.initialState = InitialState(satisfaction: [.init(community: 0, index: 50)])
    #expect(stated.problems.isEmpty, "\(stated.problems)")
    let column = try #require(MetricCatalog.dailySeries.firstIndex { $0 == .dailySatisfactionIndex })
    let base = try #require(ModelRun(plain, seed: 93, replication: 0).daily.values.first?[column])
    let start = try #require(ModelRun(stated, seed: 93, replication: 0).daily.values.first?[column])
    #expect(abs(start - 50) < 1, "day 0: \(start)")
    #expect(base > 60, "day 0 from resting satisfaction: \(base)")
  }

  /// A warm start puts the needs in flight in place: reports of needs that arose before the
  /// start reach the office from the first day, so the first day ends with several times the
  /// open requests of a run from empty (the baseline's 8,000 residents; from empty only the
  /// first day's own needs can be open). The stated state here is one vacancy: nothing else
  /// differs.
  @Test func aWarmStartHasTheNeedsInFlight() throws {
    var empty = try Fixtures.scenario("baseline.json")
    (empty.days, empty.warmupDays, empty.drainDays) = (5, 0, 0)
    let worker = try #require(empty.roles.firstIndex { $0.id == "community_worker" })
    var warm = empty
    warm.initialState = InitialState(vacancies: [.init(community: 0, role: worker, posts: 1)])
    let open = try #require(MetricCatalog.dailySeries.firstIndex { $0 == .dailyOpenRequests })
    let fromEmpty = try #require(ModelRun(empty, seed: 94, replication: 0).daily.values.first?[open])
    let fromWarm = try #require(ModelRun(warm, seed: 94, replication: 0).daily.values.first?[open])
    #expect(fromWarm > 3 * fromEmpty, "open at the end of day 0: \(fromWarm) warm, \(fromEmpty) from empty")
  }

  /// A project under construction at the start completes after its days left and resolves
  /// the inherited cases waiting for it: with it, exactly the 5 elderly-care cases awaiting a
  /// project are resolved on top of what is resolved without it (nothing else differs: the
  /// same draws, and no worker touches a backlog case), and one project completes.
  @Test func anInheritedProjectResolvesTheCasesWaitingForIt() throws {
    let without = try Self.inheriting(Self.backlog(in: Fixtures.smallBaseline()))
    let elderly = try #require(without.needs.firstIndex { $0.id == "elderly_care" })
    var with = without
    with.initialState.projects = [.init(community: 0, category: elderly, daysLeft: 10)]
    #expect(with.problems.isEmpty, "\(with.problems)")
    let base = ModelRun(without, seed: 95, replication: 0)
    let run = ModelRun(with, seed: 95, replication: 0)
    #expect(try run.value("warm_start.resolved") - base.value("warm_start.resolved") == 5)
    #expect(try run.value("projects.completed") == 1)
    #expect(try run.value("budget.by_use.projects_cny") == base.value("budget.by_use.projects_cny"))
  }

  /// A stated occupancy of a facility open round the clock is where it starts, instead of
  /// the model's estimate (the offered load): over the first day (the same arrivals under
  /// common random numbers), the car park full at the start is busier than at the estimate,
  /// and empty at the start less busy.
  @Test func statedOccupancyIsWhereAFacilityStarts() throws {
    var plain = try Fixtures.smallBaseline(days: 1, warmup: 0, drain: 0)
    plain.adminTasks = []
    let parking = try #require(plain.facilities.firstIndex { $0.id == "parking" })
    let places = plain.places(ofFacility: parking, in: plain.communities[0])
    func occupied(_ count: Int) -> Scenario {
      var scenario = plain
      scenario.initialState = InitialState(occupancy: [.init(community: 0, facility: parking, occupied: count)])
      return scenario
    }
    #expect(occupied(places).problems.isEmpty, "\(occupied(places).problems)")
    let metric = "utilization.facility.parking"
    let estimate = try ModelRun(plain, seed: 99, replication: 0).value(metric)
    let full = try ModelRun(occupied(places), seed: 99, replication: 0).value(metric)
    let empty = try ModelRun(occupied(0), seed: 99, replication: 0).value(metric)
    #expect(empty < estimate && estimate < full, "first day: \(empty) empty, \(estimate) estimated, \(full) full")
  }

  /// Occupancy built in code: a facility that closes at night, a second row for the same
  /// facility, more occupants than places; each at its path, with its range.
  @Test func occupancyProblemsAreReportedAtTheirPaths() throws {
    var scenario = try Self.inheriting(.empty)
    let childcare = try #require(scenario.facilities.firstIndex { $0.id == "childcare" })
    let canteen = try #require(scenario.facilities.firstIndex { $0.id == "canteen" })
    let places = scenario.places(ofFacility: childcare, in: scenario.communities[0])
    scenario.initialState.occupancy = [
      .init(community: 0, facility: canteen, occupied: 1),
      .init(community: 0, facility: childcare, occupied: places),
      .init(community: 0, facility: childcare, occupied: places + 1),
    ]
    #expect(
      scenario.problems == [
        "initialState.occupancy[0].facility = \(canteen): out of range (allowed: a facility open round the clock in "
          + "the community)",
        "initialState.occupancy[2].facility = \(childcare): out of range (allowed: one row per community and facility)",
        "initialState.occupancy[2].occupied = \(places + 1): out of range (allowed: 0 … \(places))",
      ], "\(scenario.problems)")
  }
}
