import SimKernel

/// One post in a community's staff: filled by a worker or vacant. Posts are fixed at the
/// start (headcount rule × residents); turnover empties them and hiring fills them again.
struct Worker: Codable {
  enum State: UInt8, Codable {
    case vacant
    /// On staff, no job in hand (casework) or patrolling (patrol roles).
    case available
    case busy
  }

  /// When the current holder reaches full productivity (the start of the run for the
  /// initial staff).
  var rampEnds: SimTime
  /// Start of the job in hand.
  var jobStart: SimTime
  /// Request slot of the job in hand.
  var job: UInt32
  /// Bumped at every hire, so a quit timer of the previous holder is recognisable.
  var generation: UInt32
  var community: UInt16
  var role: UInt8
  var state: State
  /// Has resigned but finishes the job in hand first.
  var leaving: Bool
  /// Position in the community's idle list, or -1.
  var idlePosition: Int32
  /// The post is being abolished (a staffing cut): once vacant it is not refilled.
  var abolished = false
}
