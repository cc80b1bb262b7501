import SimKernel

extension DistrictModel {
  /// Community `c`'s planning cycle (brief §3.3): candidate categories (a project-capable
  /// category with no project underway and a positive score under the planning rule) are
  /// ranked by score, and each is proposed if the fund can commit its cost with leakage
  /// and risk reserve. Under L10, idle multi-use places convert first. Then the next cycle
  /// is scheduled. O(categories log categories + facilities).
  mutating func planningCycle(_ c: Int, _ context: inout SimContext<CommunityEvent>) {
    let now = context.now
    let needCount = scenario.needs.count
    if let multiUse = scenario.multiUse { convertIdlePlaces(community: c, multiUse, at: now, &context) }
    var candidates: [(category: Int, score: Int)] = []
    for (j, need) in scenario.needs.enumerated() where need.project != nil && !projectUnderway[c * needCount + j] {
      var score = backlogs[c * needCount + j].count
      if scenario.planning.rule == .measuredDemand {
        score = demandSinceCycle[c * needCount + j]
        if let f = need.project?.facility { score += facilities[c * scenario.facilities.count + f].unservedSinceCycle }
      }
      if score > 0 { candidates.append((j, score)) }
    }
    candidates.sort { $0.score != $1.score ? $0.score > $1.score : $0.category < $1.category }
    for candidate in candidates { propose(category: candidate.category, community: c, &context) }
    for j in 0..<needCount { demandSinceCycle[c * needCount + j] = 0 }
    for f in 0..<scenario.facilities.count { facilities[c * scenario.facilities.count + f].unservedSinceCycle = 0 }
    planningCycles[c] += 1
    context.schedule(.planningCycle(community: UInt32(c)), at: now + .days(scenario.planning.cycleDays))
  }

  /// Proposes a project for category `j` in community `c` if the fund can commit it. The
  /// project draws everything it will meet from its own stream, named by community, category
  /// and cycle, so scenarios share the draws (common random numbers) whatever their approval
  /// rule: cost, levels, each level's delay, rejection and review, construction time, the
  /// misuse intent, disclosure and exposure, overrun (`Docs/model.md` §3.9). The route's end
  /// — approved or rejected, and when — follows from those draws at once; the event at that
  /// time carries it out.
  mutating func propose(category j: Int, community c: Int, _ context: inout SimContext<CommunityEvent>) {
    guard let spec = scenario.needs[j].project else { return }
    let planning = scenario.planning
    let budget = scenario.budget
    var stream = streams.stream(.project(community: c, category: j, cycle: planningCycles[c]))
    let costCNY = min(max(0, spec.costCNY.sample(using: &stream) * planning.costFactor), ProjectSpec.maxCostCNY)
    let (levels, delays) = drawApprovalChain(using: &stream)
    let constructionDays = spec.constructionDays.sample(using: &stream)
    // Drawn in a fixed number whatever the route, so the draws after them stay aligned.
    let reviews = drawReviews(planning.approvalLevels.upperBound, using: &stream)
    let overrunShare = max(0, spec.overrunShare?.sample(using: &stream) ?? 0)

    let cost = Self.fen(costCNY)
    let crowdfunded = Self.fen(costCNY * budget.crowdfundingShare)
    let reserve = Self.fen(costCNY * budget.riskReserveShare)
    let available = money.balance(of: c, sources: SpendingUse.projectOrder) - committed(community: c)
    let deferred = scenario.budget.shortfall.deferProjects && inShortfall[c]
    guard available + crowdfunded >= cost + reserve && !deferred else {
      if inWindow(context.now) {
        projectCounts.deferred += 1
        projectCounts.deferredCost += cost
      }
      return
    }
    money.receive(crowdfunded, from: .crowdfunding, community: c)

    // The route: a local approval is one review of `localApprovalWorkingDays`; the chain is
    // `levels` reviews of their drawn delays.
    let local = costCNY <= (planning.localApprovalThresholdCNY ?? -.infinity)
    let (outcome, reviewed) = reviews.route(through: local ? 1 : levels)
    let now = context.now
    let decided = approvalDecision(local: local, delays: delays.prefix(reviewed), at: now)
    let cell = c * scenario.needs.count + j
    projects.append(
      Project(
        community: c, category: j, cost: cost, committed: cost + reserve, reserve: reserve,
        overrun: Self.fen(costCNY * overrunShare), proposed: now, constructionDays: constructionDays,
        scope: min(backlogs[cell].count, spec.scopeRequests), approvedLocally: local,
        small: costCNY <= (planning.localApprovalThresholdCNY ?? Self.reportedThresholdCNY), outcome: outcome,
        state: .awaitingApproval))
    projectUnderway[cell] = true
    if inWindow(now) { projectCounts.proposed += 1 }
    context.schedule(.projectApproved(project: UInt32(projects.count - 1)), at: decided)
  }

  /// A project's review draws for `levels` levels from its own `stream`: the misuse intent,
  /// each level's review catching it and turning the proposal down, and whether disclosed
  /// accounts expose it.
  func drawReviews(_ levels: Int, using stream: inout RandomStream) -> ProjectReviews {
    let oversight = scenario.planning.oversight
    let intent = stream.nextUnit() < oversight.misuseIntentProbability
    var caught: [Bool] = []
    var turnedDown: [Bool] = []
    for _ in 0..<levels {
      caught.append(stream.nextUnit() < oversight.reviewDetection)
      turnedDown.append(stream.nextUnit() < scenario.planning.rejectionPerLevel)
    }
    let exposed = stream.nextUnit() < oversight.disclosureShare && stream.nextUnit() < oversight.disclosedDetection
    return ProjectReviews(intent: intent, caught: caught, turnedDown: turnedDown, exposed: exposed)
  }

  /// The reports' devolution threshold [CNY] (C1, C3), which sorts projects into small and
  /// large when no devolution is in force.
  static var reportedThresholdCNY: Double { 500_000 }

  /// Money committed to `c`'s projects and not yet spent or released [fen]. O(projects).
  func committed(community c: Int) -> Int64 {
    projects.reduce(0) { $0 + ($1.community == c ? $1.committed : 0) }
  }

  /// Project `p`'s approval route is through. Rejected: its money is released and its
  /// category may be proposed again at the next cycle. Approved: its capital is paid — a
  /// misused project loses ``ProjectOversight/divertedShare`` of it on the way (recorded as
  /// leaked) — and construction starts.
  mutating func projectApproved(_ p: Int, _ context: inout SimContext<CommunityEvent>) {
    if projects[p].isRepair { return repairApproved(p, &context) }
    let now = context.now
    let c = projects[p].community
    let window = inWindow(now)
    switch projects[p].outcome {
    case .rejected, .rejectedForMisuse:
      projects[p].committed = 0
      projects[p].state = .rejected
      projectUnderway[c * scenario.needs.count + projects[p].category] = false
      if window { projectCounts.rejected += 1 }
      return
    case .delivered, .misuseStopped, .misused:
      break
    }
    let diverted = projects[p].outcome == .misused ? scenario.planning.oversight.divertedShare : 0
    let cost = projects[p].cost
    let net = Int64((Double(cost) * (1 - diverted)).rounded())
    // Commitments are not ring-fenced: running costs may have drawn the fund down since the
    // proposal. A project the fund can no longer pay is cancelled.
    guard money.balance(of: c, sources: SpendingUse.projectOrder) >= MoneyLedger.gross(net, leakage: diverted) else {
      projects[p].committed = 0
      projects[p].state = .cancelled
      projectUnderway[c * scenario.needs.count + projects[p].category] = false
      if window {
        projectCounts.cancelled += 1
        projectCounts.deferredCost += cost
      }
      return
    }
    money.spend(net, on: .projects, community: c, leakage: diverted)
    projects[p].committed = projects[p].reserve
    projects[p].state = .underConstruction
    if window {
      projectCounts.approved += 1
      projectCounts.capitalPaid += cost
      projectCounts.capitalDiverted += cost - net
      if projects[p].outcome == .misused { projectCounts.misused += 1 }
      if projects[p].outcome == .misuseStopped { projectCounts.misuseStopped += 1 }
      if projects[p].approvedLocally { projectCounts.approvedLocally += 1 }
      projectCounts.approvalDays.append((now - projects[p].proposed).days)
      if projects[p].small { projectCounts.smallApprovalDays.append((now - projects[p].proposed).days) }
    }
    context.schedule(
      .projectCompletes(project: UInt32(p)), at: now + SimDuration(sampling: projects[p].constructionDays, unit: .day))
  }

  /// Project `p` is built: its overrun is paid (owed as arrears if the fund cannot) and its
  /// reserve returns to the fund; its
  /// facility gains places, and the backlog requests it was planned for (its scope, oldest
  /// first) are resolved — a share ``ProjectOversight/divertedShare`` fewer of both if its
  /// money was misused. Requests that joined the backlog after its proposal wait for the
  /// next project.
  mutating func projectCompletes(_ p: Int, _ context: inout SimContext<CommunityEvent>) {
    if projects[p].isRepair { return repairCompletes(p, &context) }
    let now = context.now
    let c = projects[p].community
    let j = projects[p].category
    projects[p].committed = 0
    projects[p].state = .completed
    let paid = money.owe(projects[p].overrun, on: .projects, community: c, leakage: 0)
    if inWindow(now) {
      projectCounts.completed += 1
      projectCounts.overrunPaid += paid
    }
    let delivered = projects[p].outcome == .misused ? 1 - scenario.planning.oversight.divertedShare : 1
    if let spec = scenario.needs[j].project, let f = spec.facility {
      // Up to one place per resident: a facility never outgrows its community.
      let instance = c * scenario.facilities.count + f
      let room = communities[c].residents - facilities[instance].places
      let planned = Int(perThousand: spec.placesPerThousand * delivered, of: communities[c].residents)
      let added = min(room, max(1, planned))
      if added > 0 { changePlaces(of: instance, by: added, at: now, &context) }
    }
    let cell = c * scenario.needs.count + j
    let resolved = min(backlogs[cell].count, Int((Double(projects[p].scope) * delivered).rounded(.down)))
    for slot in backlogs[cell].prefix(resolved) { resolve(slot, at: now) }
    backlogs[cell].removeFirst(resolved)
    projectUnderway[cell] = false
  }

  /// Adds `delta` places (may be negative) to facility instance `f`; an open facility's
  /// capacity follows at once (``openAllPlaces(_:at:_:)``), a closed one's at opening.
  mutating func changePlaces(of f: Int, by delta: Int, at now: SimTime, _ context: inout SimContext<CommunityEvent>) {
    facilities[f].places = max(0, facilities[f].places + delta)
    guard facilities[f].hours.isOpen(at: now) else { return }
    openAllPlaces(f, at: now, &context)
  }

  /// One space, many functions (L10): the multi-use facility of community `c` used least
  /// since the last cycle, if under the idle threshold, gives a share of its places to the
  /// other multi-use facility that turned most residents away (if any did).
  mutating func convertIdlePlaces(
    community c: Int, _ policy: MultiUsePolicy, at now: SimTime, _ context: inout SimContext<CommunityEvent>
  ) {
    let base = c * scenario.facilities.count
    var donor: (f: Int, utilization: Double)?
    for spec in policy.facilities {
      let f = base + spec
      let areas = facilities[f].areas(at: now, endTimes: visitEndTimes)
      let busy = areas.busy - facilities[f].busyAreaAtCycle
      let capacity = areas.capacity - facilities[f].capacityAreaAtCycle
      let utilization = capacity > 0 ? busy / capacity : 1
      if utilization < policy.idleThreshold, utilization < (donor?.utilization ?? .infinity) {
        donor = (f, utilization)
      }
      (facilities[f].busyAreaAtCycle, facilities[f].capacityAreaAtCycle) = (areas.busy, areas.capacity)
    }
    guard let donor else { return }
    var recipient: (f: Int, unserved: Int)?
    for spec in policy.facilities where base + spec != donor.f {
      let f = base + spec
      if facilities[f].unservedSinceCycle > (recipient?.unserved ?? 0) {
        recipient = (f, facilities[f].unservedSinceCycle)
      }
    }
    guard let recipient else { return }
    let moved = min(
      facilities[donor.f].places - 1, Int((Double(facilities[donor.f].places) * policy.conversionShare).rounded()))
    guard moved > 0 else { return }
    changePlaces(of: donor.f, by: -moved, at: now, &context)
    changePlaces(of: recipient.f, by: moved, at: now, &context)
  }
}
