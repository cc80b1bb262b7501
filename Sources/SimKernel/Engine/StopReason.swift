/// Why ``Simulation/run(until:maxEvents:)`` returned.
public enum StopReason: Hashable, Sendable {
  /// The clock reached the horizon; events at exactly the horizon were left pending
  /// (the horizon acts like SimPy's URGENT `until` event).
  case horizonReached
  /// No events were left before an open-ended horizon (`SimTime.distantFuture`).
  case calendarEmpty
  /// A handler called ``SimContext/stop()``.
  case stopRequested
  /// The `maxEvents` budget of this call was used up.
  case eventLimitReached
}
