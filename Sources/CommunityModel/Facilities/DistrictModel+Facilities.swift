import SimKernel

extension DistrictModel {
  /// Opens facility `f` (at the start: sets its initial state and, for a facility that
  /// never closes, seats the occupants a run in progress would find — `occupied` if the
  /// initial state states them), admits waiting visitors and schedules the closing.
  mutating func openFacility(
    _ f: UInt32, initial: Bool, occupied: Int? = nil, _ context: inout SimContext<CommunityEvent>
  ) {
    let hours = facilities[Int(f)].hours
    let now = context.now
    if initial {
      scheduleNextVisit(f, &context)
      if hours.isAlwaysOpen {
        seatInitialOccupants(f, stated: occupied, &context)
        return
      }
      if !hours.isOpen(at: now) {
        facilities[Int(f)].setCapacity(0, at: now, endTimes: &visitEndTimes)
        context.schedule(.facilityOpens(facility: f), at: hours.nextChange(after: now), priority: .high)
        return
      }
    }
    openAllPlaces(Int(f), at: now, &context)
    context.schedule(.facilityCloses(facility: f), at: hours.nextChange(after: now), priority: .high)
  }

  /// Sets open facility `f`'s capacity to its places (none in a gap between PPP operators)
  /// and admits waiting visitors while places are free (a cut takes effect as visits end).
  mutating func openAllPlaces(_ f: Int, at now: SimTime, _ context: inout SimContext<CommunityEvent>) {
    facilities[f].setCapacity(
      facilities[f].suspended ? 0 : facilities[f].places, at: now, endTimes: &visitEndTimes)
    while let admission = facilities[f].pool.admitNext(at: now) {
      startVisit(UInt32(f), visitor: admission.customer, &context)
    }
  }

  /// Closes facility `f`: visits in progress finish; waiting visitors stay until their
  /// patience runs out or the facility reopens.
  mutating func closeFacility(_ f: UInt32, _ context: inout SimContext<CommunityEvent>) {
    facilities[Int(f)].setCapacity(0, at: context.now, endTimes: &visitEndTimes)
    context.schedule(
      .facilityOpens(facility: f), at: facilities[Int(f)].hours.nextChange(after: context.now), priority: .high)
  }

  /// Schedules facility `f`'s next arrival: an exponential gap of open time.
  mutating func scheduleNextVisit(_ f: UInt32, _ context: inout SimContext<CommunityEvent>) {
    var stream = facilities[Int(f)].stream
    scheduleNextVisit(f, drawingFrom: &stream, &context)
    facilities[Int(f)].stream = stream
  }

  /// ``scheduleNextVisit(_:_:)`` with the facility's stream held by the caller (who writes
  /// it back), so that a handler copies the stream in and out of the facility once.
  mutating func scheduleNextVisit(
    _ f: UInt32, drawingFrom stream: inout RandomStream, _ context: inout SimContext<CommunityEvent>
  ) {
    let meanGap = facilities[Int(f)].meanGap
    guard meanGap.isFinite else { return }
    let gap = SimDuration(sampling: -_log(stream.nextOpenUnit()) * meanGap, unit: .second).ticks
    context.schedule(.visitArrives(facility: f), at: facilities[Int(f)].openClock.adding(gap, to: context.now))
  }

  /// A resident (random, weighted by cohort demand) arrives: served at once, waiting, or
  /// turned away.
  ///
  /// The facility's stream stays in a local from the first draw to the last, and the
  /// facility's counters change in blocks: each write to `facilities` after a call costs a
  /// uniqueness check of the array.
  ///
  /// The resident's record is read as soon as the resident is known, although it is needed
  /// only when the visit starts: with a million residents (12 MB) the read usually misses
  /// the caches, and issued early its latency can overlap the draws and scheduling in
  /// between, which touch no resident.
  mutating func visitArrives(_ f: UInt32, _ context: inout SimContext<CommunityEvent>) {
    var stream = facilities[Int(f)].stream
    let resident = visitor(of: Int(f), drawingFrom: &stream)
    let record = residents[resident]
    scheduleNextVisit(f, drawingFrom: &stream, &context)
    if let o = facilities[Int(f)].operatedBy {
      facilities[Int(f)].stream = stream
      operatedVisitArrives(f, operator: o, resident: resident, record: record, &context)
      return
    }
    admit(f, resident: resident, record: record, drawingFrom: &stream, &context)
    facilities[Int(f)].stream = stream
  }

  /// ``visitArrives(_:_:)`` at a facility PPP operator `o` runs, the arrival drawn: the
  /// resident comes at the cohort's fee or stays away (``comesAtFee(_:cohort:)``); where
  /// residents answer fees, the visit's draws come from the partnership's stream, so the
  /// facility's own stream draws the same arrivals whatever the fee.
  mutating func operatedVisitArrives(
    _ f: UInt32, operator o: Int, resident: Int, record: Resident, _ context: inout SimContext<CommunityEvent>
  ) {
    guard comesAtFee(o, cohort: Int(record.cohort)) else { return }
    if operators[o].thins {
      var stream = operators[o].visitStream
      admit(f, resident: resident, record: record, drawingFrom: &stream, &context)
      operators[o].visitStream = stream
    } else {
      var stream = facilities[Int(f)].stream
      admit(f, resident: resident, record: record, drawingFrom: &stream, &context)
      facilities[Int(f)].stream = stream
    }
  }

  /// The arrival of `resident` (whose record is `record`) at facility `f` asks for a place:
  /// served at once, waiting, or turned away; the visit's length or the visitor's patience
  /// is drawn from `stream`, which the caller writes back.
  @inline(__always)
  mutating func admit(
    _ f: UInt32, resident: Int, record: Resident, drawingFrom stream: inout RandomStream,
    _ context: inout SimContext<CommunityEvent>
  ) {
    let now = context.now
    let ticket = facilities[Int(f)].nextTicket
    let visitor = UInt64(ticket) << 32 | UInt64(resident)
    facilities[Int(f)].nextTicket &+= 1
    facilities[Int(f)].arrived += 1
    switch facilities[Int(f)].request(visitor, at: now, endTimes: &visitEndTimes) {
    case .granted:
      let hours = scenario.facilities[facilities[Int(f)].spec].visitHours.sample(using: &stream)
      beginVisit(f, resident: resident, record: record, hours: hours, &context)
    case .queued:
      let spec = scenario.facilities[facilities[Int(f)].spec]
      guard case .wait(let patience, _) = spec.whenFull else {
        preconditionFailure("turn-away facilities have no queue")
      }
      let minutes = patience.sample(using: &stream)
      context.schedule(
        .visitorGivesUp(visitor: visitor, facility: f), at: now + SimDuration(sampling: minutes, unit: .minute))
    case .rejected:
      facilities[Int(f)].turnedAway += 1
      facilities[Int(f)].unservedSinceCycle += 1
      if facilities[Int(f)].damaged > 0 && inWindow(now) { emergencyCounts.complaints += 1 }
      turnedAway(resident: resident, at: now)
    }
  }

  /// The resident an arrival at facility `f` brings, drawn from `stream` (the facility's):
  /// a cohort weighted by demand, then a resident of it uniformly. ``visitArrives(_:_:)``
  /// draws with it, and ``prefetch(upcoming:)`` predicts with it on a copy of the stream.
  @inline(__always)
  func visitor(of f: Int, drawingFrom stream: inout RandomStream) -> Int {
    visitorPicker.resident(of: f, drawingFrom: &stream)
  }

  /// A visitor takes a place: a served experience; the visit's end is scheduled. Its length
  /// is drawn from the facility's stream, or the partnership's where residents answer fees.
  mutating func startVisit(_ f: UInt32, visitor: UInt64, _ context: inout SimContext<CommunityEvent>) {
    let visitHours = scenario.facilities[facilities[Int(f)].spec].visitHours
    let hours: Double
    if let o = facilities[Int(f)].operatedBy, operators[o].thins {
      hours = visitHours.sample(using: &operators[o].visitStream)
    } else {
      var stream = facilities[Int(f)].stream
      hours = visitHours.sample(using: &stream)
      facilities[Int(f)].stream = stream
    }
    let resident = Int(visitor & 0xFFFF_FFFF)
    beginVisit(f, resident: resident, record: residents[resident], hours: hours, &context)
  }

  /// The rest of a visit's start once its length is drawn: the fee where a PPP operator runs
  /// the facility, the visit's end (an event where visitors wait for places, kept by the loss
  /// pool where they are turned away), and the served experience. `record` is `resident`'s
  /// current record.
  mutating func beginVisit(
    _ f: UInt32, resident: Int, record: Resident, hours: Double, _ context: inout SimContext<CommunityEvent>
  ) {
    if let o = facilities[Int(f)].operatedBy { chargeFee(o, cohort: Int(record.cohort)) }
    occupy(f, until: context.now + SimDuration(sampling: hours, unit: .hour), &context)
    let s = scenario.satisfaction
    experience(
      resident: resident, record: record, score: s.facilityServedScore, weight: s.facilityServedWeight,
      at: context.now)
  }

  /// A place of facility `f`, granted at `now`, is held until `end`.
  @inline(__always)
  mutating func occupy(_ f: UInt32, until end: SimTime, _ context: inout SimContext<CommunityEvent>) {
    if facilities[Int(f)].turnsAway {
      facilities[Int(f)].lossPool.enter(until: end, at: context.now, in: &visitEndTimes)
    } else {
      context.schedule(.visitEnds(facility: f), at: end)
    }
  }

  /// A visit at a facility with a waiting line ends: the first visitor waiting takes the place.
  mutating func visitEnds(_ f: UInt32, _ context: inout SimContext<CommunityEvent>) {
    if let next = facilities[Int(f)].pool.release(at: context.now) {
      startVisit(f, visitor: next.customer, &context)
    }
  }

  mutating func visitorGivesUp(_ visitor: UInt64, _ f: UInt32, at now: SimTime) {
    guard facilities[Int(f)].pool.withdraw(visitor, at: now) != nil else { return }
    facilities[Int(f)].gaveUp += 1
    facilities[Int(f)].unservedSinceCycle += 1
    if facilities[Int(f)].damaged > 0 && inWindow(now) { emergencyCounts.complaints += 1 }
    turnedAway(resident: Int(visitor & 0xFFFF_FFFF), at: now)
  }

  mutating func turnedAway(resident: Int, at now: SimTime) {
    let s = scenario.satisfaction
    experience(resident: resident, score: s.facilityTurnedAwayScore, weight: s.facilityTurnedAwayWeight, at: now)
  }

  /// A facility that never closes (childcare places, say) starts with the occupancy of a
  /// run in progress: the `stated` occupants (at most its places), else the model's estimate
  /// min(places, offered load), each with a uniformly drawn share of a visit length still
  /// to go (an approximation of the residual life).
  mutating func seatInitialOccupants(_ f: UInt32, stated: Int?, _ context: inout SimContext<CommunityEvent>) {
    let spec = scenario.facilities[facilities[Int(f)].spec]
    let offered = facilities[Int(f)].visitsPerOpenDay * spec.visitHours.mean / 24
    let places = facilities[Int(f)].places
    let occupants = stated.map { min($0, places) } ?? (offered < Double(places) ? Int(offered.rounded()) : places)
    var stream = facilities[Int(f)].stream
    for _ in 0..<occupants {
      let hours = spec.visitHours.sample(using: &stream) * stream.nextUnit()
      _ = facilities[Int(f)].request(UInt64.max, at: context.now, endTimes: &visitEndTimes)
      occupy(f, until: context.now + SimDuration(sampling: hours, unit: .hour), &context)
    }
    facilities[Int(f)].stream = stream
  }
}
