/// A growable, unordered buffer of event keys: one level of the far tier's overflow (keys
/// beyond the current epoch; see ``_TimeBuckets``).
///
/// A plain struct over a raw allocation, so appending needs no copy-on-write check; the
/// owner (``_TimeBuckets``) copies and frees it explicitly. Emptying keeps the allocation, so
/// it allocates only when the level reaches a new peak. It keeps its earliest time up to
/// date, so that a new epoch need not scan a level to find where it starts.
@usableFromInline
struct _KeyBuffer {
  @usableFromInline var keys: UnsafeMutablePointer<_EventKey>?
  @usableFromInline var count = 0
  @usableFromInline var capacity = 0
  /// The earliest time held [ticks] (`Int64.max` when empty): lowered by each append, set
  /// afresh by whoever removes keys (``_TimeBuckets/passOver(level:)``).
  @usableFromInline var earliest = Int64.max

  @usableFromInline init() {}

  /// Appends `key`. Amortized O(1); allocates only when the buffer is full (doubling).
  @usableFromInline
  mutating func append(_ key: _EventKey) {
    if count == capacity { grow() }
    keys.unsafelyUnwrapped[count] = key
    count &+= 1
    earliest = Swift.min(earliest, key.time)
  }

  /// Drops every key, keeping the memory. O(1).
  @usableFromInline
  mutating func removeAll() {
    count = 0
    earliest = Int64.max
  }

  /// Doubles the capacity (at least 16 keys).
  @usableFromInline
  mutating func grow() {
    let newCapacity = Swift.max(16, capacity * 2)
    let newKeys = UnsafeMutablePointer<_EventKey>.allocate(capacity: newCapacity)
    if let keys {
      newKeys.moveInitialize(from: keys, count: count)
      keys.deallocate()
    }
    keys = newKeys
    capacity = newCapacity
  }

  /// An independent copy with the same keys. O(n).
  @usableFromInline
  func copy() -> _KeyBuffer {
    var clone = _KeyBuffer()
    guard let keys, count > 0 else { return clone }
    clone.keys = .allocate(capacity: count)
    clone.keys.unsafelyUnwrapped.initialize(from: keys, count: count)
    clone.count = count
    clone.earliest = earliest
    clone.capacity = count
    return clone
  }

  /// Frees the memory; the buffer must not be used afterwards.
  @usableFromInline
  func deallocate() { keys?.deallocate() }
}
