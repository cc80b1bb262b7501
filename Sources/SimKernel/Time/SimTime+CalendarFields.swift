/// Calendar fields of a simulation time.
///
/// Convention (documented in `Docs/kernel.md`): `SimTime.zero` is **Monday 00:00 on 1 January**
/// of a year of 365 days with the usual month lengths; years repeat without leap days. Weekly
/// and seasonal patterns (arrival profiles, working calendars) read these fields.
extension SimTime {
  /// Days since the start of the run (day 0 is the first day). O(1).
  @inlinable public var dayIndex: Int { Int(ticks.quotientFloor(86_400)) }

  /// Seconds since midnight, 0 ..< 86 400.
  @inlinable public var secondOfDay: Int { Int(ticks - Int64(dayIndex) * 86_400) }

  /// Hour of the day, 0 ..< 24.
  @inlinable public var hourOfDay: Int { secondOfDay / 3_600 }

  /// Day of the week, 0 = Monday … 6 = Sunday.
  @inlinable public var weekday: Int { Weekday.index(ofDay: dayIndex) }

  /// Day of the (365-day) year, 0 ..< 365.
  @inlinable public var dayOfYear: Int {
    let d = dayIndex % 365
    return d < 0 ? d + 365 : d
  }

  /// Month of the year, 0 = January … 11 = December. O(12).
  @inlinable public var month: Int {
    let d = dayOfYear
    var m = 0
    while m < 11 && d >= Weekday.monthStartDays[m + 1] { m += 1 }
    return m
  }
}

/// Weekday and month arithmetic shared by calendar-aware components.
public enum Weekday {
  /// First day of each month in a 365-day year (day-of-year index).
  public static let monthStartDays: [Int] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

  /// Weekday of a day index, 0 = Monday … 6 = Sunday (day 0 is a Monday).
  @inlinable
  public static func index(ofDay day: Int) -> Int {
    let w = day % 7
    return w < 0 ? w + 7 : w
  }
}
