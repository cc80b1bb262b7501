import SimKernel
import Testing

@Suite struct SimTimeTests {
  // MARK: - SimDuration

  @Test func unitConstructorsCountWholeSeconds() {
    #expect(SimDuration.seconds(90).ticks == 90)
    #expect(SimDuration.minutes(5).ticks == 300)
    #expect(SimDuration.hours(2).ticks == 7_200)
    #expect(SimDuration.days(3).ticks == 259_200)
    #expect(SimDuration.weeks(1).ticks == 604_800)
    #expect(SimDuration.hour == .hours(1))
    #expect(SimDuration.day == .hours(24))
    #expect(SimDuration.week == .days(7))
  }

  @Test func fractionalUnitConstructorsRoundToTheNearestSecond() {
    #expect(SimDuration.hours(1.5).ticks == 5_400)
    #expect(SimDuration.minutes(0.5).ticks == 30)
    #expect(SimDuration.days(0.25).ticks == 21_600)
    #expect(SimDuration.seconds(2.4).ticks == 2)
    #expect(SimDuration.seconds(2.6).ticks == 3)
    #expect(SimDuration.seconds(-2.6).ticks == -3)
  }

  @Test func durationArithmeticAndComparison() {
    var d = SimDuration.hours(1)
    d += .minutes(30)
    #expect(d == .minutes(90))
    d -= .seconds(60)
    #expect(d.ticks == 5_340)
    #expect(SimDuration.hours(3) - .hours(5) == SimDuration(ticks: -7_200))
    #expect(SimDuration.minutes(15) * 4 == .hours(1))
    #expect(3 * SimDuration.days(1) == .days(3))
    #expect(SimDuration.minutes(59) < .hours(1))
    #expect(SimDuration(ticks: -1) < .zero)
    #expect(SimDuration.minutes(90).hours == 1.5)
    #expect(SimDuration.hours(36).days == 1.5)
    #expect(SimDuration.seconds(90).minutes == 1.5)
    #expect(SimDuration.hours(1).description == "3600 s")
  }

  // MARK: - SimTime arithmetic

  @Test func pointMinusPointIsADurationAndPointPlusDurationIsAPoint() {
    let a = SimTime(.days(2))
    let b = SimTime(.hours(6))
    #expect(a - b == .hours(42))
    #expect(b - a == SimDuration(ticks: -42 * 3_600))
    #expect(b + .hours(42) == a)
    #expect(a - SimDuration.hours(42) == b)
    var c = b
    c += .hours(42)
    #expect(c == a)
    #expect((a + .minutes(7)) - .minutes(7) == a)
    #expect(SimTime(.days(3)).sinceStart == .days(3))
    #expect(SimTime.zero < SimTime(ticks: 1))
    #expect(SimTime(ticks: 1) < SimTime.distantFuture)
    #expect(SimTime.distantFuture.ticks == Int64.max)
  }

  @Test func timeConvertsToSecondsHoursAndDays() {
    let t = SimTime(ticks: 129_600)  // 1.5 days
    #expect(t.seconds == 129_600)
    #expect(t.hours == 36)
    #expect(t.days == 1.5)
  }

  @Test func descriptionShowsDayAndClockTime() {
    #expect(SimTime(.days(3) + .hours(14) + .minutes(5) + .seconds(9)).description == "day 3 14:05:09")
    #expect(SimTime.zero.description == "day 0 00:00:00")
    #expect(SimTime.distantFuture.description == "distant future")
    // Negative times floor to the previous day: -1 s is the last second of day -1.
    #expect(SimTime(ticks: -1).description == "day -1 23:59:59")
  }

  // MARK: - Calendar fields (day 0 = Monday 1 January, 365-day years)

  @Test func dayZeroIsMondayFirstOfJanuaryAtMidnight() {
    let t = SimTime.zero
    #expect(t.dayIndex == 0)
    #expect(t.weekday == 0)
    #expect(t.month == 0)
    #expect(t.dayOfYear == 0)
    #expect(t.hourOfDay == 0)
    #expect(t.secondOfDay == 0)
  }

  @Test func calendarFieldsOfLaterDays() {
    // Friday is day 4; the next Monday is day 7.
    #expect(SimTime(.days(4)).weekday == 4)
    #expect(SimTime(.days(6)).weekday == 6)
    #expect(SimTime(.days(7)).weekday == 0)
    // Day 30 is 31 January, day 31 is 1 February, day 59 is 1 March, day 364 is 31 December.
    #expect(SimTime(.days(30)).month == 0)
    #expect(SimTime(.days(31)).month == 1)
    #expect(SimTime(.days(58)).month == 1)
    #expect(SimTime(.days(59)).month == 2)
    #expect(SimTime(.days(334)).month == 11)
    #expect(SimTime(.days(364)).month == 11)
    // Years repeat without leap days: day 365 is 1 January again.
    #expect(SimTime(.days(365)).month == 0)
    #expect(SimTime(.days(365)).dayOfYear == 0)
    #expect(SimTime(.days(365 + 31)).month == 1)
    // Every month start in the table maps to its month.
    for (m, start) in Weekday.monthStartDays.enumerated() {
      #expect(SimTime(.days(start)).month == m)
      #expect(SimTime(.days(start) - .seconds(1)).month == (m + 11) % 12)
    }
  }

  @Test func hourAndSecondOfDay() {
    let t = SimTime(.days(2) + .hours(13) + .minutes(59) + .seconds(59))
    #expect(t.dayIndex == 2)
    #expect(t.hourOfDay == 13)
    #expect(t.secondOfDay == 13 * 3_600 + 59 * 60 + 59)
    #expect((t + .seconds(1)).hourOfDay == 14)
    #expect(SimTime(.days(1) - .seconds(1)).hourOfDay == 23)
    #expect(SimTime(.days(1)).hourOfDay == 0)
  }

  @Test func negativeTimesBelongToEarlierDays() {
    let t = SimTime(ticks: -1)
    #expect(t.dayIndex == -1)
    #expect(t.hourOfDay == 23)
    #expect(t.secondOfDay == 86_399)
    #expect(t.weekday == 6)  // the day before a Monday is a Sunday
    #expect(t.dayOfYear == 364)
    #expect(t.month == 11)
    #expect(Weekday.index(ofDay: -7) == 0)
    #expect(Weekday.index(ofDay: -8) == 6)
  }

  // MARK: - Sampled durations

  @Test func samplingRoundsToTheNearestTick() {
    #expect(SimDuration(sampling: 1.5, unit: .hour).ticks == 5_400)
    #expect(SimDuration(sampling: 2.25, unit: .minute).ticks == 135)
    #expect(SimDuration(sampling: 0.0001, unit: .hour).ticks == 0)  // 0.36 s
    #expect(SimDuration(sampling: 0.0002, unit: .hour).ticks == 1)  // 0.72 s
    #expect(SimDuration(sampling: 0.49, unit: .second).ticks == 0)
    #expect(SimDuration(sampling: 0.5, unit: .second).ticks == 1)
    #expect(SimDuration(sampling: 3, unit: .day) == .days(3))
    #expect(SimDuration(sampling: 1.4999999999999998, unit: .second).ticks == 1)
    #expect(SimDuration(sampling: 2.5, unit: .second).ticks == 3)
  }

  /// The largest double below 0.5 (0.49999999999999994) is nearer to 0 than to 1. Rounding by
  /// `Int64(x + 0.5)` gets it wrong: the addition itself rounds up to exactly 1.0.
  @Test func samplingRoundsTheLargestDoubleBelowOneHalfDown() {
    let justBelowHalf = 0.5.nextDown
    #expect(SimDuration(sampling: justBelowHalf, unit: .second).ticks == 0)
  }

  /// Half-up rounding for every magnitude below the sampling limit: ties on even and odd whole
  /// numbers, the neighbours of each tie, values up to 2³⁹ (where saturation takes over) and
  /// random doubles from 2⁻³⁰ to 2³⁹, all against the definition: the whole part, plus one if
  /// the remainder is ≥ ½.
  @Test func samplingRoundsHalfUpAtEveryMagnitude() {
    func halfUp(_ x: Double) -> Int64 {
      let whole = Int64(x)
      return x - Double(whole) >= 0.5 ? whole + 1 : whole
    }
    var values: [Double] = []
    for k in [0.0, 1, 2, 3, 4, 1_000, 1_001, 0x1p30, 0x1p38 - 1, 0x1p38, 0x1p39 - 2] {
      let tie = k + 0.5
      values += [tie, tie.nextUp, tie.nextDown, k, k.nextUp, (k + 1).nextDown]
    }
    values += [0x1p39.nextDown, (0x1p39 - 1.5).nextUp]
    var rng = RandomStream(seed: 3, replication: 0, stream: StreamID("rounding"))
    for _ in 0..<20_000 {
      let scale = Double(sign: .plus, exponent: Int.random(in: -30...38, using: &rng), significand: 1)
      values.append(Double.random(in: 1..<2, using: &rng) * scale)
    }
    var wrong = 0
    for x in values where x > 0 && SimDuration(sampling: x, unit: .second).ticks != halfUp(x) { wrong += 1 }
    #expect(wrong == 0)
    #expect(SimDuration(sampling: 0x1p39 - 0.5, unit: .second).ticks == 1 << 39)
    #expect(SimDuration(sampling: 4.5, unit: .second).ticks == 5)
  }

  /// Samples of 2³⁹ s or more, infinity included, saturate at the limit, whatever the unit,
  /// so that now + the sample stays inside the event calendar's range (0 ..< 2⁴⁰ s).
  @Test func samplingSaturatesAtTheLimit() {
    #expect(SimDuration.samplingLimit.ticks == 1 << 39)
    for (amount, unit) in [
      (0x1p39, SimDuration.second), (1e300, .second), (.infinity, .hour), (1e15, .day),
      (Double.greatestFiniteMagnitude, .week),
    ] {
      #expect(SimDuration(sampling: amount, unit: unit) == .samplingLimit)
    }
    #expect(SimDuration(sampling: 0x1p39.nextDown, unit: .second) == .samplingLimit)  // rounds up to it
    #expect(SimDuration(sampling: 6_362_914, unit: .day).ticks == 6_362_914 * 86_400)  // just below
  }

  @Test func samplingClampsNegativeAndNaNToZero() {
    #expect(SimDuration(sampling: -3, unit: .hour) == .zero)
    #expect(SimDuration(sampling: -0.0, unit: .hour) == .zero)
    #expect(SimDuration(sampling: -.infinity, unit: .hour) == .zero)
    #expect(SimDuration(sampling: .nan, unit: .hour) == .zero)
    #expect(SimDuration(sampling: -.nan, unit: .minute) == .zero)
  }
}
