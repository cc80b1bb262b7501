import SimKernel

extension DistrictModel {
  /// A reported (or discovered) need reaches the office and joins the casework queue.
  mutating func requestReported(_ slot: UInt32, _ context: inout SimContext<CommunityEvent>) {
    requests[slot].state = .queued
    let request = requests[slot]
    let c = Int(request.community)
    scorecards[c].recordCapture(tier: Int(request.tier))
    if request.inWindow {
      counts.captured += 1
      counts.byChannel[Int(request.channel.rawValue)] += 1
      responses.recordCapture(days: (request.reported - request.arose).days, tier: Int(request.tier), community: c)
    }
    openRequests += 1
    enqueue(slot, priority: CommunityState.priority(ofTier: request.tier), &context)
  }

  /// Puts request `slot` in its community's queue: a free worker starts it at once,
  /// otherwise it waits (a resident's request with a patience timer).
  mutating func enqueue(_ slot: UInt32, priority: Int, _ context: inout SimContext<CommunityEvent>) {
    let c = Int(requests[slot].community)
    switch communities[c].queue.request(slot, priority: priority, at: context.now) {
    case .granted:
      startJob(slot, worker: popIdleWorker(community: c, at: context.now), &context)
    case .queued:
      if !requests[slot].isAdministrative {
        let generation = requests[slot].generation
        context.schedule(
          .patienceRunsOut(request: slot, generation: generation),
          at: context.now + SimDuration(ticks: Int64(requests[slot].patience)))
      }
    case .rejected:
      preconditionFailure("the casework queue has no waiting limit")
    }
  }

  /// The resident gives up on a request still waiting for a worker. The request stays in the
  /// queue, marked, and is dropped when it reaches the front (lazy removal, O(1)).
  mutating func patienceRunsOut(_ slot: UInt32, _ generation: UInt32, _ now: SimTime) {
    guard requests[slot].generation == generation, requests[slot].state == .queued else { return }
    requests[slot].state = .abandonedInQueue
    openRequests -= 1
    if requests[slot].inWindow {
      counts.abandoned += 1
      if !requests[slot].needsProject { openWindowRequests -= 1 }
    } else if requests[slot].isInherited && now < horizon {
      warmStartCounts.abandoned += 1
    }
    let need = NeedExperience.need(
      served: false, days: (now - requests[slot].arose).days, expectedDays: 1, scenario.satisfaction)
    experience(resident: Int(requests[slot].resident), score: need.score, weight: need.weight, at: now)
  }

  /// Worker `w` starts request `slot`; the job takes work ÷ productivity of working time.
  mutating func startJob(_ slot: UInt32, worker w: UInt32, _ context: inout SimContext<CommunityEvent>) {
    let now = context.now
    requests[slot].state = .inService
    if !requests[slot].responded && !requests[slot].isAdministrative {
      requests[slot].responded = true
      let (days, tier, c) = (
        (now - requests[slot].reported).days, Int(requests[slot].tier), Int(requests[slot].community)
      )
      scorecards[c].recordFirstResponse(days: days, tier: tier)
      if requests[slot].inWindow { responses.recordFirstResponse(days: days, tier: tier, community: c) }
    }
    workers[Int(w)].state = .busy
    workers[Int(w)].job = slot
    workers[Int(w)].jobStart = now
    let role = scenario.roles[Int(workers[Int(w)].role)]
    var productivity = 1.0
    if workers[Int(w)].rampEnds > now && role.rampUpDays > 0 {
      let remaining = (workers[Int(w)].rampEnds - now).days / role.rampUpDays
      productivity = 1 - (1 - role.initialProductivity) * remaining
    }
    productivity *= 1 + role.trainingGain
    let duration = SimDuration(sampling: Double(requests[slot].work) / productivity, unit: .second)
    context.schedule(.jobCompletes(worker: w), at: clock.adding(duration.ticks, to: now))
  }

  /// Worker `w` finishes its job: a case goes on to another department, is resolved or
  /// waits for a project; an
  /// administrative task is done. The worker takes the next job, goes idle, or, having
  /// resigned, leaves.
  mutating func jobCompletes(_ w: UInt32, _ context: inout SimContext<CommunityEvent>) {
    let now = context.now
    let slot = workers[Int(w)].job
    chargeJob(of: Int(w), untilClock: clock.elapsed(at: now))
    if requests[slot].isAdministrative {
      requests.free(slot)
    } else if requests[slot].departments != 0 {
      handOff(slot, &context)
    } else {
      caseworkDone(slot, at: now)
    }
    let c = Int(workers[Int(w)].community)
    if workers[Int(w)].leaving {
      leave(w, &context)
    } else {
      let next = nextAdmission(community: c, afterRelease: true, at: now)
      if let next {
        startJob(next, worker: w, &context)
      } else {
        workers[Int(w)].state = .available
        pushIdleWorker(w, at: now)
      }
    }
  }

  /// Adds the part of worker `w`'s job worked inside the statistics window, up to working
  /// clock `end`, to its community's service or administration time.
  mutating func chargeJob(of w: Int, untilClock end: Int64) {
    let start = max(clock.elapsed(at: workers[w].jobStart), windowClock)
    guard end > start else { return }
    let c = Int(workers[w].community)
    if requests[workers[w].job].isAdministrative {
      communities[c].account.admin += end - start
    } else {
      communities[c].account.service += end - start
    }
  }

  /// The next live request to start in community `c`, skipping requests whose residents
  /// gave up while waiting. `afterRelease`: a server has just been freed (else: capacity
  /// grew). The pool counts the returned request's server as busy.
  mutating func nextAdmission(community c: Int, afterRelease: Bool, at now: SimTime) -> UInt32? {
    var admission =
      afterRelease ? communities[c].queue.release(at: now) : communities[c].queue.admitNext(at: now)
    while let a = admission, requests[a.customer].state == .abandonedInQueue {
      requests.free(a.customer)
      admission = communities[c].queue.release(at: now)
    }
    return admission?.customer
  }

  /// The office's part of request `slot` is done (and the other departments', if any): it
  /// is resolved, or, if it needs a project, it joins the planning backlog.
  mutating func caseworkDone(_ slot: UInt32, at now: SimTime) {
    guard requests[slot].needsProject else { return resolve(slot, at: now) }
    requests[slot].state = .awaitingProject
    backlogs[Int(requests[slot].community) * scenario.needs.count + Int(requests[slot].category)].append(slot)
  }

  /// Resolves request `slot`: the clock's statistics and the resident's experience of a
  /// served need (``NeedExperience``: from when it arose, relative to the tier's expectation
  /// for the resident's cohort).
  mutating func resolve(_ slot: UInt32, at now: SimTime) {
    let request = requests[slot]
    let days = (now - request.reported).days
    openRequests -= 1
    today.resolved += 1
    today.responseDaysSum += days
    let c = Int(request.community)
    if !request.needsProject { scorecards[c].recordResolution(days: days) }
    if request.inWindow {
      counts.resolved += 1
      if request.departments != 0 { counts.crossDepartment += 1 }
      if request.needsProject {
        counts.resolvedByProjects += 1
        responses.projectWait.record(days)
      } else {
        openWindowRequests -= 1
        responses.recordResolution(
          days: days, endToEndDays: (now - request.arose).days, tier: Int(request.tier), community: c)
      }
    } else if request.isInherited && now < horizon {
      warmStartCounts.clearanceDays[Int(request.tier)].record(now.days)
    }
    let resident = Int(request.resident)
    let expected =
      scenario.tiers[Int(request.tier)].expectedDays
      * scenario.cohorts[Int(residents[resident].cohort)].expectationFactor
    let need = NeedExperience.need(
      served: true, days: (now - request.arose).days, expectedDays: expected, scenario.satisfaction)
    experience(resident: resident, score: need.score, weight: need.weight, at: now)
    requests.free(slot)
  }

  /// An administrative task of community `c`'s catalogue arrives (unless stale: the catalogue
  /// changed after it was drawn): its type by the alias table, its length from the type's
  /// distribution. It queues for the community's caseworkers in the admin priority class, and
  /// the next task is scheduled (one pending arrival per community).
  mutating func adminTaskArrives(_ c: Int, _ generation: UInt32, _ context: inout SimContext<CommunityEvent>) {
    guard generation == communities[c].adminGeneration else { return }
    var stream = communities[c].adminStream
    let k = adminTaskPick.sample(using: &stream)  // read in place: a copy would retain its arrays
    let hours = scenario.adminTasks[k].hours.sample(using: &stream)
    communities[c].adminStream = stream
    let window = inWindow(context.now)
    if window { adminTasksArrived += 1 }
    let slot = requests.allocate(
      Request(
        reported: context.now, aroseSecond: UInt32(context.now.ticks), resident: 0, work: Self.seconds(hours: hours),
        patience: 0, generation: 0, community: UInt16(c), departments: 0, tier: 0, state: .queued,
        inWindow: window, channel: .selfReported, isAdministrative: true, needsProject: false,
        category: UInt8(truncatingIfNeeded: k), departmentsLeft: 0))
    enqueue(slot, priority: CommunityState.adminPriority, &context)
    scheduleAdminTask(community: c, &context)
  }

  /// Schedules community `c`'s next administrative task after an exponential gap of working
  /// time with mean ``adminMeanGap`` (none for an empty catalogue). Admin work arrives per
  /// community, whoever is on staff: while nobody is, it waits in the queue.
  mutating func scheduleAdminTask(community c: Int, _ context: inout SimContext<CommunityEvent>) {
    guard adminMeanGap.isFinite else { return }
    var stream = communities[c].adminStream
    let gap = SimDuration(sampling: -_log(stream.nextOpenUnit()) * adminMeanGap, unit: .second)
    communities[c].adminStream = stream
    context.schedule(
      .adminTaskArrives(community: UInt32(c), generation: communities[c].adminGeneration),
      at: clock.adding(gap.ticks, to: context.now))
  }

  /// The merged arrival process of ``Scenario/adminTasks``: Σ tasks per year over the working
  /// seconds of a year (52 1/7 weeks of the calendar), the type in proportion to its count.
  mutating func rebuildAdminCatalogue() {
    let perYear = scenario.adminTasks.tasksPerYear
    guard perYear > 0 else {
      adminMeanGap = .infinity
      return
    }
    adminTaskPick = try! AliasTable(weights: scenario.adminTasks.map(\.perYear))
    adminMeanGap = Double(clock.weekSeconds) * 365 / 7 / perYear
  }

  /// The catalogue changed (a responsibility list): the pending arrivals, drawn at the old
  /// rate, go stale and each community draws afresh (exact: the gaps are memoryless).
  mutating func restartAdminTasks(_ context: inout SimContext<CommunityEvent>) {
    rebuildAdminCatalogue()
    for c in communities.indices {
      communities[c].adminGeneration &+= 1
      scheduleAdminTask(community: c, &context)
    }
  }
}
