extension EventCalendar {
  /// Runs ``_checkInvariants()`` after every calendar mutation when built with
  /// `-DSIM_INTERNAL_CHECKS`; otherwise nothing (compiled away).
  @inlinable @inline(__always)
  func _checkInvariantsAfterMutation() {
    #if SIM_INTERNAL_CHECKS
    _checkInvariants()
    #endif
  }

  /// Verifies the heap property, the run's order, the boundary between the tiers, each far
  /// key's bucket, the counts, and that every payload slot is either pending or free; traps
  /// on the first violation. O(n). The kernel's tests call it (`@testable`) at chosen steps;
  /// a `-DSIM_INTERNAL_CHECKS` build calls it after every mutation.
  @usableFromInline
  func _checkInvariants() {
    let storage = _storage
    let boundary = storage.buckets.boundary
    var slots = Set<Int>()
    for index in (storage.rootVacant ? 1 : 0)..<storage.count {
      if index > (storage.rootVacant ? _KeyHeap.arity : 0) {
        let parent = (index - 1) / _KeyHeap.arity
        precondition(!storage.keys[index].precedes(storage.keys[parent]), "heap order broken at \(index)")
      }
      precondition(storage.keys[index].time < boundary, "heap key at or after the far tier's boundary")
      precondition(slots.insert(storage.keys[index].slot).inserted, "payload slot used twice")
    }
    let buckets = storage.buckets
    for index in 0..<buckets.runRemaining {
      let key = buckets.runNext.unsafelyUnwrapped[index]
      precondition(key.time < boundary, "run key at or after the far tier's boundary")
      precondition(index == 0 || buckets.runNext.unsafelyUnwrapped[index - 1].precedes(key), "run not sorted")
      precondition(slots.insert(key.slot).inserted, "payload slot used twice")
    }
    storage.buckets._checkInvariants()
    storage.buckets.forEachKey { key in
      precondition(slots.insert(key.slot).inserted, "payload slot used twice")
    }
    for free in 0..<storage.freeCount {
      precondition(slots.insert(Int(storage.freeSlots[free])).inserted, "free slot also in use")
    }
    precondition(slots.count == storage.initializedSlots, "payload slots leaked")
    precondition(
      storage.initializedSlots <= storage.slotLimit && storage.slotLimit <= storage.capacity, "slot limit out of range")
  }
}

extension _TimeBuckets {
  /// Verifies that every key is at or after the boundary and in the bucket (or the overflow
  /// level) its time names, that no key waits in a bucket already moved, and the count. O(n).
  @usableFromInline
  func _checkInvariants() {
    guard let ring else {
      precondition(count == 0 && boundary == _EventKey.timeLimit, "inactive far tier holds keys")
      for level in 0..<Self.overflowLevels {
        precondition(
          overflow[level].count == 0 && overflow[level].earliest == Int64.max
            && overflowEnds[level] == Self.unsetEnd(ofLevel: level),
          "inactive far tier holds keys")
      }
      return
    }
    precondition(boundary == Swift.min(cursor << shift, _EventKey.timeLimit), "boundary is not the cursor's time")
    precondition(cursor >= epochStart && cursor <= epochStart + Int64(epochBuckets), "cursor outside the epoch")
    precondition(epochBuckets <= Self.ringSize, "epoch longer than the ring")
    var held = 0
    for index in 0..<Self.ringSize {
      let bucket = ring[index]
      precondition(bucket.count == 0 || epochStart + Int64(index) >= cursor, "keys left in a bucket already moved")
      chunks.forEachKey(of: bucket) { key in
        precondition(key.time >= boundary, "far key before the boundary")
        precondition(key.time >> shift == epochStart + Int64(index), "key in the wrong bucket")
      }
      held += bucket.count
    }
    let epochEnd = Swift.min((epochStart + Int64(epochBuckets)) << shift, _EventKey.timeLimit)
    for level in 0..<Self.overflowLevels {
      precondition(
        overflowEnds[level] >= epochEnd || overflowEnds[level] == Int64.min, "an overflow level ends inside the epoch")
      precondition(level == 0 || overflowEnds[level - 1] <= overflowEnds[level], "overflow levels out of order")
      var earliest = Int64.max
      for k in 0..<overflow[level].count {
        let key = overflow[level].keys.unsafelyUnwrapped[k]
        precondition(key.time >> shift >= epochStart + Int64(epochBuckets), "overflow key belongs in the ring")
        precondition(self.level(of: key.time) == level, "overflow key in the wrong level")
        earliest = Swift.min(earliest, key.time)
      }
      precondition(overflow[level].earliest == earliest, "an overflow level's earliest time is wrong")
      held += overflow[level].count
    }
    precondition(overflowEnds[Self.overflowLevels - 1] == _EventKey.timeLimit, "the last overflow level ends")
    precondition(held == count, "far tier count wrong")
    var chunksInUse = 0
    for index in 0..<Self.ringSize {
      chunksInUse += (ring[index].count + _KeyChunks.chunkSize - 1) / _KeyChunks.chunkSize
    }
    var chunk = chunks.free
    while chunk >= 0 {
      chunksInUse += 1
      chunk = chunks.next.unsafelyUnwrapped[Int(chunk)]
    }
    precondition(chunksInUse == chunks.used, "key chunks leaked or shared")
  }
}

/// Whether this build checks kernel invariants (`-DSIM_INTERNAL_CHECKS`); benchmarks warn if so.
public var simInternalChecksEnabled: Bool {
  #if SIM_INTERNAL_CHECKS
  return true
  #else
  return false
  #endif
}
