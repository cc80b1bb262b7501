import SimKernel

extension DistrictModel {
  /// Schedules process `p`'s next need, if its rate ever becomes positive again.
  mutating func scheduleNextNeed(_ p: UInt32, _ context: inout SimContext<CommunityEvent>) {
    if let next = needProcesses[Int(p)].nextArrival(after: context.now) {
      context.schedule(.needArises(process: p), at: next)
    }
  }

  /// The resident a need of process `p` falls on, drawn from `stream` (the process's): a
  /// cohort weighted by its rate, then a resident of it uniformly. ``needArises(_:_:)`` draws
  /// with it, and ``prefetch(upcoming:)`` predicts with it on a copy of the stream.
  @inline(__always)
  func resident(withNeedFrom p: Int, drawingFrom stream: inout RandomStream) -> Int {
    needPicker.resident(of: p, drawingFrom: &stream)
  }

  /// A need of process `p` arises for a random resident of the process's community,
  /// weighted by cohort rates (``needArises(resident:community:category:drawingFrom:at:_:)``),
  /// and the process's next need is scheduled.
  mutating func needArises(_ p: UInt32, _ context: inout SimContext<CommunityEvent>) {
    var stream = needProcesses[Int(p)].stream
    let resident = resident(withNeedFrom: Int(p), drawingFrom: &stream)
    var own = stream.split()
    needProcesses[Int(p)].stream = stream
    scheduleNextNeed(p, &context)
    needArises(
      resident: resident, community: needProcesses[Int(p)].community, category: needProcesses[Int(p)].category,
      drawingFrom: &own, at: context.now, &context)
  }

  /// A need of category `j` arises at `now` for `resident` of community `c` (from a need
  /// process, an incident's victim, or, at a warm start, a need that arose before the run:
  /// `now` < 0). The need draws all its attributes from its own stream `own`, whatever
  /// happens to it: tier, report, report delay, discovery time, lifetime, work, whether it
  /// needs other departments, patience, whether it needs a project, which departments, which
  /// discoverer finds it.
  /// Then it is reported (channel × participation × tier probability), or discovered by a
  /// patrol, data or an outreach visit before it lapses (competing exponential risks), or it
  /// lapses unmet. A need from before the run counts nowhere and leaves nothing behind
  /// unless its report, discovery or lapse falls in the run.
  @inline(__always)
  mutating func needArises(
    resident: Int, community c: Int, category j: Int, drawingFrom own: inout RandomStream, at now: SimTime,
    _ context: inout SimContext<CommunityEvent>
  ) {
    let beforeRun = now < .zero
    // The category's fields are read in place (`scenario.needs[j].…`): a copy of the whole
    // category would retain and release its arrays on every need.
    let u = own.nextUnit()
    let share0 = scenario.needs[j].tierShares[0]
    let tier = u < share0 ? 0 : (u < share0 + scenario.needs[j].tierShares[1] ? 1 : 2)
    let reportDraw = own.nextUnit()
    let reportDelay = SimDuration(sampling: scenario.capture.reportDelayHours.sample(using: &own), unit: .hour)
    let discoveryEffort = -_log(own.nextOpenUnit())  // Exp(1): days × discovery rate
    let lifetimeDays = scenario.needs[j].lifetimeDays.sample(using: &own)
    let workHours = scenario.needs[j].workHours.sample(using: &own)
    let departmentDraw = own.nextUnit()
    let patienceDays = scenario.tiers[tier].patienceDays.sample(using: &own)
    let projectDraw = own.nextUnit()
    let channelDraw = own.nextUnit()  // which discoverer, if found (drawn always: common random numbers)
    if !beforeRun {
      demandSinceCycle[c * scenario.needs.count + j] += 1
      today.arrived += 1
    }
    let window = inWindow(now)
    if window { counts.arrived += 1 }

    var probability =
      residents[resident].isOnline
      ? scenario.capture.onlineReportProbability : scenario.capture.offlineReportProbability
    if !residents[resident].isParticipant { probability *= scenario.capture.nonparticipantFactor }
    probability = min(1, probability * scenario.tiers[tier].reportFactor)

    let reportedAt: SimTime
    let channel: CaptureChannel
    if reportDraw < probability {
      reportedAt = now + reportDelay
      channel = .selfReported
      // Taking part: the resident raises the need. Marked now, while the record is in cache;
      // it counts if the report falls in the observation window (before the horizon).
      if inWindow(reportedAt) { residents[resident].flags |= Resident.tookPart }
    } else {
      // Competing discoverers, hazards fixed at the need's arrival: patrols, data (L1) and
      // outreach visits in the staff's recent idle time. The first to find it names the channel.
      let patrol = communities[c].discoveryRatePerDay
      let data = scenario.capture.dataDiscoveryRatePerDay
      let rate = patrol + data + communities[c].outreachRatePerDay
      let discoveryDays = rate > 0 ? discoveryEffort / rate : .infinity
      guard discoveryDays < lifetimeDays else {
        let lapse = now + SimDuration(sampling: lifetimeDays, unit: .day)
        if lapse >= .zero { lapses.file(resident: resident, at: lapse, afterDays: lifetimeDays) }
        return
      }
      reportedAt = now + SimDuration(sampling: discoveryDays, unit: .day)
      let u = channelDraw * rate
      channel = u < patrol ? .patrol : (u < patrol + data ? .data : .outreach)
    }
    // Captured before the run: the initial state's open cases stand for it.
    if beforeRun && reportedAt <= .zero { return }
    let departments =
      departmentDraw < scenario.needs[j].crossDepartmentProbability * scenario.coordination.probabilityFactor
      ? Self.departments(
        countShares: scenario.needs[j].departmentCountShares, weights: scenario.needs[j].departmentWeights,
        drawingFrom: &own) : 0
    let needsProject =
      tier == RequestTier.improvement.rawValue && projectDraw < scenario.needs[j].projectShareOfImprovement
    if window && !needsProject { openWindowRequests += 1 }
    let slot = requests.allocate(
      Request(
        reported: reportedAt, aroseSecond: UInt32(clamping: now.ticks), resident: UInt32(resident),
        work: Self.seconds(hours: workHours), patience: Self.seconds(days: patienceDays), generation: 0,
        community: UInt16(c), departments: departments, tier: UInt8(tier), state: .awaitingReport, inWindow: window,
        channel: channel, isAdministrative: false, needsProject: needsProject, category: UInt8(j),
        departmentsLeft: 0))
    // Reports are picked up in working hours.
    context.schedule(.requestReported(request: slot), at: clock.adding(0, to: reportedAt))
  }

  /// Needs nobody captured lapse: an unserved-need experience (``NeedExperience``, lasting
  /// the need's lifetime) for each resident, at the time of the lapse, applied at the end of
  /// the day (see ``LapseBook``).
  mutating func applyLapses(ofDayEndingAt midnight: SimTime) {
    let day = midnight.dayIndex - 1
    let s = scenario.satisfaction
    for lapse in lapses.take(day: day) {
      let time = SimTime(ticks: Int64(day) * 86_400 + Int64(lapse.secondOfDay))
      let need = NeedExperience.need(served: false, days: Double(lapse.days), expectedDays: 1, s)
      experience(resident: Int(lapse.resident), score: need.score, weight: need.weight, at: time)
    }
  }

  /// Rounds `hours` to whole seconds, clamped to the Int32 range of request fields.
  static func seconds(hours: Double) -> Int32 { clampedSeconds(hours * 3_600) }

  /// Rounds `days` to whole seconds, clamped to the Int32 range of request fields.
  static func seconds(days: Double) -> Int32 { clampedSeconds(days * 86_400) }

  /// `seconds` rounded to nearest (half up) and clamped to 0 … Int32.max (NaN gives 0).
  @inline(__always)
  static func clampedSeconds(_ seconds: Double) -> Int32 {
    if seconds >= Double(Int32.max) { return .max }
    return Int32(truncatingIfNeeded: SimDuration(sampling: seconds, unit: .second).ticks)
  }
}
