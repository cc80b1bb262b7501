/// The event calendar's far tier: pending keys at or after `boundary`, filed by time into
/// buckets of 2^`shift` ticks, each sorted into the run when it comes due.
///
/// **Order.** The near tier, the calendar's heap plus this tier's *run*, holds every pending
/// key with time < `boundary`; the buckets hold every key with time ≥ `boundary`. The run is
/// the bucket being consumed, sorted by the full (time, priority, sequence) key and popped
/// from its front in O(1); events scheduled into the current bucket's time go to the heap.
/// So the earlier of the heap's top and the run's head is the calendar's minimum. When both
/// are empty, the next non-empty bucket is sorted into the run and `boundary` advances to
/// that bucket's end. The calendar's total order is exactly that of a single heap.
///
/// **Layout.** A ring of ``ringSize`` buckets covers the bucket numbers (time >> shift)
/// `epochStart ..< epochStart + epochBuckets`, an *epoch*; `cursor` is the next bucket to move
/// and `boundary == cursor << shift`. A bucket is a list of key chunks from one pool
/// (``_KeyChunks``), so memory follows the far keys held. Later keys wait unsorted in
/// `overflow`: its near part, and its far part for keys at or after `farStart`, about
/// ``farEpochs`` epochs ahead. When the ring is used up, a new epoch starts at the earliest
/// overflow key (skipping empty time) and one pass over the near part moves the keys that fall
/// into the epoch into the ring. Only when an epoch reaches `farStart` (about once every
/// ``farEpochs`` epochs) does a pass go over the far part too (staff resignations months
/// ahead, say), instead of at every epoch.
///
/// **Width.** At activation the width is the spread of the ``targetPerBucket`` earliest
/// pending times, a guess, so the first epoch is short (``firstEpochBuckets``); at each new
/// epoch the width is re-estimated from the events scheduled per tick in the epoch that
/// ended, so that about ``targetPerBucket`` events come due per bucket. The near tier (heap
/// and run) then stays in L1 cache whatever the pending count. If the guess is so wide that
/// the heap outgrows its limit before the first epoch ends (a tier activated while only
/// far-future events were pending, as when a large model schedules its staff's resignations
/// first), the calendar deactivates the tier and activates it afresh
/// (`EventCalendar._Storage.retier(sequence:)`).
///
/// Costs per event: an append to a bucket (amortized O(1)), a share of a bucket's sort
/// (``_BucketSort``: O(k) for k keys spread over the bucket's time, O(k log k) at worst),
/// an O(1) pop from the run, one pass per epoch over the keys more than an epoch ahead but
/// before `farStart`, and one over all overflow keys about every ``farEpochs`` epochs.
///
/// Inactive (`ring == nil`, `boundary` = the calendar's time limit) until the calendar's
/// pending count first reaches its tiering threshold: a small calendar is a plain heap.
@usableFromInline
struct _TimeBuckets {
  /// Buckets in the ring: the buckets of a full epoch.
  @usableFromInline static var ringSize: Int { 1_024 }
  /// Buckets of the first epoch after (re)activation, whose width is only a guess from the
  /// spread of the earliest pending times; it ends soon, so that the next epoch's width
  /// comes from the event rate actually seen.
  @usableFromInline static var firstEpochBuckets: Int { 64 }
  /// Events that should come due per bucket (the run's typical size).
  @usableFromInline static var targetPerBucket: Int { 64 }
  /// Epochs (of the width when it is set) between the end of the current epoch and
  /// `farStart`.
  @usableFromInline static var farEpochs: Int64 { 16 }

  /// Every key here has time ≥ `boundary`; every key in the near heap or the run has time
  /// < `boundary` [ticks].
  @usableFromInline var boundary: Int64 = _EventKey.timeLimit
  /// Keys held, ring and overflow.
  @usableFromInline var count = 0
  /// Bucket width: 2^shift ticks.
  @usableFromInline var shift = 0
  /// The next bucket number to move into the heap.
  @usableFromInline var cursor: Int64 = 0
  /// The bucket number of ring slot 0.
  @usableFromInline var epochStart: Int64 = 0
  /// Buckets in the current epoch: ``firstEpochBuckets`` after activation, then
  /// ``ringSize``.
  @usableFromInline var epochBuckets = Self.firstEpochBuckets
  /// `ringSize` buckets; `nil` while inactive.
  @usableFromInline var ring: UnsafeMutablePointer<_KeyChunks.List>?
  /// The buckets' keys.
  @usableFromInline var chunks = _KeyChunks()
  /// Keys with bucket numbers ≥ epochStart + epochBuckets, unsorted: near part times
  /// < `farStart` ≤ far part times.
  @usableFromInline var overflow = _KeyBuffer()
  /// Where the overflow's far part begins [ticks]: at or after the current epoch's end (or
  /// the calendar's time limit, before the first full epoch).
  @usableFromInline var farStart: Int64 = _EventKey.timeLimit
  /// The calendar's sequence counter and `boundary` when the epoch started (the rate estimate).
  @usableFromInline var epochSequence: UInt64 = 0
  @usableFromInline var epochTime: Int64 = 0
  /// The bucket being consumed, sorted: the `runRemaining` keys from `runNext` on are
  /// pending (`runNext` points into `run`).
  @usableFromInline var run: UnsafeMutablePointer<_EventKey>?
  @usableFromInline var runNext: UnsafeMutablePointer<_EventKey>?
  @usableFromInline var runRemaining = 0
  /// Working space for sorting a bucket (``_BucketSort``); `run` and `scratch` hold
  /// `runCapacity` keys, `counters` the slice counters for that many.
  @usableFromInline var scratch: UnsafeMutablePointer<_EventKey>?
  @usableFromInline var counters: UnsafeMutablePointer<Int>?
  @usableFromInline var runCapacity = 0

  @usableFromInline init() {}

  /// Whether far-future keys are being bucketed.
  @usableFromInline var isActive: Bool { ring != nil }

  /// The largest shift whose bucket width 2^shift is at most `width` ticks (0 for width ≤ 1),
  /// capped at 40 so that bucket arithmetic stays far from overflow.
  @usableFromInline
  static func shift(forWidth width: Int64) -> Int {
    width <= 1 ? 0 : Swift.min(40, 63 &- width.leadingZeroBitCount)
  }

  /// Turns bucketing on: moves every key of the heap `heap[0 ..< heapCount]` at or after the
  /// new boundary into buckets and heapifies the rest. Returns the heap's new count. O(n log n),
  /// once per calendar.
  /// - Parameter sequence: the calendar's next sequence number.
  @usableFromInline
  mutating func activate(heap: UnsafeMutablePointer<_EventKey>, count heapCount: Int, sequence: UInt64) -> Int {
    precondition(!isActive && heapCount > 0, "time buckets activated twice or on an empty heap")
    var times = (0..<heapCount).map { heap[$0].time }
    times.sort()
    shift = Self.shift(forWidth: times[Swift.min(Self.targetPerBucket, heapCount &- 1)] &- times[0])
    let ring = UnsafeMutablePointer<_KeyChunks.List>.allocate(capacity: Self.ringSize)
    ring.initialize(repeating: _KeyChunks.List(), count: Self.ringSize)
    self.ring = ring
    cursor = (times[0] &>> shift) &+ 1
    epochStart = cursor
    epochBuckets = Self.firstEpochBuckets
    setBoundary()
    epochSequence = sequence
    epochTime = boundary
    var kept = 0
    for index in 0..<heapCount {
      let key = heap[index]
      if key.time < boundary {
        heap[kept] = key
        kept &+= 1
      } else {
        insert(key)
      }
    }
    _KeyHeap.heapify(heap, count: kept)
    return kept
  }

  /// Turns bucketing off, appending every key held (the run's, the buckets' and the
  /// overflow's) to `heap` after its first `heapCount` keys; returns the new count. Keeps the
  /// chunk pool, run and scratch space for the next ``activate(heap:count:sequence:)``. O(n).
  /// - Precondition: `heap` has room for every pending key.
  @usableFromInline
  mutating func deactivate(movingKeysTo heap: UnsafeMutablePointer<_EventKey>, after heapCount: Int) -> Int {
    var total = heapCount
    if let runNext {
      (heap + total).update(from: runNext, count: runRemaining)
      total &+= runRemaining
    }
    forEachKey { key in
      heap[total] = key
      total &+= 1
    }
    removeAllKeys()
    ring?.deallocate()
    ring = nil
    boundary = _EventKey.timeLimit
    return total
  }

  /// `boundary = cursor << shift`, capped at the calendar's time limit (so that a key the
  /// calendar must reject never passes the near tier's boundary check).
  @usableFromInline
  mutating func setBoundary() {
    boundary = Swift.min(cursor &<< shift, _EventKey.timeLimit)
  }

  /// Files `key`, scheduled at `time` ≥ `boundary`, into its bucket, or the overflow; the
  /// calendar's out-of-line path for later events. Amortized O(1).
  /// - Precondition: `time` is inside the calendar's range, 0 ..< 2⁴⁰ s.
  ///
  /// The common case, a key for the ring whose bucket's last chunk has room, uses few
  /// registers and no calls; everything else continues in ``fileSlowly(_:at:)``.
  @usableFromInline
  mutating func file(_ key: _EventKey, at time: SimTime) {
    let index = (key.time &>> shift) &- epochStart
    if UInt64(bitPattern: time.ticks) < UInt64(_EventKey.timeLimit) && UInt64(bitPattern: index) < UInt64(epochBuckets)
    {
      let bucket = ring.unsafelyUnwrapped + Int(truncatingIfNeeded: index)
      let offset = bucket.pointee.count & (_KeyChunks.chunkSize &- 1)
      if offset != 0 {
        chunks.keys.unsafelyUnwrapped[Int(bucket.pointee.tail) &* _KeyChunks.chunkSize &+ offset] = key
        bucket.pointee.count &+= 1
        count &+= 1
        return
      }
    }
    fileSlowly(key, at: time)
  }

  /// ``file(_:at:)`` for a time outside the range (a trap), a bucket that needs a new chunk,
  /// or the overflow.
  @inline(never)
  mutating func fileSlowly(_ key: _EventKey, at time: SimTime) {
    if UInt64(bitPattern: time.ticks) >= UInt64(_EventKey.timeLimit) { _timeOutsideCalendar(time) }
    insert(key)
  }

  /// Files `key` (time ≥ `boundary`) into its bucket, or the overflow. Amortized O(1).
  @inline(__always)
  mutating func insert(_ key: _EventKey) {
    let index = (key.time &>> shift) &- epochStart
    if index < Int64(epochBuckets) {
      chunks.append(key, to: &ring.unsafelyUnwrapped[Int(truncatingIfNeeded: index)])
    } else if key.time < farStart {
      overflow.appendNear(key)
    } else {
      overflow.append(key)
    }
    count &+= 1
  }

  /// Sorts the earliest non-empty bucket into the run, which must be used up; `false` if no
  /// bucket holds keys. O(k) for a bucket of k keys (O(k log k) at worst), plus an
  /// O(overflow) pass when an epoch ends; allocates only when a bucket is larger than any
  /// before.
  /// - Parameter sequence: the calendar's next sequence number (for the next epoch's width).
  @usableFromInline
  mutating func refillRun(sequence: UInt64) -> Bool {
    guard count > 0 else { return false }
    let ring = self.ring.unsafelyUnwrapped
    while true {
      let end = epochStart &+ Int64(epochBuckets)
      while cursor < end {
        let index = Int(truncatingIfNeeded: cursor &- epochStart)
        cursor &+= 1
        let moved = ring[index].count
        guard moved > 0 else { continue }
        if moved > runCapacity { growRun(to: moved) }
        let run = self.run.unsafelyUnwrapped
        _BucketSort.sort(
          ring[index], of: chunks, shift: shift, into: run, counters: counters.unsafelyUnwrapped,
          scratch: scratch.unsafelyUnwrapped)
        chunks.removeAll(&ring[index])
        count &-= moved
        setBoundary()
        runNext = run
        runRemaining = moved
        return true
      }
      startEpoch(sequence: sequence)
    }
  }

  /// Reallocates the (used-up) run and its scratch space for at least `needed` keys.
  @usableFromInline
  mutating func growRun(to needed: Int) {
    run?.deallocate()
    scratch?.deallocate()
    counters?.deallocate()
    runCapacity = Swift.max(needed, 2 &* runCapacity, 64)
    run = .allocate(capacity: runCapacity)
    scratch = .allocate(capacity: runCapacity)
    counters = .allocate(capacity: _BucketSort.counterCapacity(count: runCapacity))
  }

  /// Starts a new epoch at the earliest overflow key, with a re-estimated width, and moves
  /// the overflow keys that fall into it into the ring. The ring must be empty and the
  /// overflow not. O(near part); O(overflow) when the epoch reaches `farStart` or the far
  /// part is empty: then `farStart` moves to ``farEpochs`` epochs past the new epoch's end.
  @usableFromInline
  mutating func startEpoch(sequence: UInt64) {
    let elapsed = boundary &- epochTime
    let scheduled = sequence &- epochSequence
    if elapsed > 0 && scheduled > 0 {
      let width = Double(elapsed) * Double(Self.targetPerBucket) / Double(scheduled)
      shift = Self.shift(forWidth: Int64(Swift.min(width, 0x1p40)))
    }
    // Every near key precedes every far key.
    let near = overflow.nearCount
    epochStart = overflow.earliestTime(in: 0..<(near > 0 ? near : overflow.count)) &>> shift
    cursor = epochStart
    epochBuckets = Self.ringSize
    setBoundary()
    epochSequence = sequence
    epochTime = boundary
    let epochEnd = (epochStart &+ Int64(Self.ringSize)) &<< shift
    if epochEnd > farStart || near == overflow.count {
      farStart = Swift.min(epochEnd &+ Self.farEpochs &* (Int64(Self.ringSize) &<< shift), _EventKey.timeLimit)
      let kept = moveEpochKeysToRing(from: 0..<overflow.count)
      overflow.count = kept
      splitOverflow()
    } else {
      let kept = moveEpochKeysToRing(from: 0..<near)
      overflow.dropNear(after: kept)
    }
  }

  /// Moves the overflow keys in `range` that fall into the current epoch into their ring
  /// buckets and compacts the others from `range`'s start; returns where they end. O(range).
  @inline(__always)
  mutating func moveEpochKeysToRing(from range: Range<Int>) -> Int {
    guard let keys = overflow.keys else { return range.lowerBound }
    let ring = self.ring.unsafelyUnwrapped
    var kept = range.lowerBound
    for index in range {
      let key = keys[index]
      let bucket = (key.time &>> shift) &- epochStart
      if bucket < Int64(epochBuckets) {
        chunks.append(key, to: &ring[Int(truncatingIfNeeded: bucket)])
      } else {
        keys[kept] = key
        kept &+= 1
      }
    }
    return kept
  }

  /// Reorders the overflow into its near part (times < `farStart`) and far part, in place.
  /// O(overflow).
  mutating func splitOverflow() {
    guard let keys = overflow.keys else { return }
    var low = 0
    var high = overflow.count
    while true {
      while low < high && keys[low].time < farStart { low &+= 1 }
      while low < high && keys[high &- 1].time >= farStart { high &-= 1 }
      guard low < high else { break }
      let far = keys[low]
      keys[low] = keys[high &- 1]
      keys[high &- 1] = far
    }
    overflow.nearCount = low
  }

  /// The earliest time in the tier, or `nil` if it is empty. O(bucket size), or O(overflow)
  /// at the end of an epoch.
  @usableFromInline
  func earliestTime() -> Int64? {
    guard count > 0 else { return nil }
    let ring = self.ring.unsafelyUnwrapped
    for index in Int(truncatingIfNeeded: cursor &- epochStart)..<epochBuckets where ring[index].count > 0 {
      var earliest = Int64.max
      chunks.forEachKey(of: ring[index]) { earliest = Swift.min(earliest, $0.time) }
      return earliest
    }
    return overflow.earliestTime(in: 0..<overflow.count)
  }

  /// Calls `body` with every key held in the buckets (any order; not the run). O(n + ringSize).
  @usableFromInline
  func forEachKey(_ body: (_EventKey) -> Void) {
    if let ring {
      for index in 0..<Self.ringSize { chunks.forEachKey(of: ring[index], body) }
    }
    for k in 0..<overflow.count { body(overflow.keys.unsafelyUnwrapped[k]) }
  }

  /// Drops every key, the run's too, keeping the memory. O(ringSize).
  @usableFromInline
  mutating func removeAllKeys() {
    runNext = run
    runRemaining = 0
    if let ring {
      for index in 0..<Self.ringSize { chunks.removeAll(&ring[index]) }
    }
    overflow.count = 0
    overflow.nearCount = 0
    farStart = _EventKey.timeLimit
    count = 0
  }

  /// An independent deep copy (copy-on-write of the calendar). O(n + ringSize).
  @usableFromInline
  func copy() -> _TimeBuckets {
    var clone = self
    clone.overflow = overflow.copy()
    clone.chunks = chunks.copy()
    if let run, let runNext {
      let cloneRun = UnsafeMutablePointer<_EventKey>.allocate(capacity: runCapacity)
      let consumed = runNext - run
      (cloneRun + consumed).initialize(from: runNext, count: runRemaining)
      clone.run = cloneRun
      clone.runNext = cloneRun + consumed
      clone.scratch = .allocate(capacity: runCapacity)
      clone.counters = .allocate(capacity: _BucketSort.counterCapacity(count: runCapacity))
    }
    if let ring {
      let cloneRing = UnsafeMutablePointer<_KeyChunks.List>.allocate(capacity: Self.ringSize)
      cloneRing.initialize(from: ring, count: Self.ringSize)
      clone.ring = cloneRing
    }
    return clone
  }

  /// Frees every buffer; the tier must not be used afterwards.
  @usableFromInline
  func deallocate() {
    overflow.deallocate()
    chunks.deallocate()
    ring?.deallocate()
    run?.deallocate()
    scratch?.deallocate()
    counters?.deallocate()
  }
}
