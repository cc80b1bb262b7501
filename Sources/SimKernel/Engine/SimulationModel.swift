/// A model the kernel can run: one event type, one entry point.
///
/// A model is a value (usually a `struct`) that owns its state and reacts to its own event
/// enum in a single `switch` (`Docs/kernel.md`, how to add a model). Handlers schedule further events through
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

  /// A look-ahead for large models: `upcoming` holds events the loop will hand to
  /// ``handle(_:_:)`` next, in that order (events scheduled meanwhile may come between them).
  ///
  /// Called each time the calendar sorts its next time bucket (about 64 events; never while
  /// fewer events are pending than its tiering threshold), after popping the bucket's first
  /// event (so not when a run's horizon falls before that event). A model whose state
  /// outgrows the caches reads here, in a tight loop, the records those events will need, so
  /// that the cache misses overlap instead of stalling each handler in turn. It must change
  /// nothing that results depend on (not being `mutating`, it cannot change a value-type
  /// model's state); it returns any value computed from what it read, which the loop folds
  /// into a field, so that the compiler keeps the reads. Default: reads nothing.
  /// - Complexity: should be O(`upcoming.count`) with a small constant; it runs once per
  ///   batch, on the event loop.
  func prefetch(upcoming: UnsafeBufferPointer<Event>) -> UInt64

  /// Closes time-weighted statistics at the horizon `time`. Called by ``Simulation/finish()``.
  /// Default: nothing to close.
  mutating func finish(at time: SimTime)
}

extension SimulationModel {
  @inlinable @inline(__always)
  public func isCancelled(_ event: Event) -> Bool { false }

  @inlinable @inline(__always)
  public func prefetch(upcoming: UnsafeBufferPointer<Event>) -> UInt64 { 0 }

  @inlinable
  public mutating func finish(at time: SimTime) {}
}
