import SimKernel

/// The needs of one category in one community: a non-homogeneous Poisson process (the
/// superposition of every resident's own), with the cohort of each need drawn in
/// proportion to cohort size × cohort rate (the model's ``DistrictModel/needPicker``). A
/// surge (``NeedSurge``) is one more such process, open only for its days.
struct NeedProcess: Codable {
  var community: Int
  var category: Int
  var arrivals: ArrivalRateProfile
  /// Arrival times and the resident; each need also takes one 64-bit seed from here for its
  /// own attributes, so a parameter change alters no other need's draws (common random
  /// numbers across scenarios).
  var stream: RandomStream
  /// Needs arise after `opens` and before `closes` (from the start for ever, but for a
  /// surge).
  var opens: SimTime = .zero
  var closes: SimTime = .distantFuture
}

extension NeedProcess {
  /// The process's next need after `time` (after it opens), drawn from its stream; `nil` if
  /// its rate is zero for good or it has closed. A method on the process, so that the
  /// arrival profile is read in place (a caller reading `needProcesses[p].arrivals` copies
  /// it, retaining its monthly factors).
  mutating func nextArrival(after time: SimTime) -> SimTime? {
    guard let next = arrivals.nextArrival(after: max(time, opens), using: &stream), next < closes else { return nil }
    return next
  }
}
