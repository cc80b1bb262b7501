import SimKernel

extension DistrictModel {
  /// Asks for huge pages under the arrays the events read at random (``HugePages``): the
  /// residents (12 B each: 120 MB for a city of ten million, which with 4 KiB pages misses
  /// the TLB at nearly every visit and need), the request slots, the facilities, the need
  /// processes and the posts. Arrays under 4 MiB are left alone, so a small district is
  /// unchanged. Values are unchanged; called by ``ReplicationRun`` before it simulates, so
  /// that a run decoded from a checkpoint, or a fork whose first write copied the arrays,
  /// gets the same memory as a fresh one.
  /// - Complexity: O(bytes of the arrays) the first time (a copy into huge pages), then
  ///   O(huge pages).
  mutating func adviseHugePages() {
    residents.adviseHugePages()
    requests.adviseHugePages()
    facilities.adviseHugePages()
    needProcesses.adviseHugePages()
    workers.adviseHugePages()
  }
}
