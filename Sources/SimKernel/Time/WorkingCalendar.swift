/// Working days and hours, so that "3 working days" means what it says.
///
/// A working day is a weekday in ``workdays`` that is not a holiday; working time is
/// [opens, closes) on working days. Durations in working time skip nights, weekends and
/// holidays: **N working days = N × (closes − opens) of working time**, so an approval filed
/// Friday 16:00 under a 09:00–17:00 calendar with 3 working days comes back Wednesday 16:00.
///
/// Day 0 of the run is a Monday (see `SimTime+CalendarFields.swift`).
public struct WorkingCalendar: Hashable, Sendable, Codable {
  /// Weekdays that are working days, 0 = Monday … 6 = Sunday.
  public let workdays: Set<Int>
  /// Opening time of day (offset from midnight).
  public let opens: SimDuration
  /// Closing time of day (offset from midnight), after ``opens``.
  public let closes: SimDuration
  /// Day indices (days since the start of the run) that are holidays.
  public let holidays: Set<Int>

  /// A calendar; the default is Monday–Friday, 09:00–17:00, no holidays.
  /// - Throws: ``ParameterError`` if no weekday works, a weekday is outside 0 ... 6, or the
  ///   hours are not 0 ≤ opens < closes ≤ 24 h.
  public init(
    workdays: Set<Int> = [0, 1, 2, 3, 4], opens: SimDuration = .hours(9), closes: SimDuration = .hours(17),
    holidays: Set<Int> = []
  ) throws {
    guard !workdays.isEmpty, workdays.allSatisfy({ (0...6).contains($0) }) else {
      throw ParameterError(
        parameter: "workdays", value: "\(workdays.sorted())", allowed: "a non-empty subset of 0 ... 6")
    }
    guard opens.ticks >= 0, opens < closes, closes <= .day else {
      throw ParameterError(
        parameter: "opens/closes", value: "\(opens)–\(closes)", allowed: "0 ≤ opens < closes ≤ 86400 s")
    }
    self.workdays = workdays
    self.opens = opens
    self.closes = closes
    self.holidays = holidays
  }

  /// Working time in one working day.
  public var workingDayLength: SimDuration { closes - opens }

  /// Whether day `dayIndex` is a working day.
  public func isWorkingDay(_ dayIndex: Int) -> Bool {
    workdays.contains(Weekday.index(ofDay: dayIndex)) && !holidays.contains(dayIndex)
  }

  /// Whether `time` falls in working hours on a working day.
  public func isWorkingTime(_ time: SimTime) -> Bool {
    let second = Int64(time.secondOfDay)
    return isWorkingDay(time.dayIndex) && second >= opens.ticks && second < closes.ticks
  }

  /// `time` if it is working time, else the next opening.
  /// - Complexity: O(consecutive non-working days).
  public func nextWorkingTime(atOrAfter time: SimTime) -> SimTime {
    if isWorkingTime(time) { return time }
    var day = time.dayIndex
    if !isWorkingDay(day) || Int64(time.secondOfDay) >= closes.ticks { day = nextWorkingDay(after: day) }
    return SimTime(ticks: Int64(day) * 86_400 + opens.ticks)
  }

  /// The time reached after `amount` of working time from `time` (counting only working hours).
  ///
  /// A zero amount outside working hours moves to the next opening.
  /// - Precondition: `amount` ≥ 0.
  /// - Complexity: O(days spanned).
  public func adding(workingTime amount: SimDuration, to time: SimTime) -> SimTime {
    precondition(amount.ticks >= 0, "working time to add must be ≥ 0")
    var remaining = amount.ticks
    var t = nextWorkingTime(atOrAfter: time)
    while true {
      let closing = Int64(t.dayIndex) * 86_400 + closes.ticks
      let left = closing - t.ticks
      if remaining <= left { return SimTime(ticks: t.ticks + remaining) }
      remaining -= left
      t = SimTime(ticks: Int64(nextWorkingDay(after: t.dayIndex)) * 86_400 + opens.ticks)
    }
  }

  /// "N working days after `time`": ``adding(workingTime:to:)`` with N working-day lengths.
  /// - Precondition: `days` ≥ 0.
  public func adding(workingDays days: Int, to time: SimTime) -> SimTime {
    precondition(days >= 0, "working days to add must be ≥ 0")
    return adding(workingTime: workingDayLength * days, to: time)
  }

  /// Working time elapsed between `start` and `end` (zero if `end` ≤ `start`).
  /// - Complexity: O(days spanned).
  public func workingTime(from start: SimTime, to end: SimTime) -> SimDuration {
    guard end > start else { return .zero }
    var total: Int64 = 0
    var day = start.dayIndex
    while Int64(day) * 86_400 < end.ticks {
      if isWorkingDay(day) {
        let open = Int64(day) * 86_400 + opens.ticks
        let close = Int64(day) * 86_400 + closes.ticks
        let from = Swift.max(open, start.ticks)
        let to = Swift.min(close, end.ticks)
        if to > from { total += to - from }
      }
      day += 1
    }
    return SimDuration(ticks: total)
  }

  private func nextWorkingDay(after day: Int) -> Int {
    var d = day + 1
    while !isWorkingDay(d) { d += 1 }
    return d
  }
}
