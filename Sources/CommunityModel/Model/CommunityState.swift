import SimKernel

/// One community's office: who lives there, the casework queue and staff, and the
/// administrative workload that competes with residents for the staff's time.
struct CommunityState {
  /// First resident index of each cohort, plus one past the last resident.
  var cohortStarts: [Int]
  /// Casework queue, priority classes ``CommunityState/priority(ofTier:)`` and
  /// ``adminPriority``; customers are request slots.
  var queue: ServerPool<UInt32>
  /// Casework workers with no job in hand (post indices).
  var idleWorkers: [UInt32]
  /// Worker-hour bookkeeping of the casework staff.
  var account = WorkAccount()
  /// Patrol staff on roll by role index (0 for casework roles).
  var patrolStaff: [Int]
  /// Σ over casework staff on roll of their role's admin share: admin work arrives at this
  /// many working seconds per working second.
  var adminLoad: Double = 0
  /// Patrol discovery hazard per unreported need [per day].
  var discoveryRatePerDay: Double = 0
  var adminStream: RandomStream
  /// An admin arrival is scheduled (the stream pauses when nobody is on staff).
  var adminScheduled = false

  /// Priority class of administrative tasks: after urgent cases, before the rest (C8: ~60 %
  /// of community affairs are driven by superiors' orders).
  static let adminPriority = 1
  static let priorityLevels = 4

  /// Priority class of a tier: urgent 0, improvement 2, innovation 3.
  @inline(__always)
  static func priority(ofTier tier: UInt8) -> Int { tier == 0 ? 0 : Int(tier) + 1 }

  var residents: Int { cohortStarts[cohortStarts.count - 1] - cohortStarts[0] }
  func residents(inCohort k: Int) -> Int { cohortStarts[k + 1] - cohortStarts[k] }

  /// A resident of cohort `k`, uniformly: one draw from `stream`.
  @inline(__always)
  func resident(inCohort k: Int, drawingFrom stream: inout RandomStream) -> Int {
    cohortStarts[k] + Int(stream.nextUnit() * Double(residents(inCohort: k)))
  }
}
