import Foundation
import Testing
import _TwinTestSupport

/// The bounds statistical tests take their tolerances from, against published quantiles
/// (scipy.stats 1.17: `norm.isf`, `chi2.isf`, `t.isf`).
@Suite struct FalseFailureTests {
  @Test func normalBoundsMatchTheNormalQuantiles() {
    #expect(abs(FalseFailure.normalBound(twoSided: 0.05) - 1.959_963_985) < 1e-8)
    #expect(abs(FalseFailure.normalBound(oneSided: 1e-4) - 3.719_016_485) < 1e-8)
    #expect(abs(FalseFailure.normalBound(twoSided: 2.5e-5) - 4.214_799_670) < 1e-8)
    #expect(abs(FalseFailure.normalTail(3.719_016_485) - 1e-4) < 1e-12)
  }

  @Test func chiSquareBoundsMatchTheChiSquareQuantiles() {
    // Both branches of the incomplete gamma function: x below and above k/2 + 1.
    #expect(abs(FalseFailure.chiSquareBound(0.001, degreesOfFreedom: 99) - 148.230_359_17) < 1e-6)
    #expect(abs(FalseFailure.chiSquareBound(0.001, degreesOfFreedom: 3) - 16.266_236_20) < 1e-6)
    #expect(abs(FalseFailure.chiSquareBound(2.5e-5, degreesOfFreedom: 99) - 166.627_197_35) < 1e-6)
    #expect(abs(FalseFailure.chiSquareBound(1e-4, degreesOfFreedom: 1) - 15.136_705_23) < 1e-6)
    #expect(abs(FalseFailure.chiSquareBound(0.5, degreesOfFreedom: 200) - 199.333_729_84) < 1e-6)
    // χ²₂ is exponential with mean 2: P(χ²₂ > x) = e^(−x/2).
    #expect(abs(FalseFailure.chiSquareTail(3, degreesOfFreedom: 2) - exp(-1.5)) < 1e-14)
  }

  @Test func studentBoundsAndIntervalsMatchTheTQuantiles() throws {
    #expect(abs(FalseFailure.studentBound(twoSided: 5e-5, degreesOfFreedom: 19) - 5.208_582_530) < 1e-7)
    #expect(abs(FalseFailure.studentBound(twoSided: 5e-5, degreesOfFreedom: 9) - 7.215_269_254) < 1e-7)
    // 1, 2, 3, 4, 5: mean 3, s = √2.5; the interval missing with probability 5e-5 has
    // half-width t · s / √5.
    let ci = try #require(FalseFailure.interval([1, 2, 3, 4, 5], missing: 5e-5))
    let t = FalseFailure.studentBound(twoSided: 5e-5, degreesOfFreedom: 4)
    #expect(abs(ci.halfWidth / (t * 2.5.squareRoot() / 5.0.squareRoot()) - 1) < 1e-9 && ci.mean == 3)
  }

  @Test func theDKWBoundSolvesMassartsInequality() {
    let epsilon = FalseFailure.dkwBound(1e-4, count: 200_000)
    #expect(abs(2 * exp(-2 * 200_000 * epsilon * epsilon) - 1e-4) < 1e-16)
  }
}
