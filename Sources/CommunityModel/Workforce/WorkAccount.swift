/// Working-time bookkeeping of one community's casework staff [s of working time]:
/// paid = ∫ staff on roll, idle = ∫ idle staff, both over working time; service and
/// administration are added job by job. Conservation: service + admin + idle = paid.
struct WorkAccount: Codable {
  /// Casework staff on roll (a resigned worker finishing a job still counts).
  var staff: Int = 0
  /// Casework staff on roll with no job in hand.
  var idle: Int = 0
  /// Working clock at the last change [s].
  var lastClock: Int64 = 0
  var paid: Int64 = 0
  var idleTime: Int64 = 0
  var service: Int64 = 0
  var admin: Int64 = 0
  /// ∫ idle staff since the start of the run, never reset (outreach reads it).
  var idleSinceStart: Int64 = 0

  /// Integrates staff and idle levels up to working-clock reading `clock`. O(1).
  @inline(__always)
  mutating func advance(to clock: Int64) {
    let span = clock - lastClock
    paid += Int64(staff) * span
    idleTime += Int64(idle) * span
    idleSinceStart += Int64(idle) * span
    lastClock = clock
  }

  /// Zeroes the sums at the end of the warm-up (levels stay).
  mutating func reset(at clock: Int64) {
    advance(to: clock)
    paid = 0
    idleTime = 0
    service = 0
    admin = 0
  }
}
