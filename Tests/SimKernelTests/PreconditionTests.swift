import ReferenceModels
import SimKernel
import Testing

/// A model whose first handler schedules an event one second before the current time.
private struct TimeTraveller: SimulationModel {
  enum Event { case go, back }
  mutating func start(_ context: inout SimContext<Event>) { context.schedule(.go, at: SimTime(.hours(1))) }
  mutating func handle(_ event: Event, _ context: inout SimContext<Event>) {
    if event == .go { context.schedule(.back, at: context.now - .seconds(1)) }
  }
}

/// A model whose first handler schedules an event after a negative delay.
private struct NegativeDelay: SimulationModel {
  enum Event { case go, back }
  mutating func start(_ context: inout SimContext<Event>) { context.schedule(.go, after: .minutes(5)) }
  mutating func handle(_ event: Event, _ context: inout SimContext<Event>) {
    if event == .go { context.schedule(.back, after: SimDuration(ticks: -1)) }
  }
}

/// A model that schedules at exactly `now` (allowed) and with zero delay (allowed).
private struct SameInstant: SimulationModel {
  enum Event { case go, now, zero }
  var handled = 0
  mutating func start(_ context: inout SimContext<Event>) { context.schedule(.go, after: .minutes(5)) }
  mutating func handle(_ event: Event, _ context: inout SimContext<Event>) {
    handled += 1
    if event == .go {
      context.schedule(.now, at: context.now)
      context.schedule(.zero, after: .zero)
    }
  }
}

/// Programming errors trap (preconditions are active in debug and release builds). Each exit
/// test runs its body in a child process and expects it to fail.
@Suite struct PreconditionTests {
  @Test func schedulingAtTheCurrentInstantIsAllowed() {
    var sim = Simulation(model: SameInstant())
    #expect(sim.run() == .calendarEmpty)
    #expect(sim.model.handled == 3)
    #expect(sim.now == SimTime(.minutes(5)))
  }

  @Test func schedulingIntoThePastTraps() async {
    await #expect(processExitsWith: .failure) {
      var sim = Simulation(model: TimeTraveller())
      sim.run()
    }
  }

  @Test func schedulingWithANegativeDelayTraps() async {
    await #expect(processExitsWith: .failure) {
      var sim = Simulation(model: NegativeDelay())
      sim.run()
    }
  }

  @Test func schedulingBeforeAStartTimeTraps() async {
    // The initial events are checked against the start time too.
    await #expect(processExitsWith: .failure) {
      struct Early: SimulationModel {
        enum Event { case e }
        mutating func start(_ context: inout SimContext<Event>) { context.schedule(.e, at: .zero) }
        mutating func handle(_ event: Event, _ context: inout SimContext<Event>) {}
      }
      _ = Simulation(model: Early(), start: SimTime(.days(1)))
    }
  }

  @Test func runningToAHorizonBeforeNowTraps() async {
    await #expect(processExitsWith: .failure) {
      var sim = Simulation(model: SameInstant(), start: SimTime(.days(1)))
      sim.run(until: SimTime(.hours(1)))
    }
  }

  @Test func negativeEventBudgetTraps() async {
    await #expect(processExitsWith: .failure) {
      var sim = Simulation(model: SameInstant())
      sim.run(maxEvents: -1)
    }
  }

  @Test func releasingAnIdlePoolTraps() async {
    await #expect(processExitsWith: .failure) {
      var pool = try! ServerPool<Int>(capacity: 2)
      _ = pool.release(at: .zero)
    }
  }

  @Test func recordingNaNTraps() async {
    await #expect(processExitsWith: .failure) {
      var tally = Tally()
      tally.record(.nan)
    }
    await #expect(processExitsWith: .failure) {
      var histogram = QuantileHistogram()
      histogram.record(-1)
    }
  }

  @Test func timeWeightedRejectsTimeGoingBackwards() async {
    await #expect(processExitsWith: .failure) {
      var level = TimeWeighted(level: 1, at: SimTime(ticks: 100))
      level.update(to: 2, at: SimTime(ticks: 99))
    }
  }

  @Test func allZeroXoshiroStateTraps() async {
    await #expect(processExitsWith: .failure) {
      var stream = RandomStream(state: (0, 0, 0, 0))
      _ = stream.next()
    }
  }

  @Test func negativeDepositAndWorkingTimeTrap() async {
    await #expect(processExitsWith: .failure) {
      var tank = try! Reservoir(initialLevel: 1)
      tank.deposit(-1, at: .zero)
    }
    await #expect(processExitsWith: .failure) {
      let calendar = try! WorkingCalendar()
      _ = calendar.adding(workingTime: SimDuration(ticks: -60), to: .zero)
    }
  }

  @Test func unrepresentableDurationsTrap() async {
    await #expect(processExitsWith: .failure) {
      _ = SimDuration.hours(Double.nan)
    }
  }
}
