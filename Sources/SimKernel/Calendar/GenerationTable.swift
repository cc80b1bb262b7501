/// Generation counters for lazy cancellation (as OMNeT++'s `isStale`; `Docs/kernel.md`).
///
/// Give each cancellable thing (a resident's patience timer, a facility's next shift change) a
/// slot. When scheduling its event, put the slot's current ``generation(of:)`` in the payload;
/// to cancel, call ``invalidate(_:)``; when the event pops, ``SimulationModel/isCancelled(_:)``
/// compares the two and the loop drops stale events. Nothing is ever searched for or removed
/// inside the calendar.
public struct GenerationTable: Sendable, Codable {
  @usableFromInline var _generations: ContiguousArray<UInt32>

  /// A table of `count` slots, all at generation 0.
  public init(count: Int) {
    precondition(count >= 0, "slot count must be ≥ 0")
    _generations = ContiguousArray(repeating: 0, count: count)
  }

  /// Number of slots.
  @inlinable public var count: Int { _generations.count }

  /// The current generation of `slot`. O(1).
  @inlinable
  public func generation(of slot: Int) -> UInt32 { _generations[slot] }

  /// Cancels every event scheduled for `slot` so far; returns the new generation. O(1).
  @inlinable @discardableResult
  public mutating func invalidate(_ slot: Int) -> UInt32 {
    _generations[slot] &+= 1
    return _generations[slot]
  }

  /// Whether an event stamped with `generation` for `slot` is still current. O(1).
  @inlinable
  public func isCurrent(_ slot: Int, _ generation: UInt32) -> Bool {
    _generations[slot] == generation
  }

  /// Adds a slot at generation 0 and returns its index. Amortized O(1).
  public mutating func append() -> Int {
    _generations.append(0)
    return _generations.count - 1
  }
}
