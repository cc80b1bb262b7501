import Foundation
import SimKernel
import Testing

/// ``Distribution/poissonQuantile(_:mean:)``: the inverse of the Poisson distribution
/// function, exact at small and large means, and monotone in the mean for a fixed uniform.
@Suite struct PoissonQuantileTests {
  /// P(N ≤ k − 1) < u ≤ P(N ≤ k), against the distribution function summed from lgamma.
  @Test(arguments: [0.5, 3.0, 40.0, 900.0])
  func invertsTheDistributionFunction(mean: Double) {
    func cdf(_ k: Int) -> Double {
      (0...k).reduce(0) { $0 + exp(-mean + Double($1) * log(mean) - lgamma(Double($1 + 1))) }
    }
    for u in [0.01, 0.3, 0.5, 0.9, 0.999] {
      let k = Distribution.poissonQuantile(u, mean: mean)
      #expect(cdf(k) >= u - 1e-9, "mean \(mean), u \(u)")
      if k > 0 { #expect(cdf(k - 1) < u + 1e-9, "mean \(mean), u \(u)") }
    }
  }

  @Test func aSmallerMeanNeverGivesMore() {
    #expect(Distribution.poissonQuantile(0.7, mean: 0) == 0)
    for u in stride(from: 0.05, to: 1, by: 0.1) {
      var previous = 0
      for mean in stride(from: 0.5, to: 60, by: 0.5) {
        let k = Distribution.poissonQuantile(u, mean: mean)
        #expect(k >= previous)
        previous = k
      }
    }
  }
}
