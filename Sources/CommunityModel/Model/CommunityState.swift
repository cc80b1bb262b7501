import SimKernel

/// One community's office: who lives there, the casework queue and staff, the
/// administrative tasks that compete with residents for the staff's time, and the discovery
/// hazards of patrols and outreach.
struct CommunityState: Codable {
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
  /// Patrol discovery hazard per unreported need [per day].
  var discoveryRatePerDay: Double = 0
  /// Outreach discovery hazard per unreported need [per day], from the casework staff's
  /// idle time over the last seven days (``DistrictModel/updateOutreachRate(community:day:)``).
  var outreachRatePerDay: Double = 0
  /// The account's all-time idle integral at the last seven midnights, by day mod 7 [s].
  var idleMarks: [Int64] = Array(repeating: 0, count: 7)
  var adminStream: RandomStream
  /// Tags the pending admin arrival; a change of the catalogue moves it on, so the arrival
  /// drawn at the old rate goes stale.
  var adminGeneration: UInt32 = 0

  /// Priority class of administrative tasks: after urgent cases, before the rest (C8: ~60 %
  /// of community affairs are driven by superiors' orders).
  static let adminPriority = 1
  static let priorityLevels = 4

  /// Priority class of a tier: urgent 0, improvement 2, innovation 3.
  @inline(__always)
  static func priority(ofTier tier: UInt8) -> Int { tier == 0 ? 0 : Int(tier) + 1 }

  var residents: Int { cohortStarts[cohortStarts.count - 1] - cohortStarts[0] }
}
