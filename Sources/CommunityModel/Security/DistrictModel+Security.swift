import SimKernel

extension DistrictModel {
  /// Starts public security (``SecurityParameters``): every community begins with a Poisson
  /// number of active offenders, its steady-state mean under the cameras and patrols of day
  /// 0 (so the offender population needs no warm-up; careers are memoryless, so those
  /// already under way behave as new ones), and its first new career is scheduled. The
  /// count is drawn by inversion from one uniform, so a scenario with a smaller mean starts
  /// with a subset of the same offenders (common random numbers). O(communities + offenders).
  mutating func startSecurity(_ context: inout SimContext<CommunityEvent>) {
    guard let security = scenario.security else { return }
    for c in communities.indices {
      let residents = communities[c].residents
      let mean = security.steadyOffenders(
        residents: residents, presence: patrolPresence(community: c),
        coverage: security.coverage(cameras: cameras[c], residents: residents))
      var initial = streams.stream(.initialOffenders(community: c))
      for _ in 0..<Distribution.poissonQuantile(initial.nextUnit(), mean: mean) {
        beginCareer(community: c, stream: initial.split(), &context)
      }
      scheduleNextCareer(community: c, &context)
    }
  }

  /// A new offender starts in community `c`, and the next start is scheduled.
  mutating func offenderStarts(community c: Int, _ context: inout SimContext<CommunityEvent>) {
    beginCareer(community: c, stream: offenderStreams[c].split(), &context)
    scheduleNextCareer(community: c, &context)
  }

  /// Offender `o` makes an attempt, or gives up if its career is over. Four draws from its
  /// stream whatever the outcome (officer at hand, named, camera, victim), then the victim's
  /// need takes a stream of its own: an officer at hand prevents the attempt; otherwise the
  /// attempt is an incident and its victim's need arises (``needArises(resident:community:category:drawingFrom:at:_:)``).
  /// A prevented attempt or a recorded incident names the offender with
  /// ``SecurityParameters/identificationProbability``, any other incident with
  /// ``SecurityParameters/clearanceProbability``; a named offender is stopped. O(1) but for
  /// the victim's need.
  mutating func offenderActs(_ o: Int, _ context: inout SimContext<CommunityEvent>) {
    guard let security = scenario.security, offenders[o].active else { return }
    let now = context.now
    let c = Int(offenders[o].community)
    let window = inWindow(now)
    if now >= offenders[o].desists {
      endCareer(o, at: now)
      if window { securityCounts.desisted += 1 }
      return
    }
    let atHand = offenders[o].stream.nextUnit() < patrolPresence(community: c)
    let namedDraw = offenders[o].stream.nextUnit()
    let residents = communities[c].residents
    let recorded = offenders[o].stream.nextUnit() < security.coverage(cameras: cameras[c], residents: residents)
    let victim = communities[c].cohortStarts[0] + Int(offenders[o].stream.nextUnit() * Double(residents))
    var need = offenders[o].stream.split()
    let named =
      namedDraw < (atHand || recorded ? security.identificationProbability : security.clearanceProbability)
    if atHand {
      if window { securityCounts.prevented += 1 }
    } else {
      if window {
        securityCounts.incidents += 1
        if recorded { securityCounts.recorded += 1 }
      }
      needArises(
        resident: victim, community: c, category: security.category, drawingFrom: &need, at: now, &context)
    }
    if named {
      endCareer(o, at: now)
      if window { securityCounts.stopped += 1 }
    } else {
      scheduleNextAttempt(o, &context)
    }
  }

  /// Chance that a patrol officer is at hand in community `c` now, from the security patrol
  /// role's staff on roll (0 without one). O(1).
  func patrolPresence(community c: Int) -> Double {
    guard let security = scenario.security, let role = security.patrolRole else { return 0 }
    return security.presence(officers: communities[c].patrolStaff[role], residents: communities[c].residents)
  }

  /// A career starts now in community `c`, drawing from its own `stream`: the time it would
  /// desist, and its first attempt.
  private mutating func beginCareer(
    community c: Int, stream: RandomStream, _ context: inout SimContext<CommunityEvent>
  ) {
    guard let security = scenario.security else { return }
    var stream = stream
    let career = SimDuration(sampling: -_log(stream.nextOpenUnit()) / security.desistancePerYear * 365, unit: .day)
    offenders.append(Offender(stream: stream, desists: context.now + career, community: UInt16(c), active: true))
    activeOffenders.add(1, at: context.now)
    scheduleNextAttempt(offenders.count - 1, &context)
  }

  /// Offender `o`'s next attempt after an exponential gap of mean 1/λ, or its desistance if
  /// that comes first.
  private mutating func scheduleNextAttempt(_ o: Int, _ context: inout SimContext<CommunityEvent>) {
    guard let security = scenario.security else { return }
    let gapDays = -_log(offenders[o].stream.nextOpenUnit()) / security.incidentsPerOffenderPerYear * 365
    let next = min(context.now + SimDuration(sampling: gapDays, unit: .day), offenders[o].desists)
    context.schedule(.offenderActs(offender: UInt32(o)), at: next)
  }

  /// The next career start in community `c`, after an exponential gap at ν × residents /
  /// 1,000 per year (never, at a rate of 0).
  private mutating func scheduleNextCareer(community c: Int, _ context: inout SimContext<CommunityEvent>) {
    guard let security = scenario.security else { return }
    let perYear = security.newOffendersPerThousandPerYear * Double(communities[c].residents) / 1000
    guard perYear > 0 else { return }
    let gapDays = -_log(offenderStreams[c].nextOpenUnit()) / perYear * 365
    context.schedule(
      .offenderStarts(community: UInt32(c)), at: context.now + SimDuration(sampling: gapDays, unit: .day))
  }

  private mutating func endCareer(_ o: Int, at now: SimTime) {
    offenders[o].active = false
    activeOffenders.add(-1, at: now)
  }
}
