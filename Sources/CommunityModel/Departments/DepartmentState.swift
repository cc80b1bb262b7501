import SimKernel

/// One department during a run: its queue and servers, its working clock and its stream of
/// service times, and how busy it was in the statistics window.
struct DepartmentState: Codable {
  /// Priority classes ``DepartmentState/priority(ofTier:)``; customers are request slots.
  var pool: ServerPool<UInt32>
  /// The department's own working calendar as an O(1) clock.
  let clock: WorkingClock
  /// Service times, one draw per case started.
  var stream: RandomStream
  /// Σ busy servers × working seconds, since the window started (its utilization's numerator).
  var busyArea: Int64 = 0
  /// Working clock when ``busyArea`` was last brought up to date.
  var busyClock: Int64 = 0
  /// Working clock at the start of the window.
  var windowClock: Int64 = 0

  /// Urgent requests first, then the rest, first come first served within a class.
  static let priorityLevels = 2

  @inline(__always)
  static func priority(ofTier tier: UInt8) -> Int { tier == 0 ? 0 : 1 }

  /// Adds the busy servers' working time up to `now` to ``busyArea``. O(1).
  @inline(__always)
  mutating func advance(to now: SimTime) {
    let w = clock.elapsed(at: now)
    busyArea += Int64(pool.busyCount) * (w - busyClock)
    busyClock = w
  }
}

/// Counts of the department stage over the statistics window: requests handed off in the
/// window are followed to the end of the run (`handedOff = completed + with a department at
/// the end`).
struct DepartmentCounts: Codable {
  /// Hand-off delays started in the window (one per department without a shared intake).
  var handoffs = 0
  /// Requests whose first hand-off fell in the window.
  var handedOff = 0
  /// Of those, requests whose last department finished by the end.
  var completed = 0
  /// Of those handed off, the ones handed off at least the completion standard before the
  /// horizon (each one's outcome against the standard is known at the end).
  var standardEligible = 0
  /// Of the eligible ones, those completed within the standard.
  var withinStandard = 0
  /// Of those handed off, the ones still with a department at the horizon, counted from the
  /// request records (independently of ``completed``) by ``DistrictModel/horizonRecord``.
  var openAtHorizon = 0
  /// First hand-off to the last department's reply [days], over the completed ones.
  var stageDays = Tally()
  /// Waiting for a department's server (arrival at its queue to the start of work in its
  /// working hours) [days], urgent and other tiers, over the cases started in the window.
  var waitDays = [Tally(), Tally()]
}
