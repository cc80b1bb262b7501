import SimKernel

/// The community model: a district of communities as one kernel model
/// (`Docs/kernel.md`: one struct, one event enum, one switch; no closures or existentials per
/// event).
///
/// Mechanisms, one file each: needs arise and are captured (`+Needs`), captured requests
/// queue for workers by tier and are resolved or abandoned (`+Casework`), cross-department
/// requests are handed off to the district's departments (`+Departments`), posts turn over and
/// are refilled (`+Workforce`), residents use facilities (`+Facilities`), experiences move
/// satisfaction (`+Satisfaction`), and daily rows and final metrics are recorded (`+Daily`,
/// `+Metrics`). `Docs/model.md` describes the model in the ODD protocol.
///
/// Use ``runReplication(_:seed:replication:antithetic:)``; the model is deterministic given
/// the scenario and its ``ReplicationStreams`` (master seed, replication number, antithetic
/// pairing).
public struct DistrictModel: SimulationModel, Codable, Sendable {
  public typealias Event = CommunityEvent

  /// The parameters in force: the scenario with its day-0 interventions applied, changed
  /// again by each intervention as it starts.
  var scenario: Scenario
  /// The staff's working calendar as an O(1) clock.
  let clock: WorkingClock
  let warmupEnd: SimTime
  /// Where the replication's random streams come from (streams created during the run too).
  let streams: ReplicationStreams
  let horizon: SimTime
  /// Working clock at the end of the warm-up [s].
  var windowClock: Int64 = 0

  var residents: ResidentStore
  var ledger: SatisfactionLedger
  var communities: [CommunityState]
  var needProcesses: [NeedProcess]
  /// The resident each need process's next need falls on (source p: process p).
  var needPicker: ResidentPicker
  var requests: RequestPool
  /// Uncaptured needs, by the day they lapse.
  var lapses: LapseBook
  var workers: [Worker]
  /// One stream per post: quit times and hiring lags.
  var workerStreams: [RandomStream]
  var facilities: [FacilityInstance]
  /// The resident each facility's next arrival brings (source f: facility f).
  var visitorPicker: ResidentPicker
  /// The end times of the visits at facilities that turn visitors away (their loss pools'
  /// store): those visits end without events.
  var visitEndTimes = LossPool.Store()
  /// The district's other departments (`+Departments`), and the stage's window counts.
  var departments: [DepartmentState]
  var departmentCounts = DepartmentCounts()
  /// Hand-off delays.
  var handoffStream: RandomStream

  var counts = RequestCounts()
  var responses: ResponseStatistics
  /// Every community's casework since the start of the run, and a copy taken at the last
  /// evaluation (L9, `+Evaluation`).
  var scorecards: [CommunityScorecard]
  var scorecardsAtEvaluation: [CommunityScorecard]
  /// Captured requests of the window open at the horizon and still open after the drain,
  /// and the days the drain took (``takeOutcomes(after:drainDays:)``).
  var openAtHorizon = 0
  var openAfterDrain = 0
  var drainDays = 0
  /// Staff on roll, all roles (time-weighted, for the turnover rate).
  var staffOnRoll: [TimeWeighted]
  /// Casework staff on roll (time-weighted).
  var caseworkOnRoll = TimeWeighted()
  var departures: [Int]
  var hires = 0
  /// Staff on roll in paid posts (pay ratio > 0; time-weighted), and their departures in the
  /// window: the paid-staff metrics, whatever pay each community states.
  var paidOnRoll = TimeWeighted()
  var paidDepartures = 0
  /// The pay ratio [× local average wage] and turnover hazard [per year] in force, by
  /// community × role (`+Pay`).
  var payRatios: [Double] = []
  var turnovers: [Double] = []
  /// Administrative tasks that arrived in the window.
  var adminTasksArrived = 0
  /// Captured requests not yet resolved or abandoned (all, warm-up included).
  var openRequests = 0
  /// Requests of needs that arose in the window, captured or on their way to being captured
  /// (reported or discovered later), not yet resolved or abandoned, except those that need
  /// a project (which end only when a project planned for them completes): the drain runs
  /// until this is 0.
  var openWindowRequests = 0
  var today = DayCounts()
  var daily: DailySeries
  /// Casework staff's paid and idle working time summed over communities at the start of the
  /// current day [s of working time], for the day's busy share (``recordDay(at:)``).
  var paidAtDayStart: Int64 = 0
  var idleAtDayStart: Int64 = 0

  /// Every community's fund (`+Budget`), and a copy taken when the warm-up ends.
  var money: MoneyLedger
  var moneyAtWindowStart: MoneyLedger
  /// Government appropriation weight per community (performance-linked funding, L9: 1
  /// without an evaluation), and each community's money spent and leaked at the last
  /// evaluation [fen] (`+Evaluation`).
  var fundingMultiplier: [Double]
  var spentAtEvaluation: [Int64]
  var leakedAtEvaluation: [Int64]
  /// Σ pay ratio of the staff on roll, per community: the day's salary bill in wages.
  var payRatiosOnRoll: [Double]
  /// Whether each community owed arrears at the last midnight (``ShortfallPolicy``), the
  /// posts a hiring freeze holds vacant by community, and the window's counts (`+Shortfall`).
  var inShortfall: [Bool]
  var frozenPosts: [[UInt32]]
  var shortfallCounts = ShortfallCounts()
  /// Planning (`+Planning`): backlog of request slots, needs arisen since the last cycle,
  /// and whether a project is underway, by community × category.
  var backlogs: [[UInt32]]
  var demandSinceCycle: [Int]
  var projectUnderway: [Bool]
  var planningCycles: [Int]
  var projects: [Project] = []
  var projectCounts = ProjectCounts()
  var emergencyCounts = EmergencyCounts()
  /// The inherited open cases' outcomes (`+WarmStart`).
  var warmStartCounts = WarmStartCounts()
  /// Public security (`+Security`): cameras by community, every offender's career so far,
  /// the streams of new careers by community, active offenders over time, and the window's
  /// counts.
  var cameras: [Int]
  var offenders: [Offender] = []
  var offenderStreams: [RandomStream]
  var activeOffenders = TimeWeighted()
  var securityCounts = SecurityCounts()
  /// PPP partnerships (`+PPP`), what their operators did since the start (and a copy taken
  /// when the warm-up ends), and the window's exits, ended contracts, re-tenders and days of
  /// service gap (gaps that ended; ``serviceGapDays(at:)`` adds those still open).
  var operators: [PPPOperator] = []
  var pppTotals: PPPTotals
  var pppTotalsAtWindowStart: PPPTotals
  var operatorExits = 0
  var contractsEnded = 0
  var retenders = 0
  var closedGapDays = 0.0
  /// Draws of mid-run interventions (who starts to participate, who goes online).
  var interventionStream: RandomStream
  /// The admin catalogue as one merged Poisson process per community: the type of a task by
  /// alias table (weights: tasks per year), and the mean gap between tasks [s of working
  /// time] (infinite for an empty catalogue, whose table is a placeholder).
  /// ``rebuildAdminCatalogue()``.
  var adminTaskPick = try! AliasTable(weights: [1])
  var adminMeanGap: Double = .infinity

  public init(scenario: Scenario, streams: ReplicationStreams) {
    let scenario = scenario.inForceAtStart
    self.scenario = scenario
    self.streams = streams
    clock = WorkingClock(scenario.workingCalendar)
    warmupEnd = SimTime(.days(scenario.warmupDays))
    horizon = SimTime(.days(scenario.simulatedDays))

    // Residents, community by community, cohort by cohort.
    let cohortCount = scenario.cohorts.count
    residents = []
    residents.reserveCapacity(scenario.totalResidents)
    ledger = SatisfactionLedger(
      communities: scenario.communities.count, cohorts: cohortCount,
      relaxationDays: scenario.satisfaction.relaxationDays)
    communities = []
    for (c, spec) in scenario.communities.enumerated() {
      var attributes = streams.stream(.residents(community: c))
      var starts = [residents.count]
      for (k, n) in spec.cohortCounts.enumerated() {
        let cohort = scenario.cohorts[k]
        for _ in 0..<n {
          var flags: UInt8 = 0
          if attributes.nextUnit() < cohort.digitalAccess { flags |= Resident.online }
          if attributes.nextUnit() < cohort.participation { flags |= Resident.participant }
          let b = min(1, max(0, cohort.satisfactionBaseline.sample(using: &attributes)))
          residents.append(
            Resident(baseline: Float(b), deviation: 0, community: UInt16(c), cohort: UInt8(k), flags: flags))
          ledger.baselineSum[c * cohortCount + k] += Double(Float(b))
        }
        ledger.residents[c * cohortCount + k] = n
        starts.append(residents.count)
      }
      communities.append(
        CommunityState(
          cohortStarts: starts,
          queue: try! ServerPool(capacity: 0, priorityLevels: CommunityState.priorityLevels),
          idleWorkers: [], patrolStaff: Array(repeating: 0, count: scenario.roles.count),
          adminStream: streams.stream(.admin(community: c))))
    }

    // Needs: one process per community × category with a positive rate.
    needProcesses = []
    needPicker = ResidentPicker(cohorts: cohortCount)
    for (c, spec) in scenario.communities.enumerated() {
      for (j, need) in scenario.needs.enumerated() {
        let weights = spec.cohortWeights(ratePerResident: need.ratePerResidentPerYear)
        let perDay = weights.reduce(0, +) / 365
        guard perDay > 0 else { continue }
        needProcesses.append(
          NeedProcess(
            community: c, category: j,
            arrivals: try! ArrivalRateProfile(baseRatePerDay: perDay, monthly: need.monthly),
            stream: streams.stream(.needs(community: c, category: j))))
        needPicker.append(try! AliasTable(weights: weights), cohortStarts: communities[c].cohortStarts)
      }
    }

    // Surges: one more process per surge and community struck, open for the surge's days.
    for (s, surge) in scenario.surges.enumerated() {
      let need = scenario.needs[surge.category]
      for c in surge.community.map({ [$0] }) ?? Array(scenario.communities.indices) {
        let weights = scenario.communities[c].cohortWeights(ratePerResident: need.ratePerResidentPerYear)
        let perDay = weights.reduce(0, +) / 365 * (surge.factor - 1)
        guard perDay > 0 else { continue }
        let (opens, closes) = surge.window
        needProcesses.append(
          NeedProcess(
            community: c, category: surge.category,
            arrivals: try! ArrivalRateProfile(baseRatePerDay: perDay, monthly: need.monthly),
            stream: streams.stream(.surge(s, community: c)), opens: opens, closes: closes))
        needPicker.append(try! AliasTable(weights: weights), cohortStarts: communities[c].cohortStarts)
      }
    }

    // Posts: round(per 1,000 × residents / 1,000) per role and community.
    workers = []
    workerStreams = []
    for (c, spec) in scenario.communities.enumerated() {
      for roleIndex in scenario.roles.indices {
        let posts = scenario.posts(ofRole: roleIndex, in: spec)
        for _ in 0..<posts {
          workerStreams.append(streams.stream(.workers(community: c, post: workers.count)))
          workers.append(
            Worker(
              rampEnds: .zero, jobStart: .zero, job: 0, generation: 0, community: UInt16(c),
              role: UInt8(roleIndex), state: .vacant, leaving: false, idlePosition: -1))
        }
      }
    }

    // Facilities: one instance per community × facility type.
    facilities = []
    visitorPicker = ResidentPicker(cohorts: cohortCount)
    for (c, spec) in scenario.communities.enumerated() {
      for (f, facility) in scenario.facilities.enumerated() {
        let weights = spec.cohortWeights(ratePerResident: facility.visitsPerResidentPerDay)
        let perOpenDay = weights.reduce(0, +)
        let hours = FacilityHours(facility, override: spec.facilityOverrides[f])
        let openSeconds = Double(hours.hoursPerDay * 3_600)
        let waitingRoom: Int?
        switch facility.whenFull {
        case .turnAway: waitingRoom = nil
        case .wait(_, let room): waitingRoom = room
        }
        let places = scenario.places(ofFacility: f, in: spec)
        facilities.append(
          FacilityInstance(
            stream: streams.stream(.facility(community: c, type: f)), spec: f, community: c,
            meanGap: perOpenDay > 0 ? openSeconds / perOpenDay : .infinity,
            openClock: hours.clock, hours: hours,
            places: places, waitingRoom: waitingRoom, visitsPerOpenDay: perOpenDay,
            endTimes: &visitEndTimes))
        visitorPicker.append(
          try! AliasTable(weights: perOpenDay > 0 ? weights : weights.map { _ in 1 }),
          cohortStarts: communities[c].cohortStarts)
      }
    }

    // Departments: district-wide queues serving every community.
    departments = scenario.departments.enumerated().map { d, spec in
      DepartmentState(
        pool: try! ServerPool(capacity: spec.servers, priorityLevels: DepartmentState.priorityLevels),
        clock: WorkingClock(spec.workingCalendar), stream: streams.stream(.department(d)))
    }
    handoffStream = streams.stream(.handoffs)

    let cells = scenario.communities.count * scenario.needs.count
    backlogs = Array(repeating: [], count: cells)
    demandSinceCycle = Array(repeating: 0, count: cells)
    projectUnderway = Array(repeating: false, count: cells)
    planningCycles = Array(repeating: 0, count: scenario.communities.count)
    money = Self.openingLedger(scenario.communities)
    moneyAtWindowStart = money
    pppTotals = PPPTotals(cohorts: cohortCount)
    pppTotalsAtWindowStart = pppTotals
    fundingMultiplier = Array(repeating: 1, count: scenario.communities.count)
    spentAtEvaluation = Array(repeating: 0, count: scenario.communities.count)
    leakedAtEvaluation = spentAtEvaluation
    payRatiosOnRoll = Array(repeating: 0, count: scenario.communities.count)
    responses = ResponseStatistics(communities: scenario.communities.count)
    scorecards = Array(repeating: CommunityScorecard(), count: scenario.communities.count)
    scorecardsAtEvaluation = scorecards
    inShortfall = Array(repeating: false, count: scenario.communities.count)
    frozenPosts = Array(repeating: [], count: scenario.communities.count)
    interventionStream = streams.stream(.interventions)
    cameras = scenario.communities.map { scenario.security?.cameras(forResidents: $0.residents) ?? 0 }
    offenderStreams = scenario.communities.indices.map { streams.stream(.offenders(community: $0)) }

    staffOnRoll = Array(repeating: TimeWeighted(), count: scenario.roles.count)
    departures = Array(repeating: 0, count: scenario.roles.count)
    lapses = LapseBook(days: scenario.simulatedDays)
    requests = RequestPool(reservingCapacity: max(1_024, scenario.totalResidents / 8))
    daily = DailySeries(MetricCatalog.dailySeries, firstDay: -scenario.warmupDays)
    daily.values.reserveCapacity(scenario.simulatedDays + 1)
    rebuildAdminCatalogue()
    refreshPay(at: .zero)
    applyInitialSatisfaction()
  }

  public mutating func start(_ context: inout SimContext<CommunityEvent>) {
    let vacant = initiallyVacant
    let tenure = recentHireTenure(vacant: vacant)
    for w in workers.indices {
      if vacant.contains(w) {
        scheduleRefill(UInt32(w), &context)
      } else {
        hire(UInt32(w), initial: true, tenureDays: tenure[w] ?? .infinity, &context)
      }
    }
    seedOpenCases(&context)
    seedProjects(&context)
    seedProposals(&context)
    seedNeedsInFlight(&context)
    for p in needProcesses.indices { scheduleNextNeed(UInt32(p), &context) }
    for c in communities.indices { scheduleAdminTask(community: c, &context) }
    let occupancy = statedOccupancy
    for f in facilities.indices { openFacility(UInt32(f), initial: true, occupied: occupancy[f], &context) }
    for p in scenario.ppp.indices { startPartnership(p, &context) }
    if let evaluation = scenario.evaluation {
      context.schedule(.evaluation, at: SimTime(.days(evaluation.evaluationDays)))
    }
    for (e, emergency) in scenario.emergencies.enumerated() {
      context.schedule(.emergencyStrikes(emergency: UInt32(e)), at: SimTime(.days(emergency.day)))
    }
    startSecurity(&context)
    for c in communities.indices {
      context.schedule(.planningCycle(community: UInt32(c)), at: SimTime(.days(scenario.planning.cycleDays)))
    }
    for (i, intervention) in scenario.interventions.enumerated() {
      context.schedule(
        .interventionStarts(index: UInt32(i)), at: SimTime(.days(intervention.startDay)), priority: .urgent)
    }
    context.schedule(.dayEnds, at: SimTime(.day), priority: .late)
    if warmupEnd > .zero { context.schedule(.warmupEnds, at: warmupEnd, priority: .urgent) }
  }

  /// The one switch. Inlined into the kernel's loop: with issue 20's events it had outgrown
  /// the inliner's limit, and the out-of-line call cost about 20 instructions per event.
  @inline(__always)
  public mutating func handle(_ event: CommunityEvent, _ context: inout SimContext<CommunityEvent>) {
    switch event {
    case .needArises(let process): needArises(process, &context)
    case .requestReported(let request): requestReported(request, &context)
    case .patienceRunsOut(let request, let generation): patienceRunsOut(request, generation, context.now)
    case .jobCompletes(let worker): jobCompletes(worker, &context)
    case .handoffArrives(let request, let department): handoffArrives(request, department, &context)
    case .departmentFinishes(let department, let request): departmentFinishes(Int(department), request, &context)
    case .adminTaskArrives(let community, let generation): adminTaskArrives(Int(community), generation, &context)
    case .workerQuits(let worker, let generation): workerQuits(worker, generation, &context)
    case .workerHired(let worker): hire(worker, initial: false, &context)
    case .visitArrives(let facility): visitArrives(facility, &context)
    case .visitEnds(let facility): visitEnds(facility, &context)
    case .visitorGivesUp(let visitor, let facility): visitorGivesUp(visitor, facility, at: context.now)
    case .facilityOpens(let facility): openFacility(facility, initial: false, &context)
    case .facilityCloses(let facility): closeFacility(facility, &context)
    case .planningCycle(let community): planningCycle(Int(community), &context)
    case .projectApproved(let project): projectApproved(Int(project), &context)
    case .projectCompletes(let project): projectCompletes(Int(project), &context)
    case .operatorPlacesOpen(let op): operatorPlacesOpen(Int(op), &context)
    case .serviceResumes(let op): serviceResumes(Int(op), &context)
    case .evaluation: evaluate(&context)
    case .emergencyStrikes(let e): emergencyStrikes(Int(e), &context)
    case .offenderStarts(let community): offenderStarts(community: Int(community), &context)
    case .offenderActs(let offender): offenderActs(Int(offender), &context)
    case .interventionStarts(let index): interventionStarts(Int(index), &context)
    case .dayEnds: dayEnds(&context)
    case .warmupEnds: warmupEnds(at: context.now)
    }
  }

  public mutating func finish(at time: SimTime) {
    applyLapses(ofDayEndingAt: time)
    recordDay(at: time)
    let now = clock.elapsed(at: time)
    for c in communities.indices {
      communities[c].account.advance(to: now)
      communities[c].queue.finalize(at: time)
    }
    // Jobs in hand at the horizon count for the part worked in the window.
    for w in workers.indices where workers[w].state == .busy {
      chargeJob(of: w, untilClock: now)
    }
    for f in facilities.indices { facilities[f].finalize(at: time) }
    for d in departments.indices { departments[d].advance(to: time) }
    for r in staffOnRoll.indices { staffOnRoll[r].finalize(at: time) }
    paidOnRoll.finalize(at: time)
    caseworkOnRoll.finalize(at: time)
    activeOffenders.finalize(at: time)
  }

  /// The standard a cross-department request's department stage is measured against.
  var completionStandard: SimDuration {
    SimDuration(sampling: scenario.coordination.completionStandardDays, unit: .day)
  }

  /// Whether something that happens at `time` falls in the statistics window: after the
  /// warm-up and before the horizon (the drain after the horizon counts nothing new).
  @inline(__always)
  func inWindow(_ time: SimTime) -> Bool { time >= warmupEnd && time < horizon }
}
