/// A growable, unordered buffer of event keys in two parts: the far tier's overflow (keys
/// beyond the current epoch), the *near* keys `0 ..< nearCount` first, then the *far* keys
/// `nearCount ..< count` (see ``_TimeBuckets``).
///
/// A plain struct over a raw allocation, so appending needs no copy-on-write check; the
/// owner (``_TimeBuckets``) copies and frees it explicitly. Emptying keeps the allocation, so
/// it allocates only when the overflow reaches a new peak. One allocation for both parts
/// keeps the memory at that of the keys held, not the sum of each part's peak.
@usableFromInline
struct _KeyBuffer {
  @usableFromInline var keys: UnsafeMutablePointer<_EventKey>?
  @usableFromInline var count = 0
  /// Keys `0 ..< nearCount` are near, the rest far.
  @usableFromInline var nearCount = 0
  @usableFromInline var capacity = 0

  @usableFromInline init() {}

  /// Appends `key` to the far keys. Amortized O(1); allocates only when the buffer is full
  /// (doubling).
  @usableFromInline
  mutating func append(_ key: _EventKey) {
    if count == capacity { grow() }
    keys.unsafelyUnwrapped[count] = key
    count &+= 1
  }

  /// Adds `key` to the near keys (the first far key moves to the end). Amortized O(1).
  @usableFromInline
  mutating func appendNear(_ key: _EventKey) {
    if count == capacity { grow() }
    let keys = self.keys.unsafelyUnwrapped
    keys[count] = keys[nearCount]
    keys[nearCount] = key
    nearCount &+= 1
    count &+= 1
  }

  /// Removes the near keys `kept ..< nearCount` (already copied elsewhere) by moving far keys
  /// from the end into the gap; the near keys become `0 ..< kept`. O(nearCount − kept).
  @usableFromInline
  mutating func dropNear(after kept: Int) {
    let gap = nearCount &- kept
    let moved = Swift.min(gap, count &- nearCount)
    if moved > 0 {
      let keys = self.keys.unsafelyUnwrapped
      (keys + kept).update(from: keys + (count &- moved), count: moved)
    }
    count &-= gap
    nearCount = kept
  }

  /// The earliest time among `keys[range]` (`Int64.max` if empty). O(range).
  @usableFromInline
  func earliestTime(in range: Range<Int>) -> Int64 {
    var earliest = Int64.max
    for index in range { earliest = Swift.min(earliest, keys.unsafelyUnwrapped[index].time) }
    return earliest
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
    clone.nearCount = nearCount
    clone.capacity = count
    return clone
  }

  /// Frees the memory; the buffer must not be used afterwards.
  @usableFromInline
  func deallocate() { keys?.deallocate() }
}
