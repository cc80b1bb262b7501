import SimKernel

/// Working time elapsed since the start of the run, in O(1): W(t) = working seconds in
/// [0, t) under a weekly calendar (no holidays), and its inverse. Worker-hour accounting
/// integrates over W, so nights and weekends count neither as paid nor as idle; facility
/// arrivals are Poisson in a facility's own open time (a clock over its opening hours).
struct WorkingClock: Codable {
  /// Opening and closing time of day [s since midnight].
  let opens: Int64
  let closes: Int64
  /// Bit d set: weekday d (0 = Monday) is a working day.
  let workdays: UInt8
  /// Working seconds in a week.
  let weekSeconds: Int64

  /// A clock over opening hours `opensHour ..< closesHour` on `days` (0 = Monday).
  init(days: Set<Int>, opensHour: Int, closesHour: Int) {
    self.init(try! WorkingCalendar(workdays: days, opens: .hours(opensHour), closes: .hours(closesHour)))
  }

  init(_ calendar: WorkingCalendar) {
    precondition(calendar.holidays.isEmpty, "WorkingClock assumes a calendar without holidays")
    opens = calendar.opens.ticks
    closes = calendar.closes.ticks
    workdays = calendar.workdays.reduce(0) { $0 | UInt8(1) << $1 }
    weekSeconds = Int64(calendar.workdays.count) * (closes - opens)
  }

  @inline(__always)
  func isWorkday(_ weekday: Int) -> Bool { workdays & (1 << weekday) != 0 }

  /// Working seconds in [0, `time`). - Precondition: `time` ≥ 0.
  @inline(__always)
  func elapsed(at time: SimTime) -> Int64 {
    let day = time.ticks / 86_400
    let weekday = Int(day % 7)
    let secondOfDay = time.ticks - day * 86_400
    let workdaysBefore = Int64((workdays & (1 << weekday &- 1)).nonzeroBitCount)
    var w = (day / 7) * weekSeconds + workdaysBefore * (closes - opens)
    if isWorkday(weekday) { w += min(max(secondOfDay - opens, 0), closes - opens) }
    return w
  }

  /// The time reached after `amount` seconds of working time from `time`: the earliest
  /// instant inside working hours with W = W(time) + amount (an amount of 0 outside
  /// working hours moves to the next opening), but at most ``SimDuration/samplingLimit``
  /// (about 17,400 years) after `time`: a sparse calendar stretches a saturated sample past the
  /// event calendar's range, and that far ahead means "never" in any run. O(1).
  /// - Precondition: 0 ≤ `amount` ≤ 2⁴⁵ (sampled durations are at most 2³⁹ s).
  @inline(__always)
  func adding(_ amount: Int64, to time: SimTime) -> SimTime {
    // Fast path: the amount fits in the rest of the current working day.
    let secondOfDay = time.ticks % 86_400
    if isWorkday(Int((time.ticks / 86_400) % 7)) && secondOfDay >= opens && secondOfDay + amount < closes {
      return SimTime(ticks: time.ticks + amount)
    }
    let target = elapsed(at: time) + amount
    let dayLength = closes - opens
    var day = (target / weekSeconds) * 7
    var left = target % weekSeconds
    // Walk the week's working days; the first one that still has working time left holds
    // the target (a target at a day's end counts as the next working day's opening).
    while true {
      let weekday = Int(day % 7)
      if isWorkday(weekday) {
        if left < dayLength {
          return SimTime(ticks: min(day * 86_400 + opens + left, time.ticks + SimDuration.samplingLimit.ticks))
        }
        left -= dayLength
      }
      day += 1
    }
  }
}
