extension EventCalendar {
  #if SIM_INTERNAL_CHECKS
  /// Verifies the heap property and that every payload slot is either pending or free. O(n); only with `-DSIM_INTERNAL_CHECKS`.
  @inlinable
  func _checkInvariants() {
    let storage = _storage
    var slots = Set<Int>()
    for index in (storage.rootVacant ? 1 : 0)..<storage.count {
      if index > (storage.rootVacant ? Self.arity : 0) {
        let parent = (index - 1) / Self.arity
        precondition(!storage.keys[index].precedes(storage.keys[parent]), "heap order broken at \(index)")
      }
      precondition(slots.insert(storage.keys[index].slot).inserted, "payload slot used twice")
    }
    for free in 0..<storage.freeCount {
      precondition(slots.insert(Int(storage.freeSlots[free])).inserted, "free slot also in use")
    }
    precondition(slots.count == storage.initializedSlots, "payload slots leaked")
  }
  #else
  /// No-op unless built with `-DSIM_INTERNAL_CHECKS`.
  @inlinable @inline(__always)
  func _checkInvariants() {}
  #endif
}

/// Whether this build checks kernel invariants (`-DSIM_INTERNAL_CHECKS`); benchmarks warn if so.
public var simInternalChecksEnabled: Bool {
  #if SIM_INTERNAL_CHECKS
  return true
  #else
  return false
  #endif
}
