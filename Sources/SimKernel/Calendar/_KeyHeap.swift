/// The event calendar's 4-ary min-heap of ``_EventKey``s over a raw buffer: hole-based
/// sifting (swift-collections `Heap` style), no bounds checks. The children of index i are
/// 4i+1 … 4i+4; the caller owns the buffer and the count.
@usableFromInline
enum _KeyHeap {
  @usableFromInline static var arity: Int { 4 }

  /// Places `moving` into the hole at index `start`, climbing while it precedes its parent.
  /// O(log₄ n).
  @inlinable @inline(__always)
  static func siftUp(_ moving: _EventKey, from start: Int, in keys: UnsafeMutablePointer<_EventKey>) {
    var hole = start
    while hole > 0 {
      let parent = (hole &- 1) &>> 2  // (hole − 1) / arity for arity 4; hole > 0, so no sign issue
      guard moving.precedes(keys[parent]) else { break }
      keys[hole] = keys[parent]
      hole = parent
    }
    keys[hole] = moving
  }

  /// Places `moving` into the hole at index `start`, top-down: descends only while a child
  /// precedes it. O(log₄ n).
  ///
  /// The calendar fills a root vacated by a pop with a newly scheduled key this way: new
  /// events are often due soon (the next arrival, a short service), so they tend to stop high
  /// in the heap, where the bottom-up variant would go to a leaf and back.
  @inlinable @inline(__always)
  static func siftDownTopDown(
    placing moving: _EventKey, at start: Int, in buffer: UnsafeMutablePointer<_EventKey>, count: Int
  ) {
    var hole = start
    while true {
      let best = smallestChild(of: hole, in: buffer, count: count)
      if best < 0 || !buffer[best].precedes(moving) { break }
      buffer[hole] = buffer[best]
      hole = best
    }
    buffer[hole] = moving
  }

  /// Index of the earliest child of `parent`, or −1 if it has none. O(1).
  @inlinable @inline(__always)
  static func smallestChild(of parent: Int, in buffer: UnsafeMutablePointer<_EventKey>, count: Int) -> Int {
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

  /// Fills the vacated root with `moving` (the former last key). O(log₄ n).
  ///
  /// Bottom-up (Floyd's) variant: the hole first descends along the smallest children all the
  /// way to a leaf, without comparing against `moving`, then `moving` climbs back up from
  /// there. The former last key almost always belongs near the bottom, so this saves one
  /// comparison per level over the textbook sift-down.
  @inlinable @inline(__always)
  static func siftDown(placing moving: _EventKey, in buffer: UnsafeMutablePointer<_EventKey>, count: Int) {
    var hole = 0
    while true {
      let best = smallestChild(of: hole, in: buffer, count: count)
      if best < 0 { break }
      buffer[hole] = buffer[best]
      hole = best
    }
    siftUp(moving, from: hole, in: buffer)
  }

  /// Arranges `buffer[0 ..< count]` into a heap (Floyd's bottom-up construction). O(n).
  @usableFromInline
  static func heapify(_ buffer: UnsafeMutablePointer<_EventKey>, count: Int) {
    guard count > 1 else { return }
    var parent = (count &- 2) / arity
    while parent >= 0 {
      siftDownTopDown(placing: buffer[parent], at: parent, in: buffer, count: count)
      parent &-= 1
    }
  }
}
