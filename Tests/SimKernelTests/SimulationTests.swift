import ReferenceModels
import SimKernel
import Testing

// MARK: - Test models

/// Handles a fixed script of events and records what it handled and when.
private struct ScriptedModel: SimulationModel {
  struct Event: Hashable { var id: Int }
  struct Record: Equatable {
    var time: Int64
    var id: Int
  }

  var script: [(ticks: Int64, id: Int)]
  var stopAfter: Set<Int> = []
  var handled: [Record] = []
  var finishedAt: SimTime?

  init(_ script: [(ticks: Int64, id: Int)], stopAfter: Set<Int> = []) {
    self.script = script
    self.stopAfter = stopAfter
  }

  mutating func start(_ context: inout SimContext<Event>) {
    for entry in script { context.schedule(Event(id: entry.id), at: SimTime(ticks: entry.ticks)) }
  }

  mutating func handle(_ event: Event, _ context: inout SimContext<Event>) {
    handled.append(Record(time: context.now.ticks, id: event.id))
    if stopAfter.contains(event.id) { context.stop() }
  }

  mutating func finish(at time: SimTime) { finishedAt = time }

  var handledIDs: [Int] { handled.map(\.id) }
}

/// One event that reschedules itself every minute, `limit` times.
private struct Ticker: SimulationModel {
  enum Event { case tick }
  let limit: Int
  var ticks = 0
  mutating func start(_ context: inout SimContext<Event>) { context.schedule(.tick, after: .minutes(1)) }
  mutating func handle(_ event: Event, _ context: inout SimContext<Event>) {
    ticks += 1
    if ticks < limit { context.schedule(.tick, after: .minutes(1)) }
  }
}

/// Timers with lazy cancellation: slot `s`'s timer fires at 100 + s seconds; a canceller at 50 s
/// invalidates the odd slots and re-arms slot 1 at 500 s with the new generation.
private struct TimerModel: SimulationModel {
  enum Event: Hashable {
    case cancelOdd
    case timer(slot: Int, generation: UInt32)
  }
  var generations = GenerationTable(count: 10)
  /// Whether the canceller re-arms slot 1.
  var rearm = true
  var fired: [Int] = []
  var firedAt: [Int64] = []

  mutating func start(_ context: inout SimContext<Event>) {
    for slot in 0..<generations.count {
      context.schedule(
        .timer(slot: slot, generation: generations.generation(of: slot)), at: SimTime(ticks: 100 + Int64(slot)))
    }
    context.schedule(.cancelOdd, at: SimTime(ticks: 50))
  }

  mutating func handle(_ event: Event, _ context: inout SimContext<Event>) {
    switch event {
    case .cancelOdd:
      for slot in stride(from: 1, to: generations.count, by: 2) { generations.invalidate(slot) }
      if rearm {
        context.schedule(.timer(slot: 1, generation: generations.generation(of: 1)), at: SimTime(ticks: 500))
      }
    case .timer(let slot, _):
      fired.append(slot)
      firedAt.append(context.now.ticks)
    }
  }

  func isCancelled(_ event: Event) -> Bool {
    if case .timer(let slot, let generation) = event { return !generations.isCurrent(slot, generation) }
    return false
  }
}

/// Records the events an observer sees.
private struct RecordingObserver<Event>: SimulationObserver {
  var seen: [(time: SimTime, event: Event)] = []
  mutating func willHandle(_ event: Event, at time: SimTime) { seen.append((time, event)) }
}

/// Handlers scheduling at the current instant: A (at 10) schedules B and C at `now` and an
/// urgent U at `now`; D was scheduled at 10 before the run started.
private struct ZeroDelayModel: SimulationModel {
  enum Event: Hashable { case a, b, c, d, u }
  var order: [Event] = []
  mutating func start(_ context: inout SimContext<Event>) {
    context.schedule(.a, at: SimTime(ticks: 10))
    context.schedule(.d, at: SimTime(ticks: 10))
  }
  mutating func handle(_ event: Event, _ context: inout SimContext<Event>) {
    order.append(event)
    if event == .a {
      context.schedule(.b, after: .zero)
      context.schedule(.c, at: context.now)
      context.schedule(.u, after: .zero, priority: .urgent)
    }
  }
}

private struct TestEvent: FingerprintableEvent {
  var code: UInt64
  var fingerprintCode: UInt64 { code }
}

@Suite struct SimulationTests {
  private let threeEvents: [(ticks: Int64, id: Int)] = [(10, 1), (20, 2), (30, 3)]

  // MARK: - Stop conditions

  @Test func runUntilLeavesEventsAtExactlyTheHorizonPendingAndSetsNowToIt() {
    var sim = Simulation(model: ScriptedModel(threeEvents))
    #expect(sim.run(until: SimTime(ticks: 20)) == .horizonReached)
    #expect(sim.model.handledIDs == [1])
    #expect(sim.now == SimTime(ticks: 20))
    #expect(sim.context.pendingEvents == 2)
    #expect(sim.context.nextEventTime == SimTime(ticks: 20))
    #expect(sim.run(until: SimTime(ticks: 25)) == .horizonReached)
    #expect(sim.model.handledIDs == [1, 2])
    #expect(sim.now == SimTime(ticks: 25))
  }

  @Test func horizonBeyondTheLastEventMovesTheClockToTheHorizon() {
    var sim = Simulation(model: ScriptedModel(threeEvents))
    #expect(sim.run(until: SimTime(ticks: 1_000)) == .horizonReached)
    #expect(sim.model.handledIDs == [1, 2, 3])
    #expect(sim.now == SimTime(ticks: 1_000))
    sim.finish()
    #expect(sim.model.finishedAt == SimTime(ticks: 1_000))
  }

  @Test func openEndedRunEmptiesTheCalendarAndStaysAtTheLastEvent() {
    var sim = Simulation(model: ScriptedModel(threeEvents))
    #expect(sim.run() == .calendarEmpty)
    #expect(sim.model.handled == [.init(time: 10, id: 1), .init(time: 20, id: 2), .init(time: 30, id: 3)])
    #expect(sim.now == SimTime(ticks: 30))
    #expect(sim.run() == .calendarEmpty)  // nothing left: returns at once
    #expect(sim.eventsHandled == 3)
  }

  @Test func stopReturnsStopRequestedAndALaterRunResumes() {
    var sim = Simulation(model: ScriptedModel(threeEvents, stopAfter: [2]))
    #expect(sim.run() == .stopRequested)
    #expect(sim.model.handledIDs == [1, 2])
    #expect(sim.now == SimTime(ticks: 20))
    #expect(sim.context.pendingEvents == 1)
    #expect(sim.run() == .calendarEmpty)
    #expect(sim.model.handledIDs == [1, 2, 3])
  }

  @Test func maxEventsReturnsEventLimitReached() {
    var sim = Simulation(model: ScriptedModel(threeEvents))
    #expect(sim.run(maxEvents: 0) == .eventLimitReached)
    #expect(sim.eventsHandled == 0)
    #expect(sim.now == .zero)
    #expect(sim.run(maxEvents: 2) == .eventLimitReached)
    #expect(sim.eventsHandled == 2)
    #expect(sim.model.handledIDs == [1, 2])
    #expect(sim.now == SimTime(ticks: 20))
    // The budget is per call.
    #expect(sim.run(maxEvents: 2) == .calendarEmpty)
    #expect(sim.eventsHandled == 3)
  }

  @Test func horizonTakesPrecedenceOverAnUnusedEventBudget() {
    var sim = Simulation(model: ScriptedModel(threeEvents))
    #expect(sim.run(until: SimTime(ticks: 15), maxEvents: 10) == .horizonReached)
    #expect(sim.eventsHandled == 1)
  }

  @Test func stepHandlesExactlyOneEvent() {
    var sim = Simulation(model: ScriptedModel(threeEvents))
    for (n, t) in [(1, Int64(10)), (2, 20), (3, 30)] {
      let stepped1 = sim.step()
      #expect(stepped1)
      #expect(sim.eventsHandled == n)
      #expect(sim.model.handled.count == n)
      #expect(sim.now == SimTime(ticks: t))
    }
    let stepped2 = sim.step()
    #expect(!stepped2)
    #expect(sim.eventsHandled == 3)
    #expect(sim.now == SimTime(ticks: 30))
  }

  @Test func startTimeSetsTheClockAndDelaysCountFromIt() {
    var sim = Simulation(model: Ticker(limit: 3), start: SimTime(.days(1)))
    #expect(sim.now == SimTime(.days(1)))
    #expect(sim.context.nextEventTime == SimTime(.days(1) + .minutes(1)))
    #expect(sim.run() == .calendarEmpty)
    #expect(sim.now == SimTime(.days(1) + .minutes(3)))
  }

  // MARK: - Event counter and observers

  @Test func eventCounterCountsEveryHandledEvent() {
    var sim = Simulation(model: Ticker(limit: 12_345))
    var observer = RecordingObserver<Ticker.Event>()
    #expect(sim.run(observer: &observer) == .calendarEmpty)
    #expect(sim.eventsHandled == 12_345)
    #expect(sim.model.ticks == 12_345)
    #expect(observer.seen.count == 12_345)
    #expect(sim.eventsCancelled == 0)
    #expect(sim.now == SimTime(.minutes(12_345)))
  }

  @Test func observerSeesHandledEventsInOrderWithTheirTimes() {
    var sim = Simulation(model: ScriptedModel([(30, 3), (10, 1), (20, 2)]))
    var observer = RecordingObserver<ScriptedModel.Event>()
    _ = sim.run(observer: &observer)
    #expect(observer.seen.map(\.time.ticks) == [10, 20, 30])
    #expect(observer.seen.map(\.event.id) == [1, 2, 3])
  }

  @Test func zeroDelayEventsRunAfterPendingEventsOfTheSameInstantUnlessMoreUrgent() {
    var sim = Simulation(model: ZeroDelayModel())
    _ = sim.run()
    #expect(sim.model.order == [.a, .u, .d, .b, .c])
    #expect(sim.now == SimTime(ticks: 10))
  }

  // MARK: - Lazy cancellation

  @Test func cancelledEventsAreNotHandledAndAreCounted() {
    var sim = Simulation(model: TimerModel())
    var observer = RecordingObserver<TimerModel.Event>()
    #expect(sim.run(observer: &observer) == .calendarEmpty)
    // Even slots fire at 100 + slot; slot 1 fires once, re-armed, at 500; 3, 5, 7, 9 never.
    #expect(sim.model.fired == [0, 2, 4, 6, 8, 1])
    #expect(sim.model.firedAt == [100, 102, 104, 106, 108, 500])
    #expect(sim.eventsCancelled == 5)
    #expect(sim.eventsHandled == 7)  // the canceller and six timers
    #expect(observer.seen.count == 7)
    #expect(!observer.seen.contains { sim.model.isCancelled($0.event) })
  }

  @Test func cancelledEventsDoNotUseTheEventBudget() {
    var sim = Simulation(model: TimerModel())
    #expect(sim.run(maxEvents: 1) == .eventLimitReached)  // the canceller
    let stepped3 = sim.step()  // slot 0
    #expect(stepped3)
    let stepped4 = sim.step()  // slot 2: the stale slot-1 timer is dropped on the way
    #expect(stepped4)
    #expect(sim.model.fired == [0, 2])
    #expect(sim.eventsCancelled == 1)
    #expect(sim.eventsHandled == 3)
  }

  @Test func stepSkipsCancelledEventsToTheNextLiveOne() {
    var sim = Simulation(model: TimerModel())
    #expect(sim.run(until: SimTime(ticks: 109)) == .horizonReached)
    #expect(sim.eventsCancelled == 4)  // slots 1, 3, 5, 7 popped before 109
    #expect(sim.context.pendingEvents == 2)  // stale slot 9 at 109, re-armed slot 1 at 500
    let stepped5 = sim.step()
    #expect(stepped5)
    #expect(sim.now == SimTime(ticks: 500))
    #expect(sim.eventsCancelled == 5)
    let stepped6 = sim.step()
    #expect(!stepped6)
  }

  @Test func stepReturnsFalseWhenOnlyCancelledEventsRemain() {
    var model = TimerModel()
    model.rearm = false
    var sim = Simulation(model: model)
    #expect(sim.run(until: SimTime(ticks: 109)) == .horizonReached)
    #expect(sim.context.pendingEvents == 1)  // stale slot 9
    let handledBefore = sim.eventsHandled
    let stepped7 = sim.step()
    #expect(!stepped7)
    #expect(sim.eventsHandled == handledBefore)
    #expect(sim.eventsCancelled == 5)
    #expect(sim.context.pendingEvents == 0)
    #expect(sim.model.fired == [0, 2, 4, 6, 8])
  }

  @Test func generationTableInvalidatesOnlyTheGivenSlot() {
    var table = GenerationTable(count: 3)
    #expect(table.count == 3)
    let g = table.generation(of: 1)
    #expect(table.isCurrent(1, g))
    #expect(table.invalidate(1) == g &+ 1)
    #expect(!table.isCurrent(1, g))
    #expect(table.isCurrent(1, g &+ 1))
    #expect(table.isCurrent(0, table.generation(of: 0)) && table.generation(of: 0) == 0)
    #expect(table.generation(of: 2) == 0)
    let slot = table.append()
    #expect(slot == 3)
    #expect(table.count == 4)
    #expect(table.generation(of: 3) == 0)
  }

  // MARK: - Determinism

  private func fingerprint(seed: UInt64, replication: UInt64 = 0, servers: Int = 2) throws
    -> (value: UInt64, events: Int, handled: Int)
  {
    let configuration = MMcQueue.Configuration(
      arrivalRate: 1.5, serviceRate: 1, servers: servers, customers: 2_000, meanPatience: 2)
    var sim = Simulation(model: try MMcQueue(configuration, seed: seed, replication: replication))
    var observer = EventFingerprint<MMcQueue.Event>()
    let reason = sim.run(until: .distantFuture, maxEvents: .max, observer: &observer)
    #expect(reason == .calendarEmpty)
    return (observer.value, observer.events, sim.eventsHandled)
  }

  @Test func sameSeedGivesAnIdenticalFingerprint() throws {
    let first = try fingerprint(seed: 42)
    let second = try fingerprint(seed: 42)
    #expect(first.value == second.value)
    #expect(first.events == second.events)
    #expect(first.events == first.handled)
    #expect(first.events > 4_000)  // arrivals + departures + patience events
  }

  @Test func differentSeedReplicationOrModelGivesADifferentFingerprint() throws {
    let base = try fingerprint(seed: 42)
    #expect(try fingerprint(seed: 43).value != base.value)
    #expect(try fingerprint(seed: 42, replication: 1).value != base.value)
    #expect(try fingerprint(seed: 42, servers: 3).value != base.value)
  }

  /// Forking: a copy of a simulation taken mid-run owns its own calendar and model, so the
  /// original and the copy finish identically, and running one does not disturb the other.
  @Test func aCopiedSimulationRunsIndependentlyAndIdentically() throws {
    let configuration = MMcQueue.Configuration(
      arrivalRate: 1.5, serviceRate: 1, servers: 2, customers: 1_000, meanPatience: 2)
    var original = Simulation(model: try MMcQueue(configuration, seed: 4))
    #expect(original.run(maxEvents: 700) == .eventLimitReached)
    let pendingAtFork = original.context.pendingEvents
    let timeAtFork = original.now
    var fork = original
    var forkPrint = EventFingerprint<MMcQueue.Event>()
    #expect(fork.run(observer: &forkPrint) == .calendarEmpty)
    #expect(original.context.pendingEvents == pendingAtFork)
    #expect(original.now == timeAtFork)
    var originalPrint = EventFingerprint<MMcQueue.Event>()
    #expect(original.run(observer: &originalPrint) == .calendarEmpty)
    #expect(originalPrint.value == forkPrint.value)
    #expect(originalPrint.events == forkPrint.events)
    #expect(original.model.totalSojournTicks == fork.model.totalSojournTicks)
  }

  @Test func fingerprintDependsOnOrderTimeAndPayload() {
    func digest(_ events: [(Int64, UInt64)]) -> UInt64 {
      var f = EventFingerprint<TestEvent>()
      for (t, c) in events { f.willHandle(TestEvent(code: c), at: SimTime(ticks: t)) }
      return f.value
    }
    let base = digest([(1, 1), (2, 2)])
    #expect(digest([(1, 1), (2, 2)]) == base)
    #expect(digest([(2, 2), (1, 1)]) != base)  // order
    #expect(digest([(1, 1), (3, 2)]) != base)  // time
    #expect(digest([(1, 1), (2, 3)]) != base)  // payload
    #expect(digest([(1, 1)]) != base)  // length
    // The empty digest is the FNV-1a offset basis.
    #expect(EventFingerprint<TestEvent>().value == 0xcbf2_9ce4_8422_2325)
    #expect(EventFingerprint<TestEvent>().events == 0)
  }

  @Test func mmcEventFitsInSixteenBytes() {
    #expect(MemoryLayout<MMcQueue.Event>.size <= 16)
  }
}
