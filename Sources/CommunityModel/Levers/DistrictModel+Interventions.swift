import SimKernel

extension DistrictModel {
  /// Mid-run intervention `i` starts: its lever changes the parameters in force
  /// (``Lever/apply(to:)``), and the running state follows: posts are created or abolished,
  /// quit times redrawn at new turnover, admin arrivals redrawn from the new catalogue, residents start to
  /// participate or go online, operators and evaluations start, discovery rates update, pay
  /// and turnover by community follow (`+Pay`). Everything else reads the new parameters as
  /// it happens.
  mutating func interventionStarts(_ i: Int, _ context: inout SimContext<CommunityEvent>) {
    let old = scenario
    let oldTurnovers = turnovers
    let lever = scenario.interventions[i].lever
    lever.apply(to: &scenario)
    refreshPay(at: context.now)
    switch lever {
    case .staffing(let role, _, _, _):
      resizePosts(role: role, &context)
      if turnovers != oldTurnovers { redrawQuits(role: role, &context) }
    case .volunteerPoints(let role, _, _):
      redrawQuits(role: role, &context)
      convertResidents(from: old)
    case .participationChannels, .coCreation, .digitalPlatform:
      convertResidents(from: old)
    case .devolution:
      restartAdminTasks(&context)
    case .ppp:
      startPartnership(scenario.ppp.count - 1, &context)
    case .evaluationLoop(let days, _, _):
      if old.evaluation == nil { context.schedule(.evaluation, at: context.now + .days(days)) }
    case .needsHeatMap:
      for c in communities.indices { updateDiscoveryRate(community: c) }
    case .demandPlanning, .coordination, .transparency, .communityFund:
      break
    }
  }

  /// Brings role `r`'s posts in every community to ``Scenario/posts(ofRole:in:)``:
  /// new posts start vacant and are filled after a hiring lag; surplus posts (the newest
  /// first) are abolished when they next fall vacant, at once if vacant now.
  mutating func resizePosts(role r: Int, _ context: inout SimContext<CommunityEvent>) {
    for c in communities.indices {
      let target = scenario.posts(ofRole: r, in: scenario.communities[c])
      let posts = workers.indices.filter {
        Int(workers[$0].community) == c && Int(workers[$0].role) == r && !workers[$0].abolished
      }
      if target > posts.count {
        for _ in posts.count..<target {
          let w = workers.count
          workerStreams.append(streams.stream(.workers(community: c, post: w)))
          workers.append(
            Worker(
              rampEnds: .zero, jobStart: .zero, job: 0, generation: 0, community: UInt16(c), role: UInt8(r),
              state: .vacant, leaving: false, idlePosition: -1))
          scheduleRefill(UInt32(w), &context)
        }
      } else {
        for w in posts.suffix(posts.count - target) { workers[w].abolished = true }
      }
    }
  }

  /// Redraws the quit time of every holder of role `r` at the current turnover of their
  /// post (its community's pay; exponential, so the redraw is exact); the old timers go stale.
  mutating func redrawQuits(role r: Int, _ context: inout SimContext<CommunityEvent>) {
    for w in workers.indices where Int(workers[w].role) == r && workers[w].state != .vacant && !workers[w].leaving {
      workers[w].generation &+= 1
      scheduleQuit(UInt32(w), turnover: annualTurnover(ofPost: w), &context)
    }
  }

  /// Residents follow raised cohort shares: each non-participant starts to participate
  /// with probability (p′ − p) / (1 − p), and each offline resident goes online likewise,
  /// so each cohort's expected share moves from p to p′.
  mutating func convertResidents(from old: Scenario) {
    var stream = interventionStream
    for i in residents.indices {
      let k = Int(residents[i].cohort)
      let (p0, p1) = (old.cohorts[k].participation, scenario.cohorts[k].participation)
      if p1 > p0, !residents[i].isParticipant, stream.nextUnit() < (p1 - p0) / (1 - p0) {
        residents[i].flags |= Resident.participant
      }
      let (d0, d1) = (old.cohorts[k].digitalAccess, scenario.cohorts[k].digitalAccess)
      if d1 > d0, !residents[i].isOnline, stream.nextUnit() < (d1 - d0) / (1 - d0) {
        residents[i].flags |= Resident.online
      }
    }
    interventionStream = stream
  }
}
