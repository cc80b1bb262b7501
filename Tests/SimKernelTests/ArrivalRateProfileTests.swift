import SimKernel
import Testing

@Suite struct ArrivalRateProfileTests {
  /// Closed at night, two peaks of multiplier 3.
  static let hourly: [Double] = [
    0, 0, 0, 0, 0, 0, 0.5, 1, 2, 3, 3, 2,
    2, 3, 3, 2, 1, 1, 0.5, 0.5, 0.25, 0, 0, 0,
  ]

  /// Thinning reproduces the rate. With 240 arrivals/day at multiplier 1 (10 per hour), the
  /// expected count in hour h over 200 days is 200 × 10 × hourly[h] (500 to 6,000). Counts are
  /// Poisson, so each must lie within 5 standard errors (5√expected) of its expectation, a band
  /// left with probability ≤ 8.2e-7 (exact Poisson tails at 500); hours with rate 0 must have
  /// no arrivals at all. 17 hours and the total: below 1.5e-5 in all.
  @Test(.tags(.statistical))
  func thinningReproducesTheHourlyRate() throws {
    let profile = try ArrivalRateProfile(baseRatePerDay: 240, hourly: Self.hourly)
    let days = 200
    var rng = RandomStream(seed: 21, replication: 0, stream: StreamID("arrivals"))
    var counts = [Int](repeating: 0, count: 24)
    var t = SimTime.zero
    let end = SimTime(.days(days))
    while let next = profile.nextArrival(after: t, using: &rng), next < end {
      #expect(next > t)
      counts[next.hourOfDay] += 1
      t = next
    }
    for hour in 0..<24 {
      let expected = Double(days) * 10 * Self.hourly[hour]
      if expected == 0 {
        #expect(counts[hour] == 0, "hour \(hour)")
      } else {
        #expect(
          abs(Double(counts[hour]) - expected) < 5 * expected.squareRoot(),
          "hour \(hour): \(counts[hour]) arrivals, expected \(expected)")
      }
    }
    let total = Double(days) * profile.meanRatePerDay
    #expect(abs(Double(counts.reduce(0, +)) - total) < 5 * total.squareRoot())
  }

  /// Weekday and month multipliers: Sundays (weekly[6] = 0) and February (monthly[1] = 0) get
  /// nothing; each weekday's count over one 365-day year is within 5 standard errors of
  /// Σ_days base × weekly[w] × monthly[m] (Poisson, ≥ 900 expected: each 5σ band is left with
  /// probability below 7e-7, 4.2e-6 for the six).
  @Test(.tags(.statistical))
  func weekdayAndMonthMultipliersShapeArrivals() throws {
    let weekly: [Double] = [1, 1, 1, 1, 2, 0.5, 0]
    var monthly = [Double](repeating: 1, count: 12)
    monthly[1] = 0
    monthly[6] = 1.5
    let profile = try ArrivalRateProfile(baseRatePerDay: 40, weekly: weekly, monthly: monthly)
    #expect(profile.peakRatePerDay == 40 * 2 * 1.5)
    var expected = [Double](repeating: 0, count: 7)
    for day in 0..<365 {
      let t = SimTime(.days(day))
      expected[t.weekday] += 40 * weekly[t.weekday] * monthly[t.month]
    }
    var rng = RandomStream(seed: 22, replication: 0, stream: StreamID("arrivals"))
    var counts = [Int](repeating: 0, count: 7)
    var february = 0
    var t = SimTime.zero
    while let next = profile.nextArrival(after: t, using: &rng), next < SimTime(.days(365)) {
      counts[next.weekday] += 1
      if next.month == 1 { february += 1 }
      t = next
    }
    #expect(february == 0)
    #expect(counts[6] == 0)
    for w in 0..<6 {
      #expect(abs(Double(counts[w]) - expected[w]) < 5 * expected[w].squareRoot(), "weekday \(w)")
    }
  }

  @Test func rateIsTheProductOfBaseAndMultipliers() throws {
    var weekly = [Double](repeating: 1, count: 7)
    weekly[2] = 0.5  // Wednesday
    var monthly = [Double](repeating: 1, count: 12)
    monthly[0] = 2  // January
    let profile = try ArrivalRateProfile(baseRatePerDay: 24, hourly: Self.hourly, weekly: weekly, monthly: monthly)
    // Wednesday (day 2) 09:30 in January: 24 × 3 × 0.5 × 2.
    #expect(profile.ratePerDay(at: SimTime(.days(2) + .hours(9) + .minutes(30))) == 72)
    #expect(profile.ratePerDay(at: SimTime(.days(2) + .hours(3))) == 0)
    #expect(profile.peakRatePerDay == 24 * 3 * 1 * 2)
  }

  @Test func meanRateAveragesTheProfileOverAYear() throws {
    #expect(try ArrivalRateProfile(baseRatePerDay: 10).meanRatePerDay == 10)
    let hourlySum = Self.hourly.reduce(0, +)  // 24.75
    let profile = try ArrivalRateProfile(baseRatePerDay: 24, hourly: Self.hourly)
    #expect(abs(profile.meanRatePerDay - hourlySum) < 1e-12)
    var monthly = [Double](repeating: 0, count: 12)
    monthly[1] = 1  // only February: 28 of 365 days
    let februaryOnly = try ArrivalRateProfile(baseRatePerDay: 365, monthly: monthly)
    #expect(abs(februaryOnly.meanRatePerDay - 28) < 1e-12)
  }

  @Test func zeroRateProfilesReturnNoArrival() throws {
    var rng = RandomStream(seed: 23, replication: 0, stream: StreamID("arrivals"))
    let closed = try ArrivalRateProfile(baseRatePerDay: 0)
    #expect(closed.nextArrival(after: .zero, using: &rng) == nil)
    let neverOpen = try ArrivalRateProfile(baseRatePerDay: 100, hourly: [Double](repeating: 0, count: 24))
    #expect(neverOpen.peakRatePerDay == 0)
    #expect(neverOpen.nextArrival(after: SimTime(.days(3)), using: &rng) == nil)
  }

  @Test func nextArrivalIsStrictlyLaterEvenAtHighRates() throws {
    // 10 per second: gaps round to zero ticks most of the time, but time must still advance.
    let profile = try ArrivalRateProfile(baseRatePerDay: 864_000)
    var rng = RandomStream(seed: 24, replication: 0, stream: StreamID("arrivals"))
    var t = SimTime(.hours(5))
    for _ in 0..<1_000 {
      let next = try #require(profile.nextArrival(after: t, using: &rng))
      #expect(next > t)
      t = next
    }
  }

  @Test func invalidProfilesThrow() {
    #expect(throws: ParameterError.self) {
      try ArrivalRateProfile(baseRatePerDay: 1, hourly: [Double](repeating: 1, count: 23))
    }
    #expect(throws: ParameterError.self) {
      try ArrivalRateProfile(baseRatePerDay: 1, hourly: [Double](repeating: 1, count: 25))
    }
    #expect(throws: ParameterError.self) {
      try ArrivalRateProfile(baseRatePerDay: 1, weekly: [Double](repeating: 1, count: 8))
    }
    #expect(throws: ParameterError.self) {
      try ArrivalRateProfile(baseRatePerDay: 1, monthly: [Double](repeating: 1, count: 11))
    }
    #expect(throws: ParameterError.self) { try ArrivalRateProfile(baseRatePerDay: -1) }
    #expect(throws: ParameterError.self) { try ArrivalRateProfile(baseRatePerDay: .nan) }
    #expect(throws: ParameterError.self) { try ArrivalRateProfile(baseRatePerDay: .infinity) }
    var negative = Self.hourly
    negative[5] = -0.1
    let error = #expect(throws: ParameterError.self) { try ArrivalRateProfile(baseRatePerDay: 1, hourly: negative) }
    #expect(error?.parameter == "hourly[5]")
    let lengthError = #expect(throws: ParameterError.self) {
      try ArrivalRateProfile(baseRatePerDay: 1, weekly: [1, 1, 1])
    }
    #expect(lengthError?.parameter == "weekly")
  }

  /// A rate so small that the next arrival is beyond the sampling limit (2³⁹ s, in August of
  /// year 17,432) returns that limit, unthinned, even where the profile is zero (August): it
  /// means "never" in any run, and thinning it would draw for ever.
  @Test func anArrivalBeyondTheSamplingLimitIsTheLimit() throws {
    let limit = SimTime(SimDuration.samplingLimit)
    #expect(limit.month == 7)
    let monthly = (0..<12).map { $0 == 7 ? 0.0 : 1 }
    for rate in [1e-300, 1e-9] {
      let profile = try ArrivalRateProfile(baseRatePerDay: rate, monthly: monthly)
      var rng = RandomStream(seed: 4, replication: 0, stream: StreamID("far"))
      #expect(profile.nextArrival(after: .zero, using: &rng) == limit, "rate \(rate)")
    }
  }
}
