/// Sorting one time bucket's keys, straight from their chunks, into the calendar's run: a
/// counting pass spreads the keys over 2^g equal time slices of the bucket (a key's slice is
/// a few bits of its time), then insertion sort puts each slice in the total order.
///
/// With about as many slices as keys, a slice holds one or two keys and the insertion sort
/// does little beyond one comparison per key: O(n + 2^g) for n keys whose times spread over
/// the bucket. Keys bunched into few slices (many events at the same time) would make the
/// insertion sort quadratic, so once it has moved keys ``insertionMovesPerKey`` times per key
/// the run is merge-sorted instead (``_KeySort``), and the worst case stays O(n log n).
/// Allocation-free: the caller owns the run, the slice counters and the merge sort's scratch
/// space.
@usableFromInline
enum _BucketSort {
  /// Key moves per key that the insertion sort may make before the merge sort takes over.
  @usableFromInline static var insertionMovesPerKey: Int { 4 }

  /// log₂ of the number of slices for `count` keys in a bucket 2^`shift` ticks wide:
  /// ⌈log₂ count⌉, at most `shift` (a slice is at least one tick).
  @usableFromInline
  static func sliceBits(count: Int, shift: Int) -> Int {
    Swift.min(shift, Int.bitWidth &- (count &- 1).leadingZeroBitCount)
  }

  /// Counters needed for `count` keys: one per slice, plus one.
  @usableFromInline
  static func counterCapacity(count: Int) -> Int { 2 &* count &+ 1 }

  /// Writes the keys of `list`, a bucket 2^`shift` ticks wide, to `run[0 ..< list.count]`
  /// in ascending ``_EventKey/precedes(_:)`` order. O(n + 2^g) for keys spread over the
  /// bucket, O(n log n) at worst.
  /// - Parameters:
  ///   - counters: room for ``counterCapacity(count:)`` of `list.count`.
  ///   - scratch: room for `list.count` keys.
  @usableFromInline
  static func sort(
    _ list: _KeyChunks.List, of chunks: _KeyChunks, shift: Int, into run: UnsafeMutablePointer<_EventKey>,
    counters: UnsafeMutablePointer<Int>, scratch: UnsafeMutablePointer<_EventKey>
  ) {
    let count = list.count
    guard count > 1 else {
      if count == 1 { run[0] = chunks.keys.unsafelyUnwrapped[Int(list.head) &* _KeyChunks.chunkSize] }
      return
    }
    let bits = sliceBits(count: count, shift: shift)
    let slices = 1 &<< bits
    // A key's slice: bits shift − 1 … shift − g of its time, which are bits
    // 24 + shift − 1 … 24 + shift − g of the key's high word.
    let slicePosition = UInt64(truncatingIfNeeded: 24 &+ shift &- bits)
    let sliceMask = UInt64(truncatingIfNeeded: slices &- 1)
    let pool = chunks.keys.unsafelyUnwrapped
    let links = chunks.next.unsafelyUnwrapped

    // Counting pass: counters[s + 1] = keys in slice s.
    counters.initialize(repeating: 0, count: slices &+ 1)
    var chunk = Int(list.head)
    var remaining = count
    while true {
      let keys = pool + chunk &* _KeyChunks.chunkSize
      let n = Swift.min(_KeyChunks.chunkSize, remaining)
      var i = 0
      while i < n {
        counters[Int(truncatingIfNeeded: (keys[i].high &>> slicePosition) & sliceMask) &+ 1] &+= 1
        i &+= 1
      }
      remaining &-= n
      if remaining == 0 { break }
      chunk = Int(links[chunk])
    }
    // counters[s] = first position of slice s.
    var start = 0
    var s = 0
    while s < slices {
      start &+= counters[s &+ 1]
      counters[s &+ 1] = start
      s &+= 1
    }
    // Distribution pass, in list order.
    chunk = Int(list.head)
    remaining = count
    while true {
      let keys = pool + chunk &* _KeyChunks.chunkSize
      let n = Swift.min(_KeyChunks.chunkSize, remaining)
      var i = 0
      while i < n {
        let key = keys[i]
        let slice = Int(truncatingIfNeeded: (key.high &>> slicePosition) & sliceMask)
        run[counters[slice]] = key
        counters[slice] &+= 1
        i &+= 1
      }
      remaining &-= n
      if remaining == 0 { break }
      chunk = Int(links[chunk])
    }
    // Every key of an earlier slice precedes every key of a later one (its time is smaller),
    // so insertion sort over the whole run only moves keys within slices. If that takes more
    // than a few moves per key, the slices are crowded: merge-sort the run instead.
    var budget = insertionMovesPerKey &* count
    var i = 1
    while i < count {
      let key = run[i]
      if key.precedes(run[i &- 1]) {
        var j = i
        repeat {
          run[j] = run[j &- 1]
          j &-= 1
          budget &-= 1
        } while j > 0 && key.precedes(run[j &- 1])
        run[j] = key
        if budget < 0 {
          _KeySort.sort(run, count: count, scratch: scratch)
          return
        }
      }
      i &+= 1
    }
  }
}
