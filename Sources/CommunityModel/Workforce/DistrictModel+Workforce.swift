import SimKernel

extension DistrictModel {
  /// Fills post `w`: the initial staff at the start, or a new hire after a hiring lag
  /// (ramping up from the role's initial productivity over its ramp-up days). An initial
  /// holder has done `tenureDays` of the ramp-up [days]: ∞ (the default) is fully trained, a
  /// recent hire of the initial state (``InitialState/RecentHires``) less. Schedules the
  /// holder's resignation: exponential with the turnover hazard at the post's pay ratio (D6).
  /// A paid post whose hiring lag ends while its community's hiring is frozen stays vacant
  /// until the shortfall ends (`+Shortfall`).
  mutating func hire(
    _ w: UInt32, initial: Bool, tenureDays: Double = .infinity, _ context: inout SimContext<CommunityEvent>
  ) {
    guard !workers[Int(w)].abolished else { return }
    let now = context.now
    let role = scenario.roles[Int(workers[Int(w)].role)]
    let c = Int(workers[Int(w)].community)
    let pay = payRatio(ofPost: Int(w))
    if !initial && hiringFrozen(community: c, payRatio: pay) {
      frozenPosts[c].append(w)
      return
    }
    workers[Int(w)].generation &+= 1
    workers[Int(w)].state = .available
    let rampLeft = initial ? max(0, role.rampUpDays - tenureDays) : role.rampUpDays
    workers[Int(w)].rampEnds = now + SimDuration(sampling: rampLeft, unit: .day)
    if !initial && inWindow(now) && pay > 0 { hires += 1 }
    scheduleQuit(w, turnover: annualTurnover(ofPost: Int(w)), &context)
    if pay > 0 { paidOnRoll.add(1, at: now) }
    staffOnRoll[Int(workers[Int(w)].role)].add(1, at: now)
    switch role.duty {
    case .patrol:
      communities[c].patrolStaff[Int(workers[Int(w)].role)] += 1
      updateDiscoveryRate(community: c)
    case .casework:
      caseworkOnRoll.add(1, at: now)
      let clockNow = clock.elapsed(at: now)
      communities[c].account.advance(to: clockNow)
      communities[c].account.staff += 1
      communities[c].queue.setCapacity(communities[c].queue.capacity + 1, at: now)
      pushIdleWorker(w, at: now)
      if let next = nextAdmission(community: c, afterRelease: false, at: now) {
        startJob(next, worker: popIdleWorker(community: c, at: now), &context)
      }
    }
  }

  /// Schedules the resignation of post `w`'s holder after an exponential time at
  /// `turnover` [per year] (none at 0), tagged with the post's generation.
  mutating func scheduleQuit(_ w: UInt32, turnover: Double, _ context: inout SimContext<CommunityEvent>) {
    guard turnover > 0 else { return }
    var stream = workerStreams[Int(w)]
    let years = -_log(stream.nextOpenUnit()) / turnover
    workerStreams[Int(w)] = stream
    let quit = context.now + SimDuration(sampling: min(years * 365, 36_500), unit: .day)
    context.schedule(.workerQuits(worker: w, generation: workers[Int(w)].generation), at: quit)
  }

  /// The holder of post `w` resigns. An idle caseworker leaves at once; a busy one
  /// finishes the job in hand first (``leave(_:_:)``).
  mutating func workerQuits(_ w: UInt32, _ generation: UInt32, _ context: inout SimContext<CommunityEvent>) {
    guard workers[Int(w)].generation == generation, workers[Int(w)].state != .vacant else { return }
    let now = context.now
    let c = Int(workers[Int(w)].community)
    let role = scenario.roles[Int(workers[Int(w)].role)]
    switch role.duty {
    case .patrol:
      communities[c].patrolStaff[Int(workers[Int(w)].role)] -= 1
      updateDiscoveryRate(community: c)
      vacate(w, &context)
    case .casework:
      if workers[Int(w)].state == .available {
        removeIdleWorker(w, at: now)
        communities[c].account.staff -= 1
        communities[c].queue.setCapacity(communities[c].queue.capacity - 1, at: now)
        caseworkOnRoll.add(-1, at: now)
        vacate(w, &context)
      } else {
        workers[Int(w)].leaving = true
      }
    }
  }

  /// A resigned caseworker finishes the job in hand and leaves; the freed server goes to an
  /// idle colleague if the queue has work.
  mutating func leave(_ w: UInt32, _ context: inout SimContext<CommunityEvent>) {
    let now = context.now
    let c = Int(workers[Int(w)].community)
    communities[c].account.advance(to: clock.elapsed(at: now))
    communities[c].account.staff -= 1
    communities[c].queue.setCapacity(communities[c].queue.capacity - 1, at: now)
    caseworkOnRoll.add(-1, at: now)
    if let next = nextAdmission(community: c, afterRelease: true, at: now) {
      startJob(next, worker: popIdleWorker(community: c, at: now), &context)
    }
    vacate(w, &context)
  }

  /// Post `w` becomes vacant; unless abolished, its refill is scheduled.
  mutating func vacate(_ w: UInt32, _ context: inout SimContext<CommunityEvent>) {
    let now = context.now
    workers[Int(w)].state = .vacant
    workers[Int(w)].leaving = false
    let paid = payRatio(ofPost: Int(w)) > 0
    if inWindow(now) {
      departures[Int(workers[Int(w)].role)] += 1
      if paid { paidDepartures += 1 }
    }
    staffOnRoll[Int(workers[Int(w)].role)].add(-1, at: now)
    if paid { paidOnRoll.add(-1, at: now) }
    if !workers[Int(w)].abolished { scheduleRefill(w, &context) }
  }

  /// Schedules the filling of vacant post `w` after a hiring lag, on a working day.
  mutating func scheduleRefill(_ w: UInt32, _ context: inout SimContext<CommunityEvent>) {
    let role = scenario.roles[Int(workers[Int(w)].role)]
    var stream = workerStreams[Int(w)]
    let lag = SimDuration(sampling: role.hiringLagDays.sample(using: &stream), unit: .day)
    workerStreams[Int(w)] = stream
    context.schedule(.workerHired(worker: w), at: clock.adding(0, to: context.now + lag))
  }

  /// Discovery hazard per unreported need [per day]: each patroller checks on
  /// `residentsPerDay` residents per working day and notices a need with
  /// `detectionProbability`.
  mutating func updateDiscoveryRate(community c: Int) {
    let workdayShare = Double(clock.workdays.nonzeroBitCount) / 7
    var rate = 0.0
    for (r, role) in scenario.roles.enumerated() {
      if case .patrol(let perDay, let detection) = role.duty {
        rate += Double(communities[c].patrolStaff[r]) * perDay * detection * workdayShare
      }
    }
    communities[c].discoveryRatePerDay = rate / Double(communities[c].residents)
  }

  /// Outreach discovery hazard per unreported need in community `c` [per day], at the
  /// midnight ending day `day`: the casework staff's idle hours over the last seven days
  /// (from the work account, so O(1)) ÷ 7 × visits per idle hour × residents per visit ×
  /// detection ÷ residents. A need's discovery time is drawn when it arises, at the rate of
  /// that day (``needArises(_:_:)``).
  mutating func updateOutreachRate(community c: Int, day: Int, at now: SimTime) {
    communities[c].account.advance(to: clock.elapsed(at: now))
    let total = communities[c].account.idleSinceStart
    let mark = day % 7
    let idleHours = Double(total - communities[c].idleMarks[mark]) / 3_600
    communities[c].idleMarks[mark] = total
    let days = Double(min(day + 1, 7))
    communities[c].outreachRatePerDay =
      idleHours / days * scenario.outreach.detectionsPerIdleHour / Double(communities[c].residents)
  }

  // MARK: Idle caseworkers (a stack with positions, so a resignation removes in O(1))

  mutating func pushIdleWorker(_ w: UInt32, at now: SimTime) {
    let c = Int(workers[Int(w)].community)
    communities[c].account.advance(to: clock.elapsed(at: now))
    communities[c].account.idle += 1
    workers[Int(w)].idlePosition = Int32(communities[c].idleWorkers.count)
    communities[c].idleWorkers.append(w)
  }

  mutating func popIdleWorker(community c: Int, at now: SimTime) -> UInt32 {
    communities[c].account.advance(to: clock.elapsed(at: now))
    communities[c].account.idle -= 1
    let w = communities[c].idleWorkers.removeLast()
    workers[Int(w)].idlePosition = -1
    return w
  }

  mutating func removeIdleWorker(_ w: UInt32, at now: SimTime) {
    let c = Int(workers[Int(w)].community)
    communities[c].account.advance(to: clock.elapsed(at: now))
    communities[c].account.idle -= 1
    let position = Int(workers[Int(w)].idlePosition)
    let last = communities[c].idleWorkers.removeLast()
    if last != w {
      communities[c].idleWorkers[position] = last
      workers[Int(last)].idlePosition = Int32(position)
    }
    workers[Int(w)].idlePosition = -1
  }
}
