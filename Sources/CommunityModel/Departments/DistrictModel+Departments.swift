import SimKernel

/// The department stage (`Docs/model.md`, Departments): after the community office's part, a
/// cross-department request is handed off (a delay of calendar time) to the departments it
/// needs, each a priority queue with servers on its own working calendar. Without
/// coordination every department gets its own hand-off and they work one after the other;
/// a shared intake hands off once for all, joint handling lets them work at once (fork–join).
extension DistrictModel {
  /// The `department` payload of ``CommunityEvent/handoffArrives(request:department:)`` for
  /// a shared hand-off under joint handling: every department the request still needs.
  static let allPending = UInt32.max
  /// Bit of ``Request/departmentsLeft`` set when the request's departments work on it at
  /// once: the mode is fixed at its hand-off, so a lever switched on mid-run leaves requests
  /// already with departments as they were.
  static let jointlyHandled: UInt8 = 0x80

  /// The departments a cross-department request needs, drawn from `stream`: how many (by
  /// `countShares`, ``NeedCategory/departmentCountShares``), then which, by `weights` (one per
  /// department, ``NeedCategory/departmentWeights``) and without replacement.
  /// O(departments × count), no allocation.
  ///
  /// Static, with the category's two arrays as arguments: a method on the model, called from
  /// ``needArises(_:_:)``, copied the whole model (1,880 bytes) onto the stack for each call.
  static func departments(
    countShares: [Double], weights: [Double], drawingFrom stream: inout RandomStream
  ) -> UInt16 {
    let u = stream.nextUnit()
    var wanted = 1
    var cumulative = 0.0
    for k in countShares.indices {
      cumulative += countShares[k]
      if u < cumulative || k == countShares.count - 1 {
        wanted = k + 1
        break
      }
    }
    var chosen: UInt16 = 0
    for _ in 0..<wanted {
      var total = 0.0
      for d in weights.indices where chosen & (1 << d) == 0 { total += weights[d] }
      guard total > 0 else { break }
      let target = stream.nextUnit() * total
      var sum = 0.0
      var pick = -1
      for d in weights.indices where chosen & (1 << d) == 0 && weights[d] > 0 {
        sum += weights[d]
        pick = d
        if target < sum { break }
      }
      chosen |= UInt16(1) << pick
    }
    return chosen
  }

  /// The office's part of request `slot` is done and it needs departments: its first
  /// hand-off (or, without a shared intake under joint handling, one to each department).
  mutating func handOff(_ slot: UInt32, _ context: inout SimContext<CommunityEvent>) {
    let now = context.now
    let mask = requests[slot].departments
    requests[slot].state = .withDepartment
    requests[slot].handedOff = UInt32(now.ticks)
    let joint = scenario.coordination.jointHandling
    requests[slot].departmentsLeft = UInt8(mask.nonzeroBitCount) | (joint ? Self.jointlyHandled : 0)
    if inWindow(now) {
      departmentCounts.handedOff += 1
      if now + completionStandard <= horizon { departmentCounts.standardEligible += 1 }
    }
    if joint {
      if scenario.coordination.sharedIntake {
        scheduleHandoff(slot, to: Self.allPending, &context)
      } else {
        var rest = mask
        while rest != 0 {
          scheduleHandoff(slot, to: UInt32(rest.trailingZeroBitCount), &context)
          rest &= rest &- 1
        }
      }
    } else {
      scheduleHandoff(slot, to: UInt32(mask.trailingZeroBitCount), &context)
    }
  }

  /// A hand-off of request `slot` to `department` starts now: a delay of calendar time drawn
  /// from the hand-off stream (the urgent tier's delay for an urgent request), times the
  /// coordination's factor.
  mutating func scheduleHandoff(_ slot: UInt32, to department: UInt32, _ context: inout SimContext<CommunityEvent>) {
    let drawn =
      requests[slot].tier == UInt8(RequestTier.urgent.rawValue)
      ? scenario.coordination.urgentHandoffDays.sample(using: &handoffStream)
      : scenario.coordination.handoffDays.sample(using: &handoffStream)
    let days = drawn * scenario.coordination.handoffFactor
    if inWindow(context.now) { departmentCounts.handoffs += 1 }
    context.schedule(
      .handoffArrives(request: slot, department: department),
      at: context.now + SimDuration(sampling: days, unit: .day))
  }

  /// A hand-off of request `slot` ends: it joins the queue of `department`, or of every
  /// department it needs (``allPending``).
  mutating func handoffArrives(_ slot: UInt32, _ department: UInt32, _ context: inout SimContext<CommunityEvent>) {
    guard department == Self.allPending else { return arrive(slot, at: Int(department), &context) }
    var rest = requests[slot].departments
    while rest != 0 {
      arrive(slot, at: rest.trailingZeroBitCount, &context)
      rest &= rest &- 1
    }
  }

  /// Request `slot` joins department `d`'s queue, urgent before the rest; a free server
  /// starts on it at once.
  mutating func arrive(_ slot: UInt32, at d: Int, _ context: inout SimContext<CommunityEvent>) {
    let now = context.now
    departments[d].advance(to: now)
    let priority = DepartmentState.priority(ofTier: requests[slot].tier)
    if case .granted = departments[d].pool.request(slot, priority: priority, at: now) {
      startDepartmentWork(slot, at: d, waited: .zero, &context)
    }
  }

  /// Department `d` starts on request `slot` after `waited` in its queue: the work begins at
  /// the department's next working instant and takes a service time of its working time.
  mutating func startDepartmentWork(
    _ slot: UInt32, at d: Int, waited: SimDuration, _ context: inout SimContext<CommunityEvent>
  ) {
    let now = context.now
    let clock = departments[d].clock
    let begins = clock.adding(0, to: now)
    if inWindow(now) {
      let wait = (waited + (begins - now)).days
      departmentCounts.waitDays[DepartmentState.priority(ofTier: requests[slot].tier)].record(wait)
    }
    let hours = scenario.departments[d].serviceHours.sample(using: &departments[d].stream)
    let work = SimDuration(sampling: hours, unit: .hour)
    context.schedule(
      .departmentFinishes(department: UInt32(d), request: slot), at: clock.adding(max(work.ticks, 0), to: now))
  }

  /// Department `d` finishes its part of request `slot`: its server takes the next case; the
  /// request goes on to its next department (sequential handling), or, when this was the
  /// last, back to the office's flow (resolved, or into the planning backlog).
  mutating func departmentFinishes(_ d: Int, _ slot: UInt32, _ context: inout SimContext<CommunityEvent>) {
    let now = context.now
    departments[d].advance(to: now)
    if let next = departments[d].pool.release(at: now) {
      startDepartmentWork(next.customer, at: d, waited: next.waited, &context)
    }
    requests[slot].departmentsLeft -= 1
    let left = requests[slot].departmentsLeft
    if left & ~Self.jointlyHandled == 0 {
      departmentsDone(slot, at: now)
      caseworkDone(slot, at: now)
    } else if left & Self.jointlyHandled == 0 {
      let later = requests[slot].departments & ~((UInt16(2) << d) &- 1)
      let next = later.trailingZeroBitCount
      if scenario.coordination.sharedIntake {
        arrive(slot, at: next, &context)
      } else {
        scheduleHandoff(slot, to: UInt32(next), &context)
      }
    }
  }

  /// The department stage of request `slot` is over: completion statistics, for requests
  /// handed off in the window (an inherited case was handed off before the run).
  mutating func departmentsDone(_ slot: UInt32, at now: SimTime) {
    let start = SimTime(ticks: Int64(requests[slot].handedOff))
    guard inWindow(start), !requests[slot].isInherited else { return }
    let stage = now - start
    departmentCounts.completed += 1
    departmentCounts.stageDays.record(stage.days)
    if start + completionStandard <= horizon && stage <= completionStandard {
      departmentCounts.withinStandard += 1
    }
  }

  /// Requests handed off in the window still with a department now, counted from the
  /// request records (independently of the completion counter). O(slots).
  var windowRequestsWithDepartments: Int {
    requests.slots.reduce(0) { n, r in
      n + (r.state == .withDepartment && inWindow(SimTime(ticks: Int64(r.handedOff))) ? 1 : 0)
    }
  }
}

extension DistrictModel {
  /// The department stage's metrics, in the catalog's order.
  func addDepartmentMetrics(_ add: (Metric, Double) -> Void) {
    let c = departmentCounts
    add(.departmentHandoffs, Double(c.handoffs))
    add(.departmentRequestsHandedOff, Double(c.handedOff))
    add(.departmentRequestsCompleted, Double(c.completed))
    add(.departmentRequestsOpenAtEnd, Double(c.openAtHorizon))
    add(
      .departmentCompletionShare,
      c.standardEligible > 0 ? Double(c.withinStandard) / Double(c.standardEligible) : .nan)
    add(.departmentStageMeanDays, c.stageDays.meanOrNaN)
    var busy: Int64 = 0
    var capacity: Int64 = 0
    for (d, spec) in scenario.departments.enumerated() {
      busy += departments[d].busyArea
      capacity += Int64(spec.servers) * (departments[d].busyClock - departments[d].windowClock)
    }
    add(.departmentUtilization, capacity > 0 ? Double(busy) / Double(capacity) : .nan)
    for (d, spec) in scenario.departments.enumerated() {
      let open = Int64(spec.servers) * (departments[d].busyClock - departments[d].windowClock)
      add(
        MetricFamily.departmentUtilizationByDepartment[spec.id],
        open > 0 ? Double(departments[d].busyArea) / Double(open) : .nan)
    }
    let urgent = c.waitDays[0]
    let other = c.waitDays[1]
    add(.departmentUrgentWaitDays, urgent.meanOrNaN)
    add(.departmentOtherWaitDays, other.meanOrNaN)
  }
}
