extension EventCalendar {
  /// The calendar's memory: three raw buffers owned by one object, so an operation costs one
  /// uniqueness check (copy-on-write) instead of one per array touched, and no bounds checks.
  ///
  /// - `keys`: the 4-ary heap. Allocated 64-byte aligned with the root at element 3 of the
  ///   allocation, so every family of four children (indices 4i+1 … 4i+4) fills exactly one
  ///   64-byte cache line (LaMarca & Ladner's aligned d-heap).
  /// - `payloads`: event payloads by slot. Slots `0 ..< initializedSlots` are initialized; a
  ///   slot not referenced by a key is free and keeps its stale value until reused.
  /// - `freeSlots`: a stack of free slot numbers, reused last-in first-out (cache-warm).
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
    @usableFromInline @exclusivity(unchecked) var count = 0
    @usableFromInline @exclusivity(unchecked) var freeCount = 0
    @usableFromInline @exclusivity(unchecked) var initializedSlots = 0
    @usableFromInline @exclusivity(unchecked) var capacity: Int
    /// Whether `keys[0]` is a hole left by a pop (see `EventCalendar.popNext(before:)`); the
    /// keys below it still form heaps, and `count` still counts the hole.
    @usableFromInline @exclusivity(unchecked) var rootVacant = false

    @usableFromInline static var rootOffset: Int { 3 }

    @usableFromInline
    init(capacity requested: Int) {
      capacity = Swift.max(requested, 4)
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
    }

    /// A deep copy (copy-on-write after a calendar value was copied). O(n).
    @usableFromInline
    func copy() -> _Storage {
      let clone = _Storage(capacity: capacity)
      clone.keys.initialize(from: keys, count: count)
      clone.payloads.initialize(from: payloads, count: initializedSlots)
      clone.freeSlots.initialize(from: freeSlots, count: freeCount)
      clone.count = count
      clone.freeCount = freeCount
      clone.initializedSlots = initializedSlots
      clone.rootVacant = rootVacant
      return clone
    }

    /// Doubles every buffer. Amortized O(1) per insertion; the only allocation after warm-up.
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
