/// A model the kernel can run: one event type, one entry point.
///
/// A model is a value (usually a `struct`) that owns its state and reacts to its own event
/// enum in a single `switch` (engineering guide E4). Handlers schedule further events through
/// the ``SimContext`` they are given; they never see the calendar directly.
///
///     struct Shop: SimulationModel {
///       enum Event { case arrival, departure }
///       mutating func start(_ context: inout SimContext<Event>) {
///         context.schedule(.arrival, after: .minutes(3))
///       }
///       mutating func handle(_ event: Event, _ context: inout SimContext<Event>) {
///         switch event {
///         case .arrival: customerArrives(&context)
///         case .departure: customerLeaves(&context)
///         }
///       }
///     }
public protocol SimulationModel {
  /// The model's event payload: keep it a small enum (≤ 16 bytes) of trivial values.
  associatedtype Event

  /// Schedules the initial events. Called once, by ``Simulation/init(model:start:reservingCapacity:)``.
  mutating func start(_ context: inout SimContext<Event>)

  /// Reacts to one event at `context.now`.
  mutating func handle(_ event: Event, _ context: inout SimContext<Event>)

  /// Whether a popped event has been cancelled and must be dropped unhandled (lazy
  /// cancellation; see ``GenerationTable``). Default: never.
  func isCancelled(_ event: Event) -> Bool

  /// Closes time-weighted statistics at the horizon `time`. Called by ``Simulation/finish()``.
  /// Default: nothing to close.
  mutating func finish(at time: SimTime)
}

extension SimulationModel {
  @inlinable @inline(__always)
  public func isCancelled(_ event: Event) -> Bool { false }

  @inlinable
  public mutating func finish(at time: SimTime) {}
}
