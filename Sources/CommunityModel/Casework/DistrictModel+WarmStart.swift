import SimKernel

extension DistrictModel {
  /// Puts the inherited open cases in place at the start (``InitialState``), oldest first
  /// within each stage's queue: a queued case in its community's casework queue (a free
  /// caseworker starts at once), a department's case in that department's queue, a case
  /// awaiting a project in its community's planning backlog. Each case draws its resident,
  /// work, patience and (queued cases) the departments it will need from its community's
  /// warm-start stream, as a new need would. Inherited cases arose before the run: they
  /// count in no window's statistics, only in `warm_start.*`. O(open cases).
  mutating func seedOpenCases(_ context: inout SimContext<CommunityEvent>) {
    let inherited = scenario.initialState.openCases.sorted { $0.ageDays > $1.ageDays }
    guard !inherited.isEmpty else { return }
    var caseStreams = communities.indices.map { streams.stream(.warmStart(community: $0)) }
    for cases in inherited {
      let c = cases.community
      for _ in 0..<cases.count {
        var stream = caseStreams[c].split()
        let slot = inheritedCase(cases, drawingFrom: &stream)
        openRequests += 1
        warmStartCounts.seeded += 1
        switch cases.stage {
        case .queue:
          requests[slot].state = .queued
          enqueue(slot, priority: CommunityState.priority(ofTier: UInt8(cases.tier)), &context)
        case .department(let d):
          requests[slot].state = .withDepartment
          requests[slot].handedOff = 0
          requests[slot].departmentsLeft = 1
          arrive(slot, at: d, &context)
        case .project:
          requests[slot].state = .awaitingProject
          backlogs[c * scenario.needs.count + cases.category].append(slot)
        }
      }
    }
  }

  /// Puts the initial state's projects under construction in place (after the inherited
  /// cases, so those awaiting a project are in the backlog it resolves): capital already
  /// paid, no overrun or reserve, each completing after its days left; no other project of
  /// its category is planned in its community meanwhile. O(projects).
  mutating func seedProjects(_ context: inout SimContext<CommunityEvent>) {
    for inherited in scenario.initialState.projects {
      let (c, j) = (inherited.community, inherited.category)
      projects.append(
        Project(
          community: c, category: j, cost: 0, committed: 0, reserve: 0, overrun: 0, proposed: .zero,
          constructionDays: inherited.daysLeft, scope: inherited.scope ?? scenario.needs[j].project?.scopeRequests ?? 0,
          approvedLocally: false, small: false, outcome: .delivered, state: .underConstruction))
      projectUnderway[c * scenario.needs.count + j] = true
      context.schedule(
        .projectCompletes(project: UInt32(projects.count - 1)),
        at: .zero + SimDuration(sampling: inherited.daysLeft, unit: .day))
    }
  }

  /// Puts the initial state's projects awaiting approval in place (after the inherited
  /// cases, whose backlog sets a proposal's default scope): each commits its capital and
  /// risk reserve against its community's fund from the start, as its proposal did (held
  /// back, not spent: its crowdfunding is already in the stated balance), and blocks its
  /// category's planning as a proposal does. Its remaining `levelsLeft` levels draw their
  /// delays, then its construction time, reviews and overrun, from the proposal's own stream
  /// in a new proposal's order; the route starts at the start and counts its approval time
  /// from the day it was proposed. What follows — paid and built if approved, cancelled if
  /// the fund can no longer pay, released if rejected — is a planned project's.
  /// O(proposals × levels left).
  mutating func seedProposals(_ context: inout SimContext<CommunityEvent>) {
    let planning = scenario.planning
    for (i, inherited) in scenario.initialState.proposals.enumerated() {
      let (c, j) = (inherited.community, inherited.category)
      guard let spec = scenario.needs[j].project else { continue }
      var stream = streams.stream(.inheritedProposal(i))
      let delays = (0..<inherited.levelsLeft).map { _ in planning.levelDelayDays.sample(using: &stream) }
      let constructionDays = spec.constructionDays.sample(using: &stream)
      let (outcome, reviewed) = drawReviews(inherited.levelsLeft, using: &stream).route(through: inherited.levelsLeft)
      let overrunShare = max(0, spec.overrunShare?.sample(using: &stream) ?? 0)
      let cost = Self.fen(inherited.costCNY)
      let reserve = Self.fen(inherited.costCNY * scenario.budget.riskReserveShare)
      let cell = c * scenario.needs.count + j
      projects.append(
        Project(
          community: c, category: j, cost: cost, committed: cost + reserve, reserve: reserve,
          overrun: Self.fen(inherited.costCNY * overrunShare),
          proposed: .zero - SimDuration(sampling: inherited.waitedDays, unit: .day), constructionDays: constructionDays,
          scope: inherited.scope ?? min(backlogs[cell].count, spec.scopeRequests), approvedLocally: false,
          small: inherited.costCNY <= (planning.localApprovalThresholdCNY ?? Self.reportedThresholdCNY),
          outcome: outcome, state: .awaitingApproval))
      projectUnderway[cell] = true
      context.schedule(
        .projectApproved(project: UInt32(projects.count - 1)),
        at: approvalDecision(local: false, delays: delays.prefix(reviewed), at: .zero))
    }
  }

  /// The occupants the initial state gives each facility instance
  /// (``InitialState/Occupancy``), by instance (community × facility types + type).
  var statedOccupancy: [Int: Int] {
    Dictionary(
      scenario.initialState.occupancy.map { ($0.community * scenario.facilities.count + $0.facility, $0.occupied) },
      uniquingKeysWith: { first, _ in first })
  }

  /// A request record for one of `cases`, its attributes drawn from `stream`.
  private mutating func inheritedCase(_ cases: InitialState.OpenCases, drawingFrom stream: inout RandomStream)
    -> UInt32
  {
    let c = cases.community
    let j = cases.category
    let resident = communities[c].cohortStarts[0] + Int(stream.nextUnit() * Double(communities[c].residents))
    let workHours = scenario.needs[j].workHours.sample(using: &stream)
    let patienceDays = scenario.tiers[cases.tier].patienceDays.sample(using: &stream)
    let departmentDraw = stream.nextUnit()
    var departments: UInt16 = 0
    switch cases.stage {
    case .queue:
      if departmentDraw < scenario.needs[j].crossDepartmentProbability * scenario.coordination.probabilityFactor {
        departments = Self.departments(
          countShares: scenario.needs[j].departmentCountShares, weights: scenario.needs[j].departmentWeights,
          drawingFrom: &stream)
      }
    case .department(let d): departments = 1 << d
    case .project: break
    }
    return requests.allocate(
      Request(
        reported: .zero, aroseSecond: 0, resident: UInt32(resident), work: Self.seconds(hours: workHours),
        patience: Self.seconds(days: patienceDays), generation: 0, community: UInt16(c), departments: departments,
        tier: UInt8(cases.tier), state: .awaitingReport, inWindow: false, channel: .selfReported,
        isAdministrative: false, needsProject: cases.stage == .project, category: UInt8(j), departmentsLeft: 0))
  }

  /// At a warm start, the needs already in flight: for every need process, the needs that
  /// arose in the year before the run (Poisson at the process's December rate, from a stream
  /// of their own), each drawn as a new need is; those reported, discovered or lapsing in the
  /// run enter it then, the rest (captured or lapsed before the start) leave nothing, since
  /// the stated open cases stand for the captured ones. Without this, a warm start would miss
  /// a need lifetime's worth of lapses and reports. Nothing happens for a run from empty.
  /// O(needs a year).
  mutating func seedNeedsInFlight(_ context: inout SimContext<CommunityEvent>) {
    guard scenario.initialState != .empty else { return }
    let yearBefore = -Double(Self.inFlightDays) * 86_400
    for p in needProcesses.indices where needProcesses[p].opens == .zero {
      var stream = streams.stream(.needsInFlight(process: p))
      let perDay = needProcesses[p].arrivals.baseRatePerDay * needProcesses[p].arrivals.monthly[11]
      guard perDay > 0 else { continue }
      var seconds = yearBefore
      while true {
        seconds += -_log(stream.nextOpenUnit()) * 86_400 / perDay
        guard seconds < 0 else { break }
        let resident = resident(withNeedFrom: p, drawingFrom: &stream)
        var own = stream.split()
        needArises(
          resident: resident, community: needProcesses[p].community, category: needProcesses[p].category,
          drawingFrom: &own, at: SimTime(ticks: Int64(seconds.rounded(.down))), &context)
      }
    }
  }

  /// How far back ``seedNeedsInFlight(_:)`` looks [days]: a year, past almost every need's
  /// lifetime.
  static let inFlightDays = 365

  /// Shifts every resident of each community the initial state gives a satisfaction index
  /// by the same amount, from their resting satisfaction to the community's stated mean
  /// (each clamped to 0 … 1), at the start (the ledger's reference time, so the shift is the
  /// stored deviation). O(residents of those communities).
  mutating func applyInitialSatisfaction() {
    let cohorts = ledger.cohorts
    for level in scenario.initialState.satisfaction {
      let c = level.community
      let groups = (c * cohorts)..<((c + 1) * cohorts)
      let meanBaseline = groups.reduce(0) { $0 + ledger.baselineSum[$1] } / Double(communities[c].residents)
      let shift = level.index / 100 - meanBaseline
      for i in communities[c].cohortStarts[0]..<communities[c].cohortStarts[cohorts] {
        let baseline = Double(residents[i].baseline)
        let deviation = Float(min(1 - baseline, max(-baseline, shift)))
        ledger.deviationSum[residents[i].group(cohorts: cohorts)] += Double(deviation - residents[i].deviation)
        residents[i].deviation = deviation
      }
    }
  }

  /// The posts the initial state holds vacant: for each (community, role), the first
  /// `posts` posts of the role start vacant and are refilled after a hiring lag.
  var initiallyVacant: Set<Int> {
    var vacant = Set<Int>()
    for v in scenario.initialState.vacancies {
      let posts = workers.indices.filter {
        Int(workers[$0].community) == v.community && Int(workers[$0].role) == v.role
      }
      vacant.formUnion(posts.prefix(v.posts))
    }
    return vacant
  }

  /// The tenure of the posts the initial state's recent hires hold [days of ramp-up done],
  /// by post: for each (community, role), its filled posts (those not in `vacant`) in order,
  /// taken row by row. O(posts + recent-hire posts).
  func recentHireTenure(vacant: Set<Int>) -> [Int: Double] {
    let rows = scenario.initialState.recentHires
    guard !rows.isEmpty else { return [:] }
    let roles = scenario.roles.count
    var filled: [Int: [Int]] = [:]
    for w in workers.indices where !vacant.contains(w) {
      filled[Int(workers[w].community) * roles + Int(workers[w].role), default: []].append(w)
    }
    var tenure: [Int: Double] = [:]
    var taken: [Int: Int] = [:]
    for row in rows {
      let key = row.community * roles + row.role
      let posts = filled[key] ?? []
      let from = taken[key, default: 0]
      let to = min(from + row.posts, posts.count)
      for w in posts[from..<to] { tenure[w] = row.tenureDays }
      taken[key] = to
    }
    return tenure
  }
}

/// The inherited open cases (``InitialState``) and what became of them by the horizon.
struct WarmStartCounts: Codable {
  var seeded = 0
  var abandoned = 0
  /// Days from the start to resolution, by tier (``RequestTier/rawValue``).
  var clearanceDays = [Tally](repeating: Tally(), count: RequestTier.allCases.count)

  var resolved: Int { clearanceDays.reduce(0) { $0 + $1.count } }
}
