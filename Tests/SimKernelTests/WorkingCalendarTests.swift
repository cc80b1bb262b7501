import SimKernel
import Testing

/// Day 0 is a Monday: Friday is day 4, Saturday day 5, the next Monday day 7.
private func time(day: Int, hour: Int, minute: Int = 0) -> SimTime {
  SimTime(.days(day) + .hours(hour) + .minutes(minute))
}

@Suite struct WorkingCalendarTests {
  @Test func fridayFourPmPlusThreeWorkingDaysIsWednesdayFourPm() throws {
    let calendar = try WorkingCalendar()  // Monday–Friday, 09:00–17:00
    #expect(calendar.workingDayLength == .hours(8))
    let due = calendar.adding(workingDays: 3, to: time(day: 4, hour: 16))
    #expect(due == time(day: 9, hour: 16))
    #expect(due.weekday == 2)  // Wednesday
  }

  @Test func holidaysAreSkipped() throws {
    // The Monday (day 7) and Tuesday (day 8) after are public holidays: due Friday 16:00.
    let calendar = try WorkingCalendar(holidays: [7, 8])
    #expect(!calendar.isWorkingDay(7))
    #expect(calendar.adding(workingDays: 3, to: time(day: 4, hour: 16)) == time(day: 11, hour: 16))
    #expect(calendar.workingTime(from: .zero, to: SimTime(.weeks(2))) == .hours(80 - 16))
  }

  @Test func workingTimeOverAWeekIsFortyHours() throws {
    let calendar = try WorkingCalendar()
    #expect(calendar.workingTime(from: .zero, to: SimTime(.weeks(1))) == .hours(40))
    // Any 7-day window, wherever it starts.
    for start in [time(day: 2, hour: 13, minute: 17), time(day: 5, hour: 3), time(day: 10, hour: 9)] {
      #expect(calendar.workingTime(from: start, to: start + .weeks(1)) == .hours(40))
    }
    #expect(calendar.workingTime(from: time(day: 0, hour: 10), to: time(day: 0, hour: 12)) == .hours(2))
    #expect(calendar.workingTime(from: time(day: 0, hour: 16), to: time(day: 1, hour: 10)) == .hours(2))
    #expect(calendar.workingTime(from: time(day: 5, hour: 0), to: time(day: 7, hour: 0)) == .zero)
    #expect(calendar.workingTime(from: time(day: 3, hour: 0), to: time(day: 2, hour: 0)) == .zero)
  }

  @Test func nextWorkingTimeOnSaturdayIsMondayNineAm() throws {
    let calendar = try WorkingCalendar()
    #expect(calendar.nextWorkingTime(atOrAfter: time(day: 5, hour: 11)) == time(day: 7, hour: 9))
    #expect(calendar.nextWorkingTime(atOrAfter: time(day: 4, hour: 17)) == time(day: 7, hour: 9))
    #expect(calendar.nextWorkingTime(atOrAfter: time(day: 1, hour: 7)) == time(day: 1, hour: 9))
    #expect(calendar.nextWorkingTime(atOrAfter: time(day: 1, hour: 11)) == time(day: 1, hour: 11))
  }

  @Test func workingHoursAreHalfOpen() throws {
    let calendar = try WorkingCalendar()
    #expect(calendar.isWorkingTime(time(day: 0, hour: 9)))
    #expect(calendar.isWorkingTime(time(day: 0, hour: 17) - .seconds(1)))
    #expect(!calendar.isWorkingTime(time(day: 0, hour: 17)))
    #expect(!calendar.isWorkingTime(time(day: 0, hour: 9) - .seconds(1)))
    #expect(!calendar.isWorkingTime(time(day: 6, hour: 12)))
  }

  @Test func addingWorkingTimeWithinAndAcrossDays() throws {
    let calendar = try WorkingCalendar()
    // Ending exactly at closing time stays on the same day.
    #expect(calendar.adding(workingTime: .hours(1), to: time(day: 0, hour: 16)) == time(day: 0, hour: 17))
    #expect(
      calendar.adding(workingTime: .hours(1) + .seconds(1), to: time(day: 0, hour: 16)) == time(day: 1, hour: 9)
        + .seconds(1))
    // A zero amount outside working hours moves to the next opening.
    #expect(calendar.adding(workingTime: .zero, to: time(day: 5, hour: 12)) == time(day: 7, hour: 9))
    #expect(calendar.adding(workingDays: 0, to: time(day: 2, hour: 10)) == time(day: 2, hour: 10))
    // Starting on a weekend: counting starts Monday 09:00.
    #expect(calendar.adding(workingDays: 1, to: time(day: 6, hour: 8)) == time(day: 7, hour: 17))
    #expect(calendar.adding(workingDays: 5, to: time(day: 0, hour: 9)) == time(day: 4, hour: 17))
  }

  /// Adding working time and measuring it back are inverses for start times in working hours.
  @Test func workingTimeMeasuresWhatAddingAdded() throws {
    let calendar = try WorkingCalendar(holidays: [3, 17, 18])
    var rng = RandomStream(seed: 61, replication: 0, stream: StreamID("working calendar"))
    for _ in 0..<500 {
      let start = calendar.nextWorkingTime(atOrAfter: SimTime(ticks: Int64.random(in: 0..<(30 * 86_400), using: &rng)))
      let amount = SimDuration(ticks: Int64.random(in: 0..<(60 * 3_600), using: &rng))
      let end = calendar.adding(workingTime: amount, to: start)
      #expect(end >= start)
      #expect(calendar.workingTime(from: start, to: end) == amount)
    }
  }

  @Test func customCalendarsWork() throws {
    // Round the clock, every day: working time is plain time.
    let always = try WorkingCalendar(workdays: Set(0...6), opens: .zero, closes: .day)
    #expect(always.adding(workingTime: .hours(100), to: time(day: 2, hour: 5)) == time(day: 2, hour: 5) + .hours(100))
    #expect(always.workingTime(from: .zero, to: SimTime(.weeks(1))) == .weeks(1))
    // Weekend-only shop, 10:00–14:00.
    let weekend = try WorkingCalendar(workdays: [5, 6], opens: .hours(10), closes: .hours(14))
    #expect(weekend.nextWorkingTime(atOrAfter: time(day: 1, hour: 12)) == time(day: 5, hour: 10))
    #expect(weekend.adding(workingTime: .hours(6), to: time(day: 5, hour: 10)) == time(day: 6, hour: 12))
    #expect(weekend.workingTime(from: .zero, to: SimTime(.weeks(1))) == .hours(8))
  }

  @Test func invalidCalendarsThrow() {
    #expect(throws: ParameterError.self) { try WorkingCalendar(workdays: []) }
    #expect(throws: ParameterError.self) { try WorkingCalendar(workdays: [0, 7]) }
    #expect(throws: ParameterError.self) { try WorkingCalendar(workdays: [-1]) }
    #expect(throws: ParameterError.self) { try WorkingCalendar(opens: .hours(17), closes: .hours(9)) }
    #expect(throws: ParameterError.self) { try WorkingCalendar(opens: .hours(9), closes: .hours(9)) }
    #expect(throws: ParameterError.self) { try WorkingCalendar(opens: .hours(9), closes: .hours(25)) }
    #expect(throws: ParameterError.self) { try WorkingCalendar(opens: SimDuration(ticks: -1), closes: .hours(9)) }
  }
}
