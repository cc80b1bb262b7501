import SimKernel

/// One offender's career (``SecurityParameters``): attempts at exponential gaps until it
/// desists or is stopped. Every draw of the career comes from its own stream, in a fixed
/// order per attempt, so two scenarios that differ in cameras or patrols give the same
/// offender the same attempts and the same dice: a career can only end sooner where the
/// levers see more (common random numbers).
struct Offender: Codable {
  var stream: RandomStream
  /// When the offender would give up unprompted.
  var desists: SimTime
  var community: UInt16
  var active: Bool
}

/// Public security in the statistics window (`+Security`).
struct SecurityCounts: Codable {
  /// Attempts committed: each an incident with a victim.
  var incidents = 0
  /// Incidents a camera recorded.
  var recorded = 0
  /// Attempts a patrol officer at hand prevented.
  var prevented = 0
  /// Offenders named and stopped, and offenders who gave up unprompted.
  var stopped = 0
  var desisted = 0
}
