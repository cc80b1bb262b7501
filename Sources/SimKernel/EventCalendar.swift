/// The future event set: a min-heap of pending events in a total, stable order.
///
/// Events pop in order of **(time, priority, insertion sequence)**, so equal-time,
/// equal-priority events come out first-in first-out and nothing depends on the heap's
/// internal layout or on a random tie-break (SimPy's `(time, priority, eid)`, OMNeT++'s
/// `insertOrder`). The calendar is generic over the model's event type: entries are small
/// structs in one `ContiguousArray`, so scheduling allocates nothing once the array has grown
/// to the peak number of pending events, and nothing in it is a closure or an existential.
///
/// The heap is 4-ary: each sift touches half as many levels as a binary heap, and the four
/// children of a node share a cache line or two.
///
/// Cancellation is lazy: the calendar never searches for an event to remove. A model that
/// must retract an event marks it stale (see ``GenerationTable``) and the loop drops it when
/// it pops (``SimulationModel/isCancelled(_:)``).
///
/// - Warning: Not thread-safe. One calendar belongs to one replication.
public struct EventCalendar<Event> {
  @usableFromInline
  struct _Entry {
    /// Event time [ticks].
    @usableFromInline var time: Int64
    /// Priority in the top 8 bits, insertion sequence in the low 56.
    @usableFromInline var key: UInt64
    @usableFromInline var event: Event

    @inlinable
    init(time: Int64, key: UInt64, event: Event) {
      self.time = time
      self.key = key
      self.event = event
    }

    /// The total order: time, then priority, then sequence (engineering guide E1).
    @inlinable @inline(__always)
    func precedes(_ other: _Entry) -> Bool {
      time != other.time ? time < other.time : key < other.key
    }
  }

  @usableFromInline static var arity: Int { 4 }
  @usableFromInline static var sequenceLimit: UInt64 { 1 << 56 }

  @usableFromInline var _storage: ContiguousArray<_Entry>
  @usableFromInline var _nextSequence: UInt64 = 0

  /// An empty calendar with room for `capacity` pending events before it first grows.
  public init(reservingCapacity capacity: Int = 1_024) {
    _storage = []
    _storage.reserveCapacity(capacity)
  }

  /// Number of pending events (including stale ones not yet popped). O(1).
  @inlinable public var count: Int { _storage.count }

  /// Whether no events are pending. O(1).
  @inlinable public var isEmpty: Bool { _storage.isEmpty }

  /// Events scheduled since creation; the next insertion sequence number. O(1).
  @inlinable public var scheduledCount: UInt64 { _nextSequence }

  /// Time of the earliest pending event, or `nil` if none. O(1).
  @inlinable public var nextTime: SimTime? {
    _storage.isEmpty ? nil : SimTime(ticks: _storage[0].time)
  }

  /// Adds `event` at `time`; among equal (time, priority) it pops after all earlier insertions.
  ///
  /// The calendar does not know the current time; ``SimContext`` rejects times in the past.
  /// - Complexity: O(log₄ n); amortized allocation-free.
  @inlinable
  public mutating func schedule(_ event: Event, at time: SimTime, priority: EventPriority = .normal) {
    precondition(_nextSequence < Self.sequenceLimit, "event sequence numbers exhausted (2^56 events)")
    let entry = _Entry(
      time: time.ticks, key: UInt64(priority.rawValue) << 56 | _nextSequence, event: event)
    _nextSequence &+= 1
    _storage.append(entry)
    _siftUp(from: _storage.count &- 1)
    _checkInvariants()
  }

  /// Removes and returns the earliest event, or `nil` if the calendar is empty.
  /// - Complexity: O(log₄ n), allocation-free.
  @inlinable
  public mutating func popNext() -> (time: SimTime, event: Event)? {
    guard let last = _storage.popLast() else { return nil }
    if _storage.isEmpty { return (SimTime(ticks: last.time), last.event) }
    let first = _storage[0]
    _siftDown(placing: last)
    _checkInvariants()
    return (SimTime(ticks: first.time), first.event)
  }

  /// Discards every pending event (capacity is kept). The sequence counter keeps counting.
  /// - Complexity: O(n).
  public mutating func removeAll() {
    _storage.removeAll(keepingCapacity: true)
  }

  // MARK: - Hole-based sifting (swift-collections `Heap` style)

  @inlinable
  mutating func _siftUp(from start: Int) {
    _storage.withUnsafeMutableBufferPointer { buffer in
      let moving = buffer[start]
      var hole = start
      while hole > 0 {
        let parent = (hole &- 1) / Self.arity
        guard moving.precedes(buffer[parent]) else { break }
        buffer[hole] = buffer[parent]
        hole = parent
      }
      buffer[hole] = moving
    }
  }

  /// Fills the vacated root with `moving`, sifting the hole down to where `moving` belongs.
  @inlinable
  mutating func _siftDown(placing moving: _Entry) {
    _storage.withUnsafeMutableBufferPointer { buffer in
      let count = buffer.count
      var hole = 0
      while true {
        let firstChild = hole &* Self.arity &+ 1
        if firstChild >= count { break }
        var best = firstChild
        let end = Swift.min(firstChild &+ Self.arity, count)
        var child = firstChild &+ 1
        while child < end {
          if buffer[child].precedes(buffer[best]) { best = child }
          child &+= 1
        }
        guard buffer[best].precedes(moving) else { break }
        buffer[hole] = buffer[best]
        hole = best
      }
      buffer[hole] = moving
    }
  }
}

extension EventCalendar: Sendable where Event: Sendable {}
extension EventCalendar._Entry: Sendable where Event: Sendable {}
