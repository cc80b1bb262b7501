/// The engine: a model, its calendar and clock, and the loop that drives them.
///
/// `Simulation` is generic over the model, so release builds specialise the loop for each
/// model: the calendar is inlined into it, events are never boxed, and a step allocates
/// nothing. (The model's `handle` is a direct call; it is inlined too when the model is
/// `@inlinable` or in the same module.)
///
///     var sim = Simulation(model: Shop())
///     let reason = sim.run(until: SimTime(.days(30)))
///     sim.finish()                       // closes time-weighted statistics at the horizon
///
/// - Warning: Not thread-safe. Parallel replications each build their own `Simulation`.
public struct Simulation<Model: SimulationModel> {
  /// The model's state; read results from it after the run.
  public var model: Model
  @usableFromInline var _context: SimContext<Model.Event>
  /// The clock and calendar.
  public var context: SimContext<Model.Event> { _context }
  @usableFromInline var _eventsHandled: Int = 0
  /// Events handled so far (cancelled events are not counted).
  public var eventsHandled: Int { _eventsHandled }
  @usableFromInline var _eventsCancelled: Int = 0
  /// Cancelled events dropped when popped.
  public var eventsCancelled: Int { _eventsCancelled }
  /// The values ``SimulationModel/prefetch(upcoming:)`` returned, summed: kept so that the
  /// compiler cannot drop the reads a prefetch makes. Means nothing.
  @usableFromInline var _prefetchDigest: UInt64 = 0

  /// Creates the engine at `start` and lets the model schedule its first events.
  /// - Parameter capacity: pending events before the calendar first grows.
  public init(model: Model, start: SimTime = .zero, reservingCapacity capacity: Int = 1_024) {
    self.model = model
    self._context = SimContext(start: start, calendar: EventCalendar(reservingCapacity: capacity))
    self.model.start(&_context)
  }

  /// The current simulation time.
  @inlinable public var now: SimTime { _context.now }

  /// Handles the next non-cancelled event, whatever its time.
  /// - Returns: `false` if no (non-cancelled) events were pending.
  @inlinable @discardableResult
  public mutating func step() -> Bool {
    let handledBefore = _eventsHandled
    run(until: .distantFuture, maxEvents: 1)
    return _eventsHandled != handledBefore
  }

  /// Runs until `horizon`, a stop request, or `maxEvents` handled events, whichever is first.
  ///
  /// Events at exactly `horizon` stay pending and the clock ends at `horizon` (unless the
  /// horizon is `.distantFuture` and the calendar empties, when it stays at the last event).
  /// - Precondition: `horizon >= now`.
  @inlinable @discardableResult
  public mutating func run(until horizon: SimTime = .distantFuture, maxEvents: Int = .max) -> StopReason {
    var observer = NullObserver<Model.Event>()
    return run(until: horizon, maxEvents: maxEvents, observer: &observer)
  }

  /// ``run(until:maxEvents:)`` with an observer that sees every handled event.
  @inlinable
  public mutating func run<Observer: SimulationObserver>(
    until horizon: SimTime = .distantFuture, maxEvents: Int = .max, observer: inout Observer
  ) -> StopReason where Observer.Event == Model.Event {
    precondition(horizon >= _context.now, "horizon \(horizon) is before the current time \(_context.now)")
    precondition(maxEvents >= 0, "maxEvents must be ≥ 0")
    _context._stopRequested = false
    var budget = maxEvents
    while budget > 0 {
      var sortedBatch = false
      guard let (time, event) = _context._calendar._popNext(before: horizon, sortedBatch: &sortedBatch) else {
        if horizon == .distantFuture { return .calendarEmpty }
        _context._now = horizon
        return .horizonReached
      }
      if sortedBatch { _prefetchDigest &+= model.prefetch(upcoming: _context._calendar._upcomingBatch) }
      if model.isCancelled(event) {
        _eventsCancelled &+= 1
        continue
      }
      _context._now = time
      observer.willHandle(event, at: time)
      model.handle(event, &_context)
      _eventsHandled &+= 1
      budget &-= 1
      if _context._stopRequested { return .stopRequested }
    }
    return .eventLimitReached
  }

  /// Tells the model the run is over at the current time (closes time-weighted statistics).
  public mutating func finish() {
    model.finish(at: _context.now)
  }
}

/// A simulation is coded as its model, clock, calendar and counts: decoded, it continues
/// exactly as the simulation it was encoded from would have (a checkpoint).
extension Simulation: Codable where Model: Codable, Model.Event: Codable {}
extension Simulation: Sendable where Model: Sendable, Model.Event: Sendable {}

extension Simulation {
  /// The pending events (stale ones not yet popped included), in the order they would pop.
  /// O(n log n).
  public var pendingEvents: [PendingEvent<Model.Event>] { _context._calendar.pendingEvents }

  /// Replaces the pending events with `events`: they pop in order of (time, priority) and,
  /// among equal ones, in the order of the array (each event's `sequence` is ignored; they are
  /// numbered afresh, and every event scheduled later comes after all of them at a tie). For
  /// changing a paused simulation's future (a fork of a checkpoint), not for use while it runs.
  /// - Precondition: every time is at or after ``now``.
  /// - Complexity: O(n log n).
  public mutating func replacePendingEvents(_ events: [PendingEvent<Model.Event>]) {
    var renumbered = events
    for index in renumbered.indices {
      precondition(renumbered[index].time >= now, "a pending event at \(renumbered[index].time) is before \(now)")
      renumbered[index].sequence = UInt64(index)
    }
    _context._calendar = EventCalendar(
      restoring: renumbered, nextSequence: UInt64(renumbered.count),
      tieringThreshold: _context._calendar.tieringThreshold)
  }
}
