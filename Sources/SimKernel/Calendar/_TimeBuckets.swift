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
/// (``_KeyChunks``), so memory follows the far keys held. Later keys wait unsorted in the
/// `overflow`, in ``overflowLevels`` levels by time (a timing wheel's coarser wheels, each an
/// unsorted buffer): level 0 up to `overflowEnds[0]`, ``nearEpochs`` epochs past the end of
/// the epoch in which the ends were last set, level 1 up to ``levelFactor`` times as far, and
/// so on; the last level holds the rest (staff resignations months ahead, say). When the
/// ring is used up, a new epoch starts at the earliest overflow key (skipping empty time) and
/// one pass over level 0 moves the keys that fall into the epoch into the ring (each level
/// keeps its earliest time, so finding the epoch's start reads no keys). Only when
/// the epoch reaches the end of levels 0 ..< j does the pass go over levels 1 ... j too,
/// setting the ends of levels 0 ..< j afresh from the new epoch and moving each key to the
/// ring or to its new level: level j about once every ``nearEpochs`` × ``levelFactor``^(j−1)
/// epochs. A key d epochs ahead is thus read about ``levelFactor`` times per level on its way
/// down (once per epoch in level 0), O(log d) in all, instead of at every epoch, or at every
/// pass of a single far part.
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
/// an O(1) pop from the run, and for a key d epochs ahead, O(log d) overflow reads: at most
/// ``nearEpochs`` in level 0 and up to ``levelFactor`` in each level above that it passes
/// through.
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
  /// Levels of the overflow.
  @usableFromInline static var overflowLevels: Int { 5 }
  /// Epochs (of the width when it is set) from the end of the epoch that sets the overflow's
  /// ends to the end of level 0.
  @usableFromInline static var nearEpochs: Int64 { 4 }
  /// How many times further each overflow level ends than the one before (from the same
  /// epoch's end): levels 0 ... 3 end 4, 16, 64 and 256 epochs ahead.
  @usableFromInline static var levelFactor: Int64 { 4 }

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
  /// Keys with bucket numbers ≥ epochStart + epochBuckets, unsorted, in ``overflowLevels``
  /// levels: level i holds the times `overflowEnds[i − 1] ..< overflowEnds[i]` (level 0
  /// those before `overflowEnds[0]`).
  @usableFromInline var overflow: UnsafeMutablePointer<_KeyBuffer>
  /// Where each overflow level ends [ticks]: non-decreasing, at or after the current epoch's
  /// end; the last is the calendar's time limit. Before the first full epoch the others are
  /// `Int64.min`, so that the keys scheduled while a large model starts (millions, most of
  /// them far ahead) wait in the last level, the one most of them will stay in, rather than
  /// in a level 0 whose buffer would keep their size for the rest of the run.
  @usableFromInline var overflowEnds: UnsafeMutablePointer<Int64>
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

  /// An inactive tier. Allocates the overflow's ``overflowLevels`` (empty) level records.
  @usableFromInline init() {
    overflow = .allocate(capacity: Self.overflowLevels)
    overflow.initialize(repeating: _KeyBuffer(), count: Self.overflowLevels)
    overflowEnds = .allocate(capacity: Self.overflowLevels)
    for level in 0..<Self.overflowLevels { (overflowEnds + level).initialize(to: Self.unsetEnd(ofLevel: level)) }
  }

  /// Where overflow level `level` ends before the first full epoch [ticks]: the calendar's
  /// time limit for the last level, `Int64.min` for the others (``overflowEnds``).
  @usableFromInline
  static func unsetEnd(ofLevel level: Int) -> Int64 {
    level == overflowLevels &- 1 ? _EventKey.timeLimit : Int64.min
  }

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
    } else {
      overflow[level(of: key.time)].append(key)
    }
    count &+= 1
  }

  /// The overflow level of a key at `time` (past the epoch, inside the calendar's range):
  /// the first whose end is after it. O(levels).
  @inline(__always)
  func level(of time: Int64) -> Int {
    var level = 0
    while time >= overflowEnds[level] { level &+= 1 }
    return level
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
  /// overflow not. O(level 0) at most epochs; O(levels 0 ... j) when the epoch reaches the
  /// end of level j − 1, or when the levels above j are empty (then j is the last level, and
  /// every level's end is set afresh).
  @usableFromInline
  mutating func startEpoch(sequence: UInt64) {
    let elapsed = boundary &- epochTime
    let scheduled = sequence &- epochSequence
    if elapsed > 0 && scheduled > 0 {
      let width = Double(elapsed) * Double(Self.targetPerBucket) / Double(scheduled)
      shift = Self.shift(forWidth: Int64(Swift.min(width, 0x1p40)))
    }
    // Every key of a level precedes every key of the levels above it.
    var first = 0
    while overflow[first].count == 0 { first &+= 1 }
    epochStart = overflow[first].earliest &>> shift
    cursor = epochStart
    epochBuckets = Self.ringSize
    setBoundary()
    epochSequence = sequence
    epochTime = boundary
    let epochEnd = (epochStart &+ Int64(Self.ringSize)) &<< shift
    let last = Self.overflowLevels &- 1
    var top = 0
    while top < last && overflowEnds[top] < epochEnd { top &+= 1 }
    var above = top &+ 1
    while above <= last && overflow[above].count == 0 { above &+= 1 }
    if above > last { top = last }
    if top > 0 {
      let span = Int64(Self.ringSize) &<< shift
      var reach = Self.nearEpochs &* span
      for level in 0..<top {
        overflowEnds[level] = Swift.min(epochEnd &+ reach, overflowEnds[top])
        reach &*= Self.levelFactor
      }
    }
    for level in 0...top { passOver(level: level) }
  }

  /// Moves the keys of overflow level `level` that fall into the current epoch into their
  /// ring buckets, and those that now belong to another level (of those being passed over)
  /// to it; compacts the rest in place and sets the level's earliest time. O(level's keys).
  @inline(__always)
  mutating func passOver(level: Int) {
    let held = overflow[level].count
    guard held > 0 else { return }
    let keys = overflow[level].keys.unsafelyUnwrapped
    let ring = self.ring.unsafelyUnwrapped
    var kept = 0
    var earliest = Int64.max
    for index in 0..<held {
      let key = keys[index]
      let bucket = (key.time &>> shift) &- epochStart
      if bucket < Int64(epochBuckets) {
        chunks.append(key, to: &ring[Int(truncatingIfNeeded: bucket)])
        continue
      }
      let target = self.level(of: key.time)
      if target == level {
        keys[kept] = key
        kept &+= 1
        earliest = Swift.min(earliest, key.time)
      } else {
        overflow[target].append(key)
      }
    }
    overflow[level].count = kept
    overflow[level].earliest = earliest
  }

  /// The earliest time in the tier, or `nil` if it is empty. O(bucket size), or O(levels)
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
    for level in 0..<Self.overflowLevels where overflow[level].count > 0 { return overflow[level].earliest }
    return nil
  }

  /// Calls `body` with every key held in the buckets (any order; not the run). O(n + ringSize).
  @usableFromInline
  func forEachKey(_ body: (_EventKey) -> Void) {
    if let ring {
      for index in 0..<Self.ringSize { chunks.forEachKey(of: ring[index], body) }
    }
    for level in 0..<Self.overflowLevels {
      for k in 0..<overflow[level].count { body(overflow[level].keys.unsafelyUnwrapped[k]) }
    }
  }

  /// Drops every key, the run's too, keeping the memory. O(ringSize).
  @usableFromInline
  mutating func removeAllKeys() {
    runNext = run
    runRemaining = 0
    if let ring {
      for index in 0..<Self.ringSize { chunks.removeAll(&ring[index]) }
    }
    for level in 0..<Self.overflowLevels {
      overflow[level].removeAll()
      overflowEnds[level] = Self.unsetEnd(ofLevel: level)
    }
    count = 0
  }

  /// An independent deep copy (copy-on-write of the calendar). O(n + ringSize).
  @usableFromInline
  func copy() -> _TimeBuckets {
    var clone = self
    clone.overflow = .allocate(capacity: Self.overflowLevels)
    for level in 0..<Self.overflowLevels { (clone.overflow + level).initialize(to: overflow[level].copy()) }
    clone.overflowEnds = .allocate(capacity: Self.overflowLevels)
    clone.overflowEnds.initialize(from: overflowEnds, count: Self.overflowLevels)
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
    for level in 0..<Self.overflowLevels { overflow[level].deallocate() }
    overflow.deallocate()
    overflowEnds.deallocate()
    chunks.deallocate()
    ring?.deallocate()
    run?.deallocate()
    scratch?.deallocate()
    counters?.deallocate()
  }
}
