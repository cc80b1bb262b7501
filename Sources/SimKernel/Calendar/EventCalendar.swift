/// The future event set: a min-heap of pending events in a total, stable order.
///
/// Events pop in order of **(time, priority, insertion sequence)**, so equal-time,
/// equal-priority events come out first-in first-out and nothing depends on the heap's
/// internal layout or on a random tie-break (SimPy's `(time, priority, eid)`, OMNeT++'s
/// `insertOrder`). The calendar is generic over the model's event type and holds no closures
/// or existentials; scheduling allocates nothing once the arrays have grown to the peak
/// number of pending events.
///
/// Layout: two tiers. The near tier is a 4-ary heap (`_KeyHeap.swift`) over 16-byte keys that
/// pack time, priority, sequence and a payload slot (`_EventKey.swift`), aligned so that the
/// four children of a node fill one 64-byte cache line; a comparison is one branch-free
/// 128-bit compare. Once the pending count first reaches the tiering threshold, events at or
/// after a moving time boundary go to the far tier instead (`_TimeBuckets.swift`): unsorted
/// time buckets. When the heap and the current *run* are both empty, the next bucket is
/// sorted (`_BucketSort.swift`) into the run, which pops from its front; a pop takes the earlier
/// of the heap's top and the run's head. Heap and run then hold some tens of events however
/// many are pending, and stay in cache. Everything in the buckets is later than everything in
/// the heap or the run, so the order is exactly that of one heap. Payloads (the model's events) sit in a slot array that neither tier
/// moves; freed slots are reused last-in first-out, so they stay in cache. When a bucket is
/// sorted into the run, its payloads are copied out of their slots in run order, so the loop
/// reads them in sequence rather than from slots filled long ago. The calendar is a
/// value type with copy-on-write storage (`EventCalendar+Storage.swift`).
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
  @usableFromInline typealias _Key = _EventKey

  @usableFromInline static var timeLimit: Int64 { _EventKey.timeLimit }
  @usableFromInline static var sequenceLimit: UInt64 { 1 << 48 }

  @usableFromInline var _storage: _Storage
  @usableFromInline var _nextSequence: UInt64 = 0

  /// An empty calendar with room for `capacity` pending events before it first grows.
  ///
  /// - Parameter tieringThreshold: the pending count at which far-future events start going
  ///   to time buckets instead of the heap (see the type's documentation). The default suits
  ///   any workload; a small value lets tests exercise the buckets with few events.
  /// - Precondition: `tieringThreshold >= 1`.
  public init(reservingCapacity capacity: Int = 1_024, tieringThreshold: Int = 4_096) {
    precondition(tieringThreshold >= 1, "tieringThreshold must be ≥ 1")
    _storage = _Storage(capacity: capacity, tieringThreshold: tieringThreshold)
  }

  /// Number of pending events (including stale ones not yet popped). O(1).
  @inlinable public var count: Int {
    let buckets = _storage.buckets
    return (_storage.rootVacant ? _storage.count &- 1 : _storage.count) &+ buckets.runRemaining
      &+ buckets.count
  }

  /// Whether no events are pending. O(1).
  @inlinable public var isEmpty: Bool { count == 0 }

  /// Events scheduled since creation; the next insertion sequence number. O(1).
  @inlinable public var scheduledCount: UInt64 { _nextSequence }

  /// Time of the earliest pending event, or `nil` if none. O(1) while the near tier (heap
  /// and sorted run) holds events; otherwise O(size of the next time bucket).
  @inlinable public var nextTime: SimTime? {
    let storage = _storage
    var earliest = Int64.max
    if storage.buckets.runRemaining > 0 { earliest = storage.buckets.runNext.unsafelyUnwrapped.pointee.time }
    if !storage.rootVacant {
      if storage.count > 0 { earliest = Swift.min(earliest, storage.keys[0].time) }
    } else {
      // With the root vacant, every remaining key lies below one of the root's children.
      for index in 1..<Swift.max(1, Swift.min(_KeyHeap.arity &+ 1, storage.count)) {
        earliest = Swift.min(earliest, storage.keys[index].time)
      }
    }
    if earliest != .max { return SimTime(ticks: earliest) }
    return storage.buckets.earliestTime().map { SimTime(ticks: $0) }
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
  /// - Complexity: O(log₄ k) for an event due before the time boundary, k being the near
  ///   heap's size (some tens once the far tier is active; all pending events before),
  ///   amortized O(1) for a later one; allocation-free except when the pending count or a
  ///   time bucket reaches a new peak, or when the heap outgrows the far tier's buckets and
  ///   they are re-estimated (O(n log n), rare; see `_Storage.retier(sequence:)`).
  @inlinable @inline(__always)
  public mutating func schedule(_ event: Event, at time: SimTime, priority: EventPriority = .normal) {
    precondition(_nextSequence < Self.sequenceLimit, "event sequence numbers exhausted (2^48 insertions)")
    _makeUnique()
    let storage = _storage
    let slot: UInt32
    if storage.freeCount > 0 {
      storage.freeCount &-= 1
      slot = storage.freeSlots[storage.freeCount]
      storage.payloads[Int(slot)] = event
    } else {
      if storage.initializedSlots == storage.slotLimit {
        _scheduleAfterMakingRoom(event, at: time, priority: priority)
        return
      }
      slot = UInt32(truncatingIfNeeded: storage.initializedSlots)
      (storage.payloads + storage.initializedSlots).initialize(to: event)
      storage.initializedSlots &+= 1
    }
    let key = _Key(time: time.ticks, priority: priority, sequence: _nextSequence, slot: slot)
    _nextSequence &+= 1
    // Times at or after the boundary go to the far tier; so do times outside the range (the
    // boundary never exceeds it), which the far tier rejects.
    if UInt64(bitPattern: time.ticks) >= UInt64(bitPattern: storage.buckets.boundary) {
      storage.buckets.file(key, at: time)
    } else if storage.rootVacant {
      // Fused pop + push ("replace top"): the new key fills the root a pop left vacant.
      storage.rootVacant = false
      _KeyHeap.siftDownTopDown(placing: key, at: 0, in: storage.keys, count: storage.count)
    } else {
      _KeyHeap.siftUp(key, from: storage.count, in: storage.keys)
      storage.count &+= 1
      if storage.count > storage.heapLimit { _retier() }
    }
    _checkInvariantsAfterMutation()
  }

  /// Re-estimates the far tier's buckets when the near heap has outgrown them (see
  /// `_Storage.retier(sequence:)`).
  @inlinable @inline(never)
  mutating func _retier() {
    _storage.retier(sequence: _nextSequence)
  }

  /// ``schedule(_:at:priority:)`` when every payload slot is taken and the slot limit is
  /// reached: grows the buffers or turns the far tier on (which may lower the boundary), then
  /// schedules afresh.
  @inlinable @inline(never)
  mutating func _scheduleAfterMakingRoom(_ event: Event, at time: SimTime, priority: EventPriority) {
    _storage.makeRoom(sequence: _nextSequence)
    schedule(event, at: time, priority: priority)
  }

  /// Removes and returns the earliest event, or `nil` if the calendar is empty.
  ///
  /// The earliest event is the heap's top or the sorted run's head, whichever precedes. A pop
  /// from the run is O(1). A pop from the heap leaves the root vacant; the next
  /// ``schedule(_:at:priority:)`` fills it with one sift-down instead of a sift-down now and a
  /// sift-up then (a handler that pops one event and schedules one pays for one sift). Any
  /// other operation restores the heap first.
  /// - Complexity: O(1) from the run, O(log₄ k) from a heap of k keys; allocation-free. When
  ///   heap and run are both empty, the next time bucket is sorted into the run: O(b) for b
  ///   keys spread over the bucket's time (amortized O(1) per event), O(b log b) at worst.
  @inlinable
  public mutating func popNext() -> (time: SimTime, event: Event)? {
    popNext(before: .distantFuture)
  }

  /// Removes and returns the earliest event if its time is before `limit`; otherwise leaves
  /// the calendar's contents unchanged and returns `nil`. The simulation loop's single entry
  /// point.
  /// - Complexity: as ``popNext()``.
  @inlinable @inline(__always)
  public mutating func popNext(before limit: SimTime) -> (time: SimTime, event: Event)? {
    var sorted = false
    return _popNext(before: limit, sortedBatch: &sorted)
  }

  /// ``popNext(before:)`` that also sets `sortedBatch` when it sorted the next time bucket
  /// into the run, so that the simulation loop can show the batch to its model
  /// (``_upcomingBatch``, ``SimulationModel/prefetch(upcoming:)``).
  @inlinable @inline(__always)
  mutating func _popNext(before limit: SimTime, sortedBatch: inout Bool) -> (time: SimTime, event: Event)? {
    _makeUnique()
    let storage = _storage
    _fillVacantRoot(storage)
    let fromRun: Bool
    if storage.buckets.runRemaining == 0 {
      // No run (always so below the tiering threshold): the heap's top, unless the heap is
      // empty too and the next time bucket must be sorted into the run.
      if storage.count == 0 {
        guard _refillRun() else { return nil }
        sortedBatch = true
        fromRun = true
      } else {
        fromRun = false
      }
    } else {
      fromRun = storage.count == 0 || storage.buckets.runNext.unsafelyUnwrapped.pointee.precedes(storage.keys[0])
    }
    let first: _Key
    let event: Event
    if fromRun {
      first = storage.buckets.runNext.unsafelyUnwrapped.pointee
      guard first.time < limit.ticks else { return nil }
      storage.buckets.runNext = storage.buckets.runNext.unsafelyUnwrapped + 1
      storage.buckets.runRemaining &-= 1
      // The run's copy of the payload, read in order, rather than the slot's.
      let gathered = storage.runPayloadNext.unsafelyUnwrapped
      event = gathered.move()
      storage.runPayloadNext = gathered + 1
    } else {
      first = storage.keys[0]
      guard first.time < limit.ticks else { return nil }
      event = storage.payloads[first.slot]
      storage.rootVacant = true
    }
    storage.freeSlots[storage.freeCount] = UInt32(truncatingIfNeeded: first.slot)
    storage.freeCount &+= 1
    _checkInvariantsAfterMutation()
    return (SimTime(ticks: first.time), event)
  }

  /// Sorts the next time bucket into the run (heap and run both empty) and gathers its
  /// payloads; `false` if no bucket holds events.
  @inlinable @inline(never)
  mutating func _refillRun() -> Bool {
    let storage = _storage
    guard storage.buckets.refillRun(sequence: _nextSequence) else { return false }
    storage.gatherRunPayloads()
    return true
  }

  /// The payloads of the run's pending events, in the order they will pop (events scheduled
  /// later may pop between them); valid until the calendar next changes. Empty when there is
  /// no run (below the tiering threshold). O(1).
  @inlinable
  var _upcomingBatch: UnsafeBufferPointer<Event> {
    UnsafeBufferPointer(start: _storage.runPayloadNext, count: _storage.buckets.runRemaining)
  }

  /// Restores a full heap by moving the last key into a vacant root.
  @inlinable @inline(__always)
  func _fillVacantRoot(_ storage: _Storage) {
    guard storage.rootVacant else { return }
    storage.rootVacant = false
    storage.count &-= 1
    if storage.count > 0 {
      _KeyHeap.siftDown(placing: storage.keys[storage.count], in: storage.keys, count: storage.count)
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
    for index in 0..<storage.buckets.runRemaining {
      storage.freeSlots[storage.freeCount] = UInt32(
        truncatingIfNeeded: storage.buckets.runNext.unsafelyUnwrapped[index].slot)
      storage.freeCount += 1
    }
    storage.buckets.forEachKey { key in
      storage.freeSlots[storage.freeCount] = UInt32(truncatingIfNeeded: key.slot)
      storage.freeCount += 1
    }
    storage.discardRunPayloads()
    storage.buckets.removeAllKeys()
    _checkInvariantsAfterMutation()
  }
}

/// A calendar is a copy-on-write value like `Array`: every mutation first makes its storage
/// unique (`_makeUnique()` in `schedule`, `popNext` and `removeAll`) and reads never write, so
/// a calendar of `Sendable` events may cross threads. `@unchecked` only because the storage
/// class holds raw pointers, which the compiler cannot check.
extension EventCalendar: @unchecked Sendable where Event: Sendable {}
