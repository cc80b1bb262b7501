import SimKernel

extension DistrictModel {
  /// A reported (or discovered) need reaches the office and joins the casework queue.
  mutating func requestReported(_ slot: UInt32, _ context: inout SimContext<CommunityEvent>) {
    requests[slot].state = .queued
    let request = requests[slot]
    if request.inWindow {
      counts.captured += 1
      if request.selfReported { counts.selfReported += 1 } else { counts.discovered += 1 }
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
    if requests[slot].inWindow { counts.abandoned += 1 }
    let s = scenario.satisfaction
    experience(resident: Int(requests[slot].resident), score: s.abandonedScore, weight: s.abandonedWeight, at: now)
  }

  /// Worker `w` starts request `slot`; the job takes work ÷ productivity of working time.
  mutating func startJob(_ slot: UInt32, worker w: UInt32, _ context: inout SimContext<CommunityEvent>) {
    let now = context.now
    requests[slot].state = .inService
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

  /// Resolves request `slot`: response-time statistics and the resident's experience,
  /// relative to the tier's expectation for the resident's cohort.
  mutating func resolve(_ slot: UInt32, at now: SimTime) {
    let request = requests[slot]
    let days = (now - request.reported).days
    openRequests -= 1
    today.resolved += 1
    today.responseDaysSum += days
    if request.inWindow {
      counts.resolved += 1
      if request.departments != 0 { counts.crossDepartment += 1 }
      responses.record(days: days, tier: Int(request.tier))
    }
    let resident = Int(request.resident)
    let s = scenario.satisfaction
    let expected =
      scenario.tiers[Int(request.tier)].expectedDays
      * scenario.cohorts[Int(residents[resident].cohort)].expectationFactor
    let score = days <= expected ? s.onTimeScore : s.onTimeScore * _pow(expected / days, s.latenessExponent)
    experience(resident: resident, score: score, weight: s.resolvedWeight, at: now)
    requests.free(slot)
  }

  /// An administrative task arrives; the next one follows after an exponential gap of
  /// working time whose mean makes admin work arrive at ``CommunityState/adminLoad``
  /// working seconds per working second. The stream pauses while nobody is on staff.
  mutating func adminTaskArrives(_ c: Int, _ context: inout SimContext<CommunityEvent>) {
    communities[c].adminScheduled = false
    var stream = communities[c].adminStream
    let hours = scenario.adminTaskHours.sample(using: &stream)
    communities[c].adminStream = stream
    let slot = requests.allocate(
      Request(
        reported: context.now, resident: 0, work: Self.seconds(hours: hours), handedOff: 0,
        patience: 0, generation: 0, community: UInt16(c), departments: 0, tier: 0, state: .queued,
        inWindow: inWindow(context.now), selfReported: false, isAdministrative: true, needsProject: false,
        category: 0, departmentsLeft: 0))
    enqueue(slot, priority: CommunityState.adminPriority, &context)
    scheduleAdminTask(community: c, &context)
  }

  /// Schedules community `c`'s next administrative task unless one is pending or nobody
  /// on staff has an admin share.
  mutating func scheduleAdminTask(community c: Int, _ context: inout SimContext<CommunityEvent>) {
    guard !communities[c].adminScheduled, communities[c].adminLoad > 0 else { return }
    var stream = communities[c].adminStream
    let meanGap = scenario.adminTaskHours.mean * 3_600 / communities[c].adminLoad
    let gap = SimDuration(sampling: -_log(stream.nextOpenUnit()) * meanGap, unit: .second)
    communities[c].adminStream = stream
    communities[c].adminScheduled = true
    context.schedule(.adminTaskArrives(community: UInt32(c)), at: clock.adding(gap.ticks, to: context.now))
  }
}
