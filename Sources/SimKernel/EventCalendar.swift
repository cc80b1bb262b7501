/// The future event set: a min-heap of pending events in a total, stable order.
///
/// Events pop in order of **(time, priority, insertion sequence)**, so equal-time,
/// equal-priority events come out first-in first-out and nothing depends on the heap's
/// internal layout or on a random tie-break (SimPy's `(time, priority, eid)`, OMNeT++'s
/// `insertOrder`). The calendar is generic over the model's event type and holds no closures
/// or existentials; scheduling allocates nothing once the arrays have grown to the peak
/// number of pending events.
///
/// Layout: the heap is 4-ary over 16-byte keys that pack time, priority, sequence and a
/// payload slot, aligned so that the four children of a node fill one 64-byte cache line; a
/// comparison is one branch-free 128-bit compare. Payloads (the model's events) sit in a slot array that
/// the heap never moves; freed slots are reused last-in first-out, so they stay in cache.
/// The calendar is a value type with copy-on-write storage (`EventCalendar+Storage.swift`).
///
/// Limits: times 0 ..< 2⁴⁰ s (about 34,800 years), 2⁴⁸ insertions per calendar, 2³² events
/// pending at once; each is a precondition.
///
/// Cancellation is lazy: the calendar never searches for an event to remove. A model that
/// must retract an event marks it stale (see ``GenerationTable``) and the loop drops it when
/// it pops (``SimulationModel/isCancelled(_:)``).
///
/// - Warning: Not thread-safe. One calendar belongs to one replication.
public struct EventCalendar<Event> {
  /// A heap entry: `high` = time (40 bits) · priority (8) · sequence bits 47…32 (16);
  /// `low` = sequence bits 31…0 (32) · payload slot (32). Comparing (high, low)
  /// lexicographically is comparing (time, priority, sequence); the slot never decides
  /// because sequences are unique.
  @usableFromInline @frozen
  struct _Key {
    @usableFromInline var high: UInt64
    @usableFromInline var low: UInt64

    @inlinable @inline(__always)
    init(time: Int64, priority: EventPriority, sequence: UInt64, slot: UInt32) {
      high = UInt64(truncatingIfNeeded: time) &<< 24 | UInt64(priority.rawValue) &<< 16 | sequence &>> 32
      low = sequence &<< 32 | UInt64(slot)
    }

    @inlinable @inline(__always)
    var time: Int64 { Int64(truncatingIfNeeded: high &>> 24) }

    @inlinable @inline(__always)
    var slot: Int { Int(truncatingIfNeeded: low & 0xffff_ffff) }

    /// The total order (engineering guide E1).
    @inlinable @inline(__always)
    func precedes(_ other: _Key) -> Bool {
      // One 128-bit comparison: LLVM lowers it to cmp/sbb, with no branch and no select.
      (UInt128(high) &<< 64 | UInt128(low)) < (UInt128(other.high) &<< 64 | UInt128(other.low))
    }
  }

  @usableFromInline static var arity: Int { 4 }
  @usableFromInline static var timeLimit: Int64 { 1 << 40 }
  @usableFromInline static var sequenceLimit: UInt64 { 1 << 48 }

  @usableFromInline var _storage: _Storage
  @usableFromInline var _nextSequence: UInt64 = 0

  /// An empty calendar with room for `capacity` pending events before it first grows.
  public init(reservingCapacity capacity: Int = 1_024) {
    _storage = _Storage(capacity: capacity)
  }

  /// Number of pending events (including stale ones not yet popped). O(1).
  @inlinable public var count: Int { _storage.rootVacant ? _storage.count &- 1 : _storage.count }

  /// Whether no events are pending. O(1).
  @inlinable public var isEmpty: Bool { count == 0 }

  /// Events scheduled since creation; the next insertion sequence number. O(1).
  @inlinable public var scheduledCount: UInt64 { _nextSequence }

  /// Time of the earliest pending event, or `nil` if none. O(1).
  @inlinable public var nextTime: SimTime? {
    let storage = _storage
    guard storage.rootVacant else {
      return storage.count == 0 ? nil : SimTime(ticks: storage.keys[0].time)
    }
    // With the root vacant, every remaining key lies below one of the root's children.
    guard storage.count > 1 else { return nil }
    var best = storage.keys[1]
    for index in 2..<Swift.min(Self.arity &+ 1, storage.count) where storage.keys[index].precedes(best) {
      best = storage.keys[index]
    }
    return SimTime(ticks: best.time)
  }

  /// Makes the storage unique before a mutation (copy-on-write).
  @inlinable @inline(__always)
  mutating func _makeUnique() {
    if !isKnownUniquelyReferenced(&_storage) { _storage = _storage.copy() }
  }

  /// Adds `event` at `time`; among equal (time, priority) it pops after all earlier insertions.
  ///
  /// The calendar does not know the current time; ``SimContext`` rejects times in the past.
  /// - Precondition: `0 <= time.ticks < 2⁴⁰`.
  /// - Complexity: O(log₄ n); allocation-free except when the pending count reaches a new
  ///   peak beyond the reserved capacity.
  @inlinable @inline(__always)
  public mutating func schedule(_ event: Event, at time: SimTime, priority: EventPriority = .normal) {
    if UInt64(bitPattern: time.ticks) >= UInt64(Self.timeLimit) { _timeOutsideCalendar(time) }
    precondition(_nextSequence < Self.sequenceLimit, "event sequence numbers exhausted (2^48 insertions)")
    _makeUnique()
    let storage = _storage
    if !storage.rootVacant && storage.count == storage.capacity { storage.grow() }
    let slot: UInt32
    if storage.freeCount > 0 {
      storage.freeCount &-= 1
      slot = storage.freeSlots[storage.freeCount]
      storage.payloads[Int(slot)] = event
    } else {
      precondition(storage.initializedSlots < Int(UInt32.max), "more than 2^32 pending events")
      slot = UInt32(truncatingIfNeeded: storage.initializedSlots)
      (storage.payloads + storage.initializedSlots).initialize(to: event)
      storage.initializedSlots &+= 1
    }
    let key = _Key(time: time.ticks, priority: priority, sequence: _nextSequence, slot: slot)
    _nextSequence &+= 1
    if storage.rootVacant {
      // Fused pop + push ("replace top"): the new key fills the root a pop left vacant.
      storage.rootVacant = false
      Self._siftDownTopDown(placing: key, in: storage.keys, count: storage.count)
    } else {
      Self._siftUp(key, from: storage.count, in: storage.keys)
      storage.count &+= 1
    }
    _checkInvariants()
  }

  /// Removes and returns the earliest event, or `nil` if the calendar is empty.
  ///
  /// The pop leaves the root vacant; the next ``schedule(_:at:priority:)`` fills it with one
  /// sift-down instead of a sift-down now and a sift-up then (a handler that pops one event
  /// and schedules one, the commonest pattern, pays for one sift). Any other operation
  /// restores the heap first.
  /// - Complexity: O(log₄ n), allocation-free.
  @inlinable
  public mutating func popNext() -> (time: SimTime, event: Event)? {
    popNext(before: .distantFuture)
  }

  /// Removes and returns the earliest event if its time is before `limit`; otherwise leaves
  /// the calendar unchanged and returns `nil`. The simulation loop's single entry point.
  /// - Complexity: O(log₄ n), allocation-free.
  @inlinable @inline(__always)
  public mutating func popNext(before limit: SimTime) -> (time: SimTime, event: Event)? {
    guard !isEmpty else { return nil }
    _makeUnique()
    let storage = _storage
    _fillVacantRoot(storage)
    let first = storage.keys[0]
    guard first.time < limit.ticks else { return nil }
    storage.rootVacant = true
    let slot = first.slot
    storage.freeSlots[storage.freeCount] = UInt32(truncatingIfNeeded: slot)
    storage.freeCount &+= 1
    _checkInvariants()
    return (SimTime(ticks: first.time), storage.payloads[slot])
  }

  /// Restores a full heap by moving the last key into a vacant root.
  @inlinable @inline(__always)
  func _fillVacantRoot(_ storage: _Storage) {
    guard storage.rootVacant else { return }
    storage.rootVacant = false
    storage.count &-= 1
    if storage.count > 0 {
      Self._siftDown(placing: storage.keys[storage.count], in: storage.keys, count: storage.count)
    }
  }

  /// Discards every pending event (capacity is kept). The sequence counter keeps counting.
  /// - Complexity: O(n).
  public mutating func removeAll() {
    _makeUnique()
    let storage = _storage
    _fillVacantRoot(storage)
    for index in 0..<storage.count {
      storage.freeSlots[storage.freeCount] = UInt32(truncatingIfNeeded: storage.keys[index].slot)
      storage.freeCount += 1
    }
    storage.count = 0
  }

  // MARK: - Hole-based sifting (swift-collections `Heap` style)

  /// Places `moving` into the hole at index `start`, climbing while it precedes its parent.
  @inlinable @inline(__always)
  static func _siftUp(_ moving: _Key, from start: Int, in keys: UnsafeMutablePointer<_Key>) {
    var hole = start
    while hole > 0 {
      let parent = (hole &- 1) &>> 2  // (hole − 1) / arity for arity 4; hole > 0, so no sign issue
      guard moving.precedes(keys[parent]) else { break }
      keys[hole] = keys[parent]
      hole = parent
    }
    keys[hole] = moving
  }

  /// Fills the vacated root with a newly scheduled key, top-down: descend only while a child
  /// precedes it. New events are often due soon (the next arrival, a short service), so they
  /// tend to stop high in the heap, where the bottom-up variant would go to a leaf and back.
  @inlinable @inline(__always)
  static func _siftDownTopDown(placing moving: _Key, in buffer: UnsafeMutablePointer<_Key>, count: Int) {
    var hole = 0
    while true {
      let best = _smallestChild(of: hole, in: buffer, count: count)
      if best < 0 || !buffer[best].precedes(moving) { break }
      buffer[hole] = buffer[best]
      hole = best
    }
    buffer[hole] = moving
  }

  /// Index of the earliest child of `parent`, or −1 if it has none.
  @inlinable @inline(__always)
  static func _smallestChild(of parent: Int, in buffer: UnsafeMutablePointer<_Key>, count: Int) -> Int {
    let firstChild = parent &* arity &+ 1
    if firstChild >= count { return -1 }
    if firstChild &+ arity <= count {
      // Full family: a fixed, unrolled tournament of the four children.
      let a = buffer[firstChild].precedes(buffer[firstChild &+ 1]) ? firstChild : firstChild &+ 1
      let b = buffer[firstChild &+ 2].precedes(buffer[firstChild &+ 3]) ? firstChild &+ 2 : firstChild &+ 3
      return buffer[a].precedes(buffer[b]) ? a : b
    }
    var best = firstChild
    var child = firstChild &+ 1
    while child < count {
      if buffer[child].precedes(buffer[best]) { best = child }
      child &+= 1
    }
    return best
  }

  /// Fills the vacated root with `moving` (the former last key).
  ///
  /// Bottom-up (Floyd's) variant: the hole first descends along the smallest children all the
  /// way to a leaf, without comparing against `moving`, then `moving` climbs back up from
  /// there. The former last key almost always belongs near the bottom, so this saves one
  /// comparison per level over the textbook sift-down.
  @inlinable @inline(__always)
  static func _siftDown(placing moving: _Key, in buffer: UnsafeMutablePointer<_Key>, count: Int) {
    var hole = 0
    while true {
      let best = _smallestChild(of: hole, in: buffer, count: count)
      if best < 0 { break }
      buffer[hole] = buffer[best]
      hole = best
    }
    _siftUp(moving, from: hole, in: buffer)
  }
}

extension EventCalendar: @unchecked Sendable where Event: Sendable {}
extension EventCalendar._Key: Sendable {}
