extension EventCalendar {
  #if SIM_INTERNAL_CHECKS
  /// Verifies the heap property and the sequence bound. O(n); only with `-DSIM_INTERNAL_CHECKS`.
  @inlinable
  func _checkInvariants() {
    for index in 1..<Swift.max(_storage.count, 1) {
      let parent = (index - 1) / Self.arity
      precondition(!_storage[index].precedes(_storage[parent]), "heap order broken at \(index)")
      precondition(_storage[index].key & (Self.sequenceLimit - 1) < _nextSequence, "sequence from the future")
    }
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
