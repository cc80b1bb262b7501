extension EventCalendar {
  /// The calendar's memory: three raw buffers and the far tier owned by one object, so an
  /// operation costs one uniqueness check (copy-on-write) instead of one per array touched,
  /// and no bounds checks.
  ///
  /// - `keys`: the near 4-ary heap (every pending key before `buckets.boundary`). Allocated
  ///   64-byte aligned with the root at element 3 of the allocation, so every family of four
  ///   children (indices 4i+1 … 4i+4) fills exactly one 64-byte cache line (LaMarca &
  ///   Ladner's aligned d-heap).
  /// - `payloads`: event payloads by slot. Slots `0 ..< initializedSlots` are initialized; a
  ///   slot not referenced by a key is free and keeps its stale value until reused.
  /// - `freeSlots`: a stack of free slot numbers, reused last-in first-out (cache-warm).
  /// - `runPayloads`: copies of the payloads of the far tier's run, gathered in run order when
  ///   a bucket is sorted into the run (`gatherRunPayloads()`). The gather's reads do not
  ///   depend on each other, so their cache misses overlap; a pop from the run then reads the
  ///   next copy in sequence (`runPayloadNext`) instead of a slot written long ago, on which
  ///   the model's dispatch would wait. The copies of pending run keys are initialized (a pop
  ///   moves its copy out); the slots keep their payloads, so nothing else changes.
  /// - `buckets`: the far tier (``_TimeBuckets``), active once the pending count first reaches
  ///   `tieringThreshold`.
  ///
  /// Properties are `@exclusivity(unchecked)`: the object is private to one calendar value,
  /// reached only through that value's methods (copy-on-write guarantees it is unshared
  /// when mutated), so the dynamic exclusivity checks Swift would otherwise run on every
  /// class property access (about 45 % of all instructions in `twin-bench mmc`) prove nothing.
  @usableFromInline
  final class _Storage {
    @usableFromInline @exclusivity(unchecked) var keys: UnsafeMutablePointer<_Key>
    @usableFromInline @exclusivity(unchecked) var payloads: UnsafeMutablePointer<Event>
    @usableFromInline @exclusivity(unchecked) var freeSlots: UnsafeMutablePointer<UInt32>
    @usableFromInline @exclusivity(unchecked) var runPayloads: UnsafeMutablePointer<Event>?
    @usableFromInline @exclusivity(unchecked) var runPayloadNext: UnsafeMutablePointer<Event>?
    @usableFromInline @exclusivity(unchecked) var runPayloadCapacity = 0
    @usableFromInline @exclusivity(unchecked) var count = 0
    @usableFromInline @exclusivity(unchecked) var freeCount = 0
    @usableFromInline @exclusivity(unchecked) var initializedSlots = 0
    @usableFromInline @exclusivity(unchecked) var capacity: Int
    /// Whether `keys[0]` is a hole left by a pop (see `EventCalendar.popNext(before:)`); the
    /// keys below it still form heaps, and `count` still counts the hole.
    @usableFromInline @exclusivity(unchecked) var rootVacant = false
    /// Pending keys at or after `buckets.boundary`.
    @usableFromInline @exclusivity(unchecked) var buckets = _TimeBuckets()
    /// Pending events from which the far tier is used.
    @usableFromInline let tieringThreshold: Int
    /// `initializedSlots` at which a new slot needs `makeRoom(sequence:)`: the capacity, or the tiering
    /// threshold while the far tier is inactive.
    @usableFromInline @exclusivity(unchecked) var slotLimit: Int
    /// Heap size past which the far tier's buckets are too wide and `retier(sequence:)`
    /// re-estimates them: the tiering threshold, or twice the heap a re-tiering left.
    @usableFromInline @exclusivity(unchecked) var heapLimit: Int

    @usableFromInline static var rootOffset: Int { 3 }

    @usableFromInline
    init(capacity requested: Int, tieringThreshold: Int) {
      capacity = Swift.max(requested, 4)
      self.tieringThreshold = tieringThreshold
      slotLimit = Swift.min(capacity, tieringThreshold, Int(UInt32.max))
      heapLimit = tieringThreshold
      keys = Self.allocateKeys(capacity)
      payloads = .allocate(capacity: capacity)
      freeSlots = .allocate(capacity: capacity)
    }

    @usableFromInline
    static func allocateKeys(_ capacity: Int) -> UnsafeMutablePointer<_Key> {
      let raw = UnsafeMutableRawPointer.allocate(
        byteCount: (capacity + rootOffset) * MemoryLayout<_Key>.stride, alignment: 64)
      return raw.bindMemory(to: _Key.self, capacity: capacity + rootOffset) + rootOffset
    }

    deinit {
      (keys - Self.rootOffset).deallocate()
      payloads.deinitialize(count: initializedSlots)
      payloads.deallocate()
      freeSlots.deallocate()
      discardRunPayloads()
      runPayloads?.deallocate()
      buckets.deallocate()
    }

    /// Copies the payloads of the run just sorted (`buckets.runRemaining` keys from
    /// `buckets.run`) into `runPayloads`, in run order; the previous run must be used up.
    /// O(run); allocates only when the run is larger than any before.
    @inlinable
    func gatherRunPayloads() {
      let count = buckets.runRemaining
      if count > runPayloadCapacity {
        runPayloads?.deallocate()
        runPayloadCapacity = buckets.runCapacity
        runPayloads = .allocate(capacity: runPayloadCapacity)
      }
      let run = buckets.run.unsafelyUnwrapped
      let gathered = runPayloads.unsafelyUnwrapped
      for index in 0..<count {
        (gathered + index).initialize(to: payloads[run[index].slot])
      }
      runPayloadNext = gathered
    }

    /// Deinitializes the copies of the run's pending payloads, before the run's keys are
    /// dropped or handed back to the heap. O(run).
    @usableFromInline
    func discardRunPayloads() {
      guard buckets.runRemaining > 0 else { return }
      runPayloadNext.unsafelyUnwrapped.deinitialize(count: buckets.runRemaining)
    }

    /// A deep copy (copy-on-write after a calendar value was copied). O(n).
    @usableFromInline
    func copy() -> _Storage {
      let clone = _Storage(capacity: capacity, tieringThreshold: tieringThreshold)
      clone.keys.initialize(from: keys, count: count)
      clone.payloads.initialize(from: payloads, count: initializedSlots)
      clone.freeSlots.initialize(from: freeSlots, count: freeCount)
      clone.count = count
      clone.freeCount = freeCount
      clone.initializedSlots = initializedSlots
      clone.rootVacant = rootVacant
      clone.buckets = buckets.copy()
      if buckets.runRemaining > 0 {
        // Pops read only from `runPayloadNext` on, so the clone's copies start its buffer.
        clone.runPayloadCapacity = buckets.runCapacity
        clone.runPayloads = .allocate(capacity: buckets.runCapacity)
        clone.runPayloads.unsafelyUnwrapped.initialize(
          from: runPayloadNext.unsafelyUnwrapped, count: buckets.runRemaining)
        clone.runPayloadNext = clone.runPayloads
      }
      clone.slotLimit = slotLimit
      clone.heapLimit = heapLimit
      return clone
    }

    /// Called when a new payload slot is needed and `initializedSlots == slotLimit`: turns the
    /// far tier on at the tiering threshold, and grows the buffers when they are full.
    /// Amortized O(1) per insertion.
    /// - Parameter sequence: the calendar's next sequence number.
    @usableFromInline
    func makeRoom(sequence: UInt64) {
      precondition(initializedSlots < Int(UInt32.max), "more than 2^32 pending events")
      if !buckets.isActive && initializedSlots >= tieringThreshold {
        if rootVacant {
          rootVacant = false
          count -= 1
          if count > 0 { _KeyHeap.siftDown(placing: keys[count], in: keys, count: count) }
        }
        count = buckets.activate(heap: keys, count: count, sequence: sequence)
      }
      if initializedSlots == capacity { grow() }
      slotLimit = Swift.min(buckets.isActive ? capacity : Swift.min(capacity, tieringThreshold), Int(UInt32.max))
    }

    /// Called when the near heap grows past `heapLimit` with the far tier active: the buckets
    /// are far too wide for the event rate (say, the tier was activated while only far-future
    /// events were pending, so its first width spans days), and the calendar has become one
    /// big heap. Every key goes back into the heap and the tier is activated afresh, with a
    /// width estimated from the keys now pending. O(n log n), and rare: the limit doubles
    /// whenever a re-tiering leaves a large heap (a burst of events at one time).
    /// - Parameter sequence: the calendar's next sequence number.
    @usableFromInline
    func retier(sequence: UInt64) {
      if rootVacant {
        rootVacant = false
        count -= 1
        if count > 0 { _KeyHeap.siftDown(placing: keys[count], in: keys, count: count) }
      }
      discardRunPayloads()
      count = buckets.deactivate(movingKeysTo: keys, after: count)
      count = buckets.activate(heap: keys, count: count, sequence: sequence)
      heapLimit = Swift.max(tieringThreshold, 2 * count)
    }

    /// Doubles every buffer. Amortized O(1) per insertion; the only allocation after warm-up
    /// besides the far tier's buckets.
    @usableFromInline
    func grow() {
      let newCapacity = capacity * 2
      let newKeys = Self.allocateKeys(newCapacity)
      newKeys.moveInitialize(from: keys, count: count)
      (keys - Self.rootOffset).deallocate()
      keys = newKeys
      let newPayloads = UnsafeMutablePointer<Event>.allocate(capacity: newCapacity)
      newPayloads.moveInitialize(from: payloads, count: initializedSlots)
      payloads.deallocate()
      payloads = newPayloads
      let newFree = UnsafeMutablePointer<UInt32>.allocate(capacity: newCapacity)
      newFree.moveInitialize(from: freeSlots, count: freeCount)
      freeSlots.deallocate()
      freeSlots = newFree
      capacity = newCapacity
    }
  }
}
