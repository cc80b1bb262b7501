/// What an event handler sees of the engine: the clock, scheduling, and a stop request.
///
/// - Warning: Not thread-safe; one context belongs to one replication.
public struct SimContext<Event> {
  @usableFromInline var _now: SimTime
  /// The current simulation time: the time of the event being handled.
  public var now: SimTime { _now }

  @usableFromInline var _calendar: EventCalendar<Event>
  @usableFromInline var _stopRequested = false

  @inlinable
  init(start: SimTime, calendar: EventCalendar<Event>) {
    self._now = start
    self._calendar = calendar
  }

  /// Schedules `event` at the absolute time `time`.
  ///
  /// - Precondition: `time >= now`. Scheduling into the past is a programming error and traps
  ///   with a message naming both times.
  /// - Complexity: O(log n).
  @inlinable @inline(__always)
  public mutating func schedule(_ event: Event, at time: SimTime, priority: EventPriority = .normal) {
    if time < _now { _schedulingIntoThePast(time, now: _now) }
    _calendar.schedule(event, at: time, priority: priority)
  }

  /// Schedules `event` after `delay` from now.
  ///
  /// - Precondition: `delay >= .zero`.
  /// - Complexity: O(log n).
  @inlinable @inline(__always)
  public mutating func schedule(_ event: Event, after delay: SimDuration, priority: EventPriority = .normal) {
    if delay.ticks < 0 { _negativeDelay(delay) }
    _calendar.schedule(event, at: _now + delay, priority: priority)
  }

  /// Asks the engine to stop after the current event; ``Simulation/run(until:maxEvents:)``
  /// then returns ``StopReason/stopRequested``. A later `run` resumes.
  @inlinable
  public mutating func stop() { _stopRequested = true }

  /// Number of pending events, including cancelled ones not yet popped.
  @inlinable public var pendingEvents: Int { _calendar.count }

  /// Time of the earliest pending event, if any.
  @inlinable public var nextEventTime: SimTime? { _calendar.nextTime }
}

/// A context is coded as its clock and calendar (a checkpoint's engine state).
extension SimContext: Codable where Event: Codable {}
extension SimContext: Sendable where Event: Sendable {}
