import SimKernel
import Testing

private func time(day: Int, hour: Int, minute: Int = 0) -> SimTime {
  SimTime(.days(day) + .hours(hour) + .minutes(minute))
}

@Suite struct ShiftScheduleTests {
  /// Two workers 08:00–17:00 Monday–Friday, one on Saturday 10:00–14:00, none otherwise.
  static func roster() throws -> ShiftSchedule {
    var changes: [(offset: SimDuration, capacity: Int)] = (0..<5).flatMap { d in
      [(SimDuration.days(d) + .hours(8), 2), (SimDuration.days(d) + .hours(17), 0)]
    }
    changes.append((.days(5) + .hours(10), 1))
    changes.append((.days(5) + .hours(14), 0))
    return try ShiftSchedule(period: .week, changes: changes)
  }

  @Test func capacityFollowsTheWeeklyRoster() throws {
    let roster = try Self.roster()
    #expect(roster.capacity(at: .zero) == 0)  // Monday 00:00: Saturday's last change wraps
    #expect(roster.capacity(at: time(day: 0, hour: 8) - .seconds(1)) == 0)
    #expect(roster.capacity(at: time(day: 0, hour: 8)) == 2)
    #expect(roster.capacity(at: time(day: 0, hour: 17) - .seconds(1)) == 2)
    #expect(roster.capacity(at: time(day: 0, hour: 17)) == 0)
    #expect(roster.capacity(at: time(day: 3, hour: 12)) == 2)
    #expect(roster.capacity(at: time(day: 5, hour: 9)) == 0)
    #expect(roster.capacity(at: time(day: 5, hour: 12)) == 1)
    #expect(roster.capacity(at: time(day: 6, hour: 12)) == 0)  // Sunday
    // Later weeks repeat; times before the start wrap backwards.
    #expect(roster.capacity(at: time(day: 7 * 30 + 1, hour: 9)) == 2)
    #expect(roster.capacity(at: time(day: 7 * 30 + 5, hour: 13, minute: 59)) == 1)
    #expect(roster.capacity(at: SimTime(ticks: -1)) == 0)  // Sunday 23:59:59 of week −1
    #expect(roster.capacity(at: time(day: -2, hour: 11)) == 1)  // Saturday of week −1
  }

  @Test func nextChangeIsStrictlyAfterTheGivenTime() throws {
    let roster = try Self.roster()
    let fromMidnight = roster.nextChange(after: .zero)
    #expect(fromMidnight.time == time(day: 0, hour: 8) && fromMidnight.capacity == 2)
    let atChange = roster.nextChange(after: time(day: 0, hour: 8))
    #expect(atChange.time == time(day: 0, hour: 17) && atChange.capacity == 0)
    let friday = roster.nextChange(after: time(day: 4, hour: 20))
    #expect(friday.time == time(day: 5, hour: 10) && friday.capacity == 1)
  }

  @Test func nextChangeWrapsAroundToTheNextCycle() throws {
    let roster = try Self.roster()
    let saturday = roster.nextChange(after: time(day: 5, hour: 14))
    #expect(saturday.time == time(day: 7, hour: 8) && saturday.capacity == 2)
    let sunday = roster.nextChange(after: time(day: 6, hour: 23))
    #expect(sunday.time == time(day: 7, hour: 8))
    let farFuture = roster.nextChange(after: time(day: 7 * 100 + 6, hour: 1))
    #expect(farFuture.time == time(day: 7 * 101, hour: 8))
    let beforeStart = roster.nextChange(after: SimTime(ticks: -1))
    #expect(beforeStart.time == time(day: 0, hour: 8))
  }

  /// Brute force over two weeks, minute by minute: the capacity is constant between a time and
  /// its next change, and the next change sets the reported capacity.
  @Test func nextChangeAgreesWithCapacityEverywhere() throws {
    let roster = try Self.roster()
    var t = SimTime(.days(-1))
    let end = SimTime(.days(14))
    var changesSeen = 0
    var expectedNext = roster.nextChange(after: t)
    while t < end {
      let next = t + .minutes(1)
      if roster.capacity(at: next) != roster.capacity(at: t) {
        #expect(expectedNext.time == next)
        #expect(expectedNext.capacity == roster.capacity(at: next))
        changesSeen += 1
      }
      if next >= expectedNext.time {
        #expect(roster.capacity(at: expectedNext.time) == expectedNext.capacity)
        expectedNext = roster.nextChange(after: next)
      }
      t = next
    }
    // 12 changes a week (10 weekday + 2 Saturday), over 15 days: Sunday of week −1 has none.
    #expect(changesSeen == 24)
  }

  @Test func firstOffsetAfterTheCycleStartWrapsWithinTheCycle() throws {
    // Daily: 1 server from 06:00, 3 from 12:00; before 06:00 the 12:00 capacity still holds.
    let daily = try ShiftSchedule(period: .day, changes: [(.hours(6), 1), (.hours(12), 3)])
    #expect(daily.capacity(at: SimTime(.hours(2))) == 3)
    #expect(daily.capacity(at: SimTime(.hours(7))) == 1)
    let early = daily.nextChange(after: SimTime(.days(4) + .hours(2)))
    #expect(early.time == SimTime(.days(4) + .hours(6)) && early.capacity == 1)
  }

  @Test func constantScheduleNeverChangesCapacity() throws {
    let constant = try ShiftSchedule.constant(4)
    for d in [-3, 0, 2, 9, 400] { #expect(constant.capacity(at: SimTime(.days(d) + .hours(5))) == 4) }
    let next = constant.nextChange(after: SimTime(.days(2)))
    #expect(next.time == SimTime(.days(7)) && next.capacity == 4)
  }

  @Test func invalidSchedulesThrow() {
    #expect(throws: ParameterError.self) { try ShiftSchedule(period: .zero, changes: [(.zero, 1)]) }
    #expect(throws: ParameterError.self) { try ShiftSchedule(period: SimDuration(ticks: -5), changes: [(.zero, 1)]) }
    #expect(throws: ParameterError.self) { try ShiftSchedule(period: .day, changes: []) }
    #expect(throws: ParameterError.self) { try ShiftSchedule(period: .day, changes: [(.day, 1)]) }
    #expect(throws: ParameterError.self) { try ShiftSchedule(period: .day, changes: [(SimDuration(ticks: -1), 1)]) }
    #expect(throws: ParameterError.self) { try ShiftSchedule(period: .day, changes: [(.hours(3), 1), (.hours(3), 2)]) }
    #expect(throws: ParameterError.self) { try ShiftSchedule(period: .day, changes: [(.hours(5), 1), (.hours(3), 2)]) }
    #expect(throws: ParameterError.self) { try ShiftSchedule(period: .day, changes: [(.hours(5), -1)]) }
    #expect(throws: ParameterError.self) { try ShiftSchedule.constant(-2) }
  }
}
