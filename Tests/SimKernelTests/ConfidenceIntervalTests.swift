import SimKernel
import Testing

@Suite struct ConfidenceIntervalTests {
  /// Student-t quantiles from printed tables (and scipy.stats.t.ppf), to the tables' 4 decimals.
  @Test(arguments: [
    (0.975, 9.0, 2.2622),
    (0.975, 1.0, 12.7062),
    (0.995, 20.0, 2.8453),
    (0.975, 1_000.0, 1.9623),
    (0.975, 2.0, 4.3027),
    (0.90, 5.0, 1.4759),
    (0.95, 30.0, 1.6973),
    (0.995, 19.0, 2.8609),
    (0.975, 4.0, 2.7764),
  ])
  func studentTQuantilesMatchTextbookTables(p: Double, degreesOfFreedom: Double, table: Double) {
    let t = StudentT.quantile(p, degreesOfFreedom: degreesOfFreedom)
    #expect(abs(t - table) <= 1e-4, "t(\(p), \(degreesOfFreedom)) = \(t)")
  }

  @Test func studentTClosedFormsForOneAndTwoDegreesOfFreedom() {
    // ν = 1 is the Cauchy distribution: P(T ≤ 1) = 3/4, so t(0.75, 1) = 1 and t(0.975, 1) = tan(0.475π).
    #expect(abs(StudentT.cdf(1, degreesOfFreedom: 1) - 0.75) < 1e-12)
    #expect(abs(StudentT.quantile(0.75, degreesOfFreedom: 1) - 1) < 1e-9)
    // ν = 2: t_p = (2p − 1)/√(2p(1 − p)).
    for p in [0.6, 0.9, 0.975, 0.999] {
      let exact = (2 * p - 1) / (2 * p * (1 - p)).squareRoot()
      #expect(abs(StudentT.quantile(p, degreesOfFreedom: 2) - exact) < 1e-8 * exact, "p = \(p)")
    }
  }

  @Test func studentTIsSymmetricAndInvertsItsCDF() {
    #expect(StudentT.quantile(0.5, degreesOfFreedom: 7) == 0)
    #expect(StudentT.cdf(0, degreesOfFreedom: 7) == 0.5)
    #expect(abs(StudentT.quantile(0.025, degreesOfFreedom: 9) + 2.2622) <= 1e-4)
    for nu in [1.0, 3, 9, 50, 400] {
      for p in [0.6, 0.8, 0.95, 0.99, 0.999] {
        let t = StudentT.quantile(p, degreesOfFreedom: nu)
        #expect(abs(StudentT.cdf(t, degreesOfFreedom: nu) - p) < 1e-9, "ν = \(nu), p = \(p)")
        #expect(StudentT.quantile(1 - p, degreesOfFreedom: nu) == -t)
      }
    }
  }

  @Test func studentTApproachesTheNormalForLargeDegreesOfFreedom() {
    // z(0.975) = 1.959964; t(0.975, 10⁶) = 1.959966.
    #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: 1e6) - 1.959966) < 1e-5)
    // More degrees of freedom, thinner tails: the quantile decreases monotonically.
    let qs = [1.0, 2, 5, 10, 30, 100, 1_000].map { StudentT.quantile(0.975, degreesOfFreedom: $0) }
    #expect(zip(qs, qs.dropFirst()).allSatisfy { $0 > $1 })
  }

  /// Textbook example, by hand: values 10.2, 9.8, 10.5, 10.1, 9.7, 10.4, 10.0, 9.9, 10.3, 10.1.
  /// Mean = 101/10 = 10.1. Deviations ±0.1, −0.3, 0.4, 0, −0.4, 0.3, −0.1, −0.2, 0.2, 0 give
  /// Σd² = 0.60, s² = 0.60/9 = 0.0667, s = 0.258199. With t(0.975, 9) = 2.262157:
  /// half-width = 2.262157 × 0.258199 / √10 = 0.184704 → 95 % CI [9.9153, 10.2847].
  /// At 99 %, t(0.995, 9) = 3.249836: half-width 0.265348.
  @Test func textbookConfidenceInterval() throws {
    let values: [Double] = [10.2, 9.8, 10.5, 10.1, 9.7, 10.4, 10.0, 9.9, 10.3, 10.1]
    let ci = try #require(ConfidenceInterval(values, level: 0.95))
    #expect(abs(ci.mean - 10.1) < 1e-12)
    #expect(abs(ci.halfWidth - 0.184704) < 1e-6)
    #expect(abs(ci.lower - 9.915296) < 1e-6)
    #expect(abs(ci.upper - 10.284704) < 1e-6)
    #expect(ci.count == 10)
    #expect(ci.level == 0.95)
    #expect(abs(ci.relativeHalfWidth - 0.184704 / 10.1) < 1e-7)
    let ci99 = try #require(ConfidenceInterval(values, level: 0.99))
    #expect(abs(ci99.halfWidth - 0.265348) < 1e-6)
    #expect(ci.contains(10.28) && !ci.contains(10.29) && ci.contains(ci.lower) && ci.contains(ci.upper))
  }

  @Test func intervalFromSummaryStatistics() throws {
    // mean 5, s = 2, n = 10: half-width = 2.262157 × 2/√10 = 1.430714.
    let ci = try #require(ConfidenceInterval(mean: 5, standardDeviation: 2, count: 10))
    #expect(abs(ci.halfWidth - 1.430714) < 1e-6)
    #expect(ConfidenceInterval(mean: 5, standardDeviation: 2, count: 1) == nil)
    #expect(ConfidenceInterval([1.0]) == nil)
    #expect(ConfidenceInterval([Double]()) == nil)
  }

  @Test func relativeHalfWidthAtZeroMean() throws {
    let zeroWidth = try #require(ConfidenceInterval([0.0, 0, 0]))
    #expect(zeroWidth.relativeHalfWidth == 0)
    let centred = try #require(ConfidenceInterval([-1.0, 1]))
    #expect(centred.relativeHalfWidth == .infinity)
  }

  /// Coverage: of 2,000 independent 95 % intervals, each from 10 normal values, the share
  /// containing the true mean is within 5 binomial standard errors of 0.95
  /// (SE = √(0.95 · 0.05 / 2000) = 0.0049, band ±0.0244), which exact binomial tails leave
  /// with probability 1.5e-6.
  @Test(.tags(.statistical))
  func ninetyFivePercentIntervalsCoverTheMeanNinetyFivePercentOfTheTime() throws {
    let d = try Distribution.normal(mean: 3, sd: 2)
    var rng = RandomStream(seed: 31, replication: 0, stream: StreamID("coverage"))
    let trials = 2_000
    var covered = 0
    for _ in 0..<trials {
      let values = (0..<10).map { _ in d.sample(using: &rng) }
      if try #require(ConfidenceInterval(values, level: 0.95)).contains(3) { covered += 1 }
    }
    let share = Double(covered) / Double(trials)
    #expect(abs(share - 0.95) < 5 * (0.95 * 0.05 / Double(trials)).squareRoot(), "coverage \(share)")
  }
}
