import SimKernel

extension DistrictModel {
  /// Reads the records of the residents the upcoming facility arrivals will bring, so that
  /// their cache misses overlap (the kernel's look-ahead, ``SimulationModel/prefetch(upcoming:)``).
  ///
  /// A resident's record is the one random read of a visit: 12 bytes in an array of 12 bytes
  /// per resident, which outgrows the 1 MiB L2 cache from about 85,000 residents. Read in the
  /// handler, its miss stalled every arrival in turn (a time profile put 13 % of all time on
  /// that one load at 100,000 residents, 18 % at 1,000,000).
  ///
  /// Each arrival's visitor is predicted exactly as ``visitArrives(_:_:)`` will draw it, on a
  /// copy of the facility's stream (``visitor(of:drawingFrom:)``). The prediction is wrong
  /// only when the facility's stream is drawn from in between (a second arrival there, or a
  /// waiting visitor admitted); the read is then merely wasted. Two passes per 32 arrivals:
  /// first predict every visitor (facility data, in cache), then read every record in a
  /// short loop whose loads do not depend on each other, so that the processor has them all
  /// in flight at once. Changes nothing.
  /// - Complexity: O(`upcoming.count`): about 80 instructions per facility arrival.
  public func prefetch(upcoming: UnsafeBufferPointer<CommunityEvent>) -> UInt64 {
    var digest: UInt64 = 0
    var index = 0
    while index < upcoming.count {
      var visitors = InlineArray<32, UInt32>(repeating: 0)
      var predicted = 0
      while index < upcoming.count && predicted < visitors.count {
        if case .visitArrives(let f) = upcoming[index] {
          var stream = facilities[Int(f)].stream
          visitors[predicted] = UInt32(truncatingIfNeeded: visitor(of: Int(f), drawingFrom: &stream))
          predicted &+= 1
        }
        index &+= 1
      }
      for i in 0..<predicted { digest &+= UInt64(residents[Int(visitors[i])].flags) }
    }
    return digest
  }
}
