import CommunityModel
import Foundation
import SimKernel
import Testing
import TwinExperiments
import _TwinTestSupport

/// Fieller's interval for a ratio of paired means, and the verdicts on what a change costs.
@Suite struct CostEffectivenessTests {
  /// Worked by hand: x = (10, 12, 9, 13), y = (2, 3, 2, 3). x̄ = 11, ȳ = 2.5; s_xx = 10/3,
  /// s_yy = 1/3, s_xy = 1; n = 4, t = t(0.975, 3) = 3.18244630528371, t² = 10.1279644860139.
  /// a = ȳ² − t²·s_yy/n = 6.25 − t²/12 = 5.40600295949884;
  /// b = x̄·ȳ − t²·s_xy/n = 27.5 − t²/4 = 24.9680088784965;
  /// c = x̄² − t²·s_xx/n = 121 − 5t²/6 = 112.560029594988;
  /// b² − a·c = 14.9016142448968, so the interval is (b ± √14.9016…) / a =
  /// [3.90450174239626, 5.33264039960921] around x̄ ÷ ȳ = 4.4 (not symmetric about it).
  @Test func fiellersIntervalMatchesAHandWorkedCase() throws {
    let estimate = RatioEstimate(numerators: [10, 12, 9, 13], denominators: [2, 3, 2, 3])
    #expect(estimate.count == 4)
    #expect(abs(try #require(estimate.ratio) - 4.4) < 1e-12)
    #expect(abs(try #require(estimate.ci95Low) - 3.90450174239626) < 1e-9)
    #expect(abs(try #require(estimate.ci95High) - 5.33264039960921) < 1e-9)
    #expect(estimate.isEstimable)
  }

  /// With denominators that do not vary, Fieller's interval is the numerators' t interval
  /// divided by the denominator: x̄ ÷ y ± t·s_x/(√n·|y|). x = (1, 2, 3, 4, 5), y = −2:
  /// x̄ = 3, s_x = √2.5, t(0.975, 4) = 2.77644510519779, so −1.5 ± 0.981… (negative y
  /// swaps the bounds).
  @Test func constantDenominatorsGiveTheNumeratorsIntervalScaled() throws {
    let estimate = RatioEstimate(numerators: [1, 2, 3, 4, 5], denominators: [-2, -2, -2, -2, -2])
    let halfWidth = 2.77644510519779 * 2.5.squareRoot() / 5.0.squareRoot() / 2
    #expect(abs(try #require(estimate.ci95Low) - (-1.5 - halfWidth)) < 1e-9)
    #expect(abs(try #require(estimate.ci95High) - (-1.5 + halfWidth)) < 1e-9)
  }

  /// When the denominators' own 95 % interval holds 0, Fieller's set is unbounded: no bounds,
  /// whatever the numerators; the point ratio is still reported when ȳ ≠ 0.
  @Test func aDenominatorNotClearOfZeroIsNotEstimable() {
    let straddling = RatioEstimate(numerators: [100, 110, 90, 105], denominators: [1, -1, 2, -1.5])
    #expect(!straddling.isEstimable && straddling.ci95Low == nil && straddling.ci95High == nil)
    #expect(straddling.ratio == 101.25 / 0.125)
    let zero = RatioEstimate(numerators: [1, 2], denominators: [0, 0])
    #expect(zero.ratio == nil && !zero.isEstimable)
    let one = RatioEstimate(numerators: [3, .nan], denominators: [2, 1])
    #expect(one.count == 1 && one.ratio == 1.5 && !one.isEstimable)
  }

  /// On a large sample Fieller's interval and the delta method's (x̄ ÷ ȳ ± t·se, se² =
  /// (v_xx − 2R·v_xy + R²·v_yy) ÷ ȳ² from the variances of the means) agree: they differ by a
  /// relative O(t²·v_yy ÷ ȳ²) ≈ 5e-5 of the half-width here, so 1 % is a tolerance of
  /// about 200 times that, which only an absurd sample (ȳ within a few standard errors of 0,
  /// probability < 1e-12) could break. x = 5 + z₁ + 0.8·z₂, y = 2 + z₂ with independent
  /// standard normal z₁, z₂ over n = 20,000 pairs: true ratio 2.5, σ_R² = (1.64 − 2·2.5·0.8 +
  /// 2.5²) ÷ 2² = 0.9725.
  /// - The estimate lies within z·σ_R/√n of 2.5 with z = `FalseFailure.normalBound(twoSided:
  ///   5e-5)` (false-failure probability 5e-5, normal approximation; n is large).
  /// - The half-width is within 5 % of 1.96·σ_R/√n: the sample SD of n = 20,000 normal-ish
  ///   values is within 5 % of its true value except with probability < 1e-20 (its relative
  ///   SD is about 1/√(2n) = 0.5 %, so 5 % is 10 SD).
  @Test(.tags(.statistical)) func fiellerAgreesWithTheDeltaMethodOnALargeSample() throws {
    let n = 20_000
    let z1 = Fixtures.draws(try .normal(mean: 0, sd: 1), count: n, seed: 21, stream: "z1")
    let z2 = Fixtures.draws(try .normal(mean: 0, sd: 1), count: n, seed: 21, stream: "z2")
    let x = zip(z1, z2).map { 5 + $0 + 0.8 * $1 }
    let y = z2.map { 2 + $0 }
    let fieller = RatioEstimate(numerators: x, denominators: y)
    let delta = try Self.deltaMethod(x, y)
    let low = try #require(fieller.ci95Low)
    let high = try #require(fieller.ci95High)
    #expect(abs(low - delta.low) < 0.01 * delta.halfWidth, "Fieller \(low), delta \(delta.low)")
    #expect(abs(high - delta.high) < 0.01 * delta.halfWidth, "Fieller \(high), delta \(delta.high)")
    let sigma = 0.9725.squareRoot() / Double(n).squareRoot()
    let z = FalseFailure.normalBound(twoSided: 5e-5)
    #expect(abs(try #require(fieller.ratio) - 2.5) < z * sigma)
    #expect(abs((high - low) / 2 / (1.96 * sigma) - 1) < 0.05)
  }

  /// The delta method's 95 % interval for x̄ ÷ ȳ.
  static func deltaMethod(_ x: [Double], _ y: [Double]) throws -> (low: Double, high: Double, halfWidth: Double) {
    let n = Double(x.count)
    let (mx, my) = (x.reduce(0, +) / n, y.reduce(0, +) / n)
    var (vxx, vyy, vxy) = (0.0, 0.0, 0.0)
    for (a, b) in zip(x, y) {
      vxx += (a - mx) * (a - mx)
      vyy += (b - my) * (b - my)
      vxy += (a - mx) * (b - my)
    }
    let scale = 1 / ((n - 1) * n)
    let r = mx / my
    let se = ((vxx - 2 * r * vxy + r * r * vyy) * scale).squareRoot() / abs(my)
    let halfWidth = StudentT.quantile(0.975, degreesOfFreedom: n - 1) * se
    return (r - halfWidth, r + halfWidth, halfWidth)
  }

  // MARK: Verdicts

  /// Paired samples, scenario − base, whose 95 % intervals are clearly above 0, clearly
  /// below, or straddle 0 (4 pairs each).
  enum Change: CaseIterable {
    case up, down, unclear

    var values: [Double] {
      switch self {
      case .up: [1.0, 1.2, 0.9, 1.1]
      case .down: [-1.0, -1.2, -0.9, -1.1]
      case .unclear: [1.0, -1.0, 0.5, -0.4]
      }
    }

    func difference(_ metric: String) -> PairedDifference {
      PairedDifference(metric: metric, unit: "", scenario: "s", base: [0, 0, 0, 0], other: values)
    }
  }

  /// Every combination of the metric's change and the added cost, for a metric better lower
  /// (response time) and one better higher (satisfaction): "up" is better for the second.
  @Test(arguments: [Metric.Direction.lower, .higher])
  func everyCombinationGetsItsVerdict(direction: Metric.Direction) {
    let better: Change = direction == .higher ? .up : .down
    let worse: Change = direction == .higher ? .down : .up
    let cases: [(effect: Change, cost: Change, verdict: CostEffectivenessVerdict)] = [
      (better, .unclear, .dominates), (better, .down, .dominates), (better, .up, .costsMoreForBetter),
      (worse, .unclear, .dominated), (worse, .up, .dominated), (worse, .down, .costsLessForWorse),
      (.unclear, .up, .noClearChange), (.unclear, .down, .noClearChange), (.unclear, .unclear, .noClearChange),
    ]
    for (effect, cost, verdict) in cases {
      let found = CostEffectivenessVerdict(
        cost: cost.difference("cost"), effect: effect.difference("metric"), direction: direction)
      #expect(found == verdict, "metric \(effect), cost \(cost)")
    }
    let single = PairedDifference(metric: "metric", unit: "", scenario: "s", base: [0], other: [1])
    #expect(
      CostEffectivenessVerdict(cost: Change.up.difference("cost"), effect: single, direction: direction) == .tooFewRuns)
  }

  /// The ratio's interval is bounded exactly when the metric's change is clear (both tests
  /// use t(0.975, n − 1)), and for a trade-off it is positive: the cost of a unit gained, or
  /// the saving of a unit given up.
  @Test func aTradeOffHasAPositiveBoundedRatioAndAnUnclearChangeNone() throws {
    let cost = Change.up.values
    let gained = RatioEstimate(numerators: cost, denominators: Change.up.values)
    #expect(try #require(gained.ci95Low) > 0)
    let givenUp = RatioEstimate(numerators: Change.down.values, denominators: Change.down.values.map { $0 * 2 })
    #expect(try #require(givenUp.ci95Low) > 0 && givenUp.ratio == 0.5)
    #expect(!RatioEstimate(numerators: cost, denominators: Change.unclear.values).isEstimable)
  }
}
