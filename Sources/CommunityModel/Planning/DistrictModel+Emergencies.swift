import SimKernel

extension DistrictModel {
  /// Emergency `e` strikes (L15, C2): in each community it hits, its facility loses the
  /// emergency's share of its places (at least one), and a repair project for them starts
  /// on the approval route at once: approved locally in `localApprovalWorkingDays` where a
  /// devolution threshold covers its cost, otherwise after a drawn number of levels of drawn
  /// delays, as a planned project. Its draws come from the emergency's own stream per
  /// community, so scenarios share them (common random numbers). O(communities struck).
  mutating func emergencyStrikes(_ e: Int, _ context: inout SimContext<CommunityEvent>) {
    let spec = scenario.emergencies[e]
    let planning = scenario.planning
    let now = context.now
    for c in spec.community.map({ [$0] }) ?? Array(communities.indices) {
      let f = c * scenario.facilities.count + spec.facility
      let lost = min(facilities[f].places, max(1, Int((Double(facilities[f].places) * spec.placesLostShare).rounded())))
      guard lost > 0 else { continue }
      changePlaces(of: f, by: -lost, at: now, &context)
      facilities[f].damaged += lost
      if inWindow(now) { emergencyCounts.struck += 1 }
      var stream = streams.stream(.emergency(e, community: c))
      let costCNY = min(max(0, spec.repairCostCNY.sample(using: &stream)), ProjectSpec.maxCostCNY)
      let (levels, delays) = drawApprovalChain(using: &stream)
      let constructionDays = spec.repairDays.sample(using: &stream)
      let local = costCNY <= (planning.localApprovalThresholdCNY ?? -.infinity)
      projects.append(
        Project(
          community: c, category: 0, cost: Self.fen(costCNY), committed: 0, reserve: 0, overrun: 0, proposed: now,
          constructionDays: constructionDays, scope: 0, approvedLocally: local,
          small: costCNY <= (planning.localApprovalThresholdCNY ?? Self.reportedThresholdCNY), outcome: .delivered,
          state: .awaitingApproval, repairOf: Int32(f), repairPlaces: Int32(lost)))
      context.schedule(
        .projectApproved(project: UInt32(projects.count - 1)),
        at: approvalDecision(local: local, delays: delays.prefix(levels), at: now))
    }
  }

  /// The chain's draws from a project's own `stream`: how many levels it must pass, and a
  /// delay [days] for every level the chain can have (drawn whatever the count, so the
  /// stream's later draws stay aligned across approval rules).
  func drawApprovalChain(using stream: inout RandomStream) -> (levels: Int, delays: [Double]) {
    let approval = scenario.planning
    let levels = approval.approvalLevels.lowerBound + Int(stream.nextUnit() * Double(approval.approvalLevels.count))
    var delays: [Double] = []
    for _ in 0..<approval.approvalLevels.upperBound { delays.append(approval.levelDelayDays.sample(using: &stream)) }
    return (levels, delays)
  }

  /// When an approval route that starts at `now` ends: one local review of
  /// `localApprovalWorkingDays` of working time, or the chain's `delays` [days] in turn.
  func approvalDecision(local: Bool, delays: ArraySlice<Double>, at now: SimTime) -> SimTime {
    guard local else { return now + SimDuration(sampling: delays.reduce(0, +), unit: .day) }
    let workingDay = clock.closes - clock.opens
    return clock.adding(Int64((scenario.planning.localApprovalWorkingDays * Double(workingDay)).rounded()), to: now)
  }

  /// Repair `p` is approved: its capital is paid (owed as arrears if the fund cannot) and
  /// construction starts.
  mutating func repairApproved(_ p: Int, _ context: inout SimContext<CommunityEvent>) {
    let now = context.now
    money.owe(projects[p].cost, on: .projects, community: projects[p].community, leakage: 0)
    projects[p].state = .underConstruction
    if inWindow(now) { emergencyCounts.approvalDays.append((now - projects[p].proposed).days) }
    context.schedule(
      .projectCompletes(project: UInt32(p)), at: now + SimDuration(sampling: projects[p].constructionDays, unit: .day))
  }

  /// Repair `p` is built: the places the emergency destroyed are back.
  mutating func repairCompletes(_ p: Int, _ context: inout SimContext<CommunityEvent>) {
    let now = context.now
    let f = Int(projects[p].repairOf)
    let places = Int(projects[p].repairPlaces)
    facilities[f].damaged -= places
    changePlaces(of: f, by: places, at: now, &context)
    projects[p].state = .completed
    if inWindow(now) { emergencyCounts.repairDays.append((now - projects[p].proposed).days) }
  }
}
