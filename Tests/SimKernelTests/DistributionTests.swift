import Foundation
import SimKernel
import Testing
import _TwinTestSupport

/// One family with concrete parameters, for parameterized moment tests.
struct DistributionCase: Sendable, CustomTestStringConvertible {
  var name: String
  /// Makes the distribution; a throw (invalid parameters: a test bug) fails the test case.
  var make: @Sendable () throws -> Distribution
  var testDescription: String { name }

  init(_ name: String, _ make: @escaping @Sendable () throws -> Distribution) {
    self.name = name
    self.make = make
  }

  static let all: [DistributionCase] = [
    DistributionCase("exponential(mean: 2.5)") { try .exponential(mean: 2.5) },
    DistributionCase("exponential(rate: 4)") { try .exponential(rate: 4) },
    DistributionCase("uniform(-2, 5)") { try .uniform(min: -2, max: 5) },
    DistributionCase("normal(10, 3)") { try .normal(mean: 10, sd: 3) },
    DistributionCase("lognormal(mean: 3, sd: 1.5)") { try .lognormal(mean: 3, sd: 1.5) },
    DistributionCase("gamma(shape: 0.5, scale: 2)") { try .gamma(shape: 0.5, scale: 2) },
    DistributionCase("gamma(shape: 3.5, scale: 1.5)") { try .gamma(shape: 3.5, scale: 1.5) },
    DistributionCase("gamma(mean: 4, sd: 2)") { try .gamma(mean: 4, sd: 2) },
    DistributionCase("triangular(1, 2, 6)") { try .triangular(min: 1, mode: 2, max: 6) },
    DistributionCase("triangular(0, 0, 1)") { try .triangular(min: 0, mode: 0, max: 1) },
    DistributionCase("bernoulli(0.3)") { try .bernoulli(p: 0.3) },
    DistributionCase("poisson(4)") { try .poisson(mean: 4) },
    DistributionCase("poisson(10)") { try .poisson(mean: 10) },
    DistributionCase("poisson(250)") { try .poisson(mean: 250) },
    DistributionCase("categorical") { try .categorical(values: [1, 2, 5, 10], weights: [1, 2, 3, 4]) },
    DistributionCase("empirical") { try .empirical([2, 3, 3, 7, 11]) },
  ]
}

/// Sample mean and unbiased sample variance by two passes (independent of `Tally`).
private func moments(_ xs: [Double]) -> (mean: Double, variance: Double) {
  let mean = xs.reduce(0, +) / Double(xs.count)
  let ss = xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
  return (mean, ss / Double(xs.count - 1))
}

/// Kolmogorov–Smirnov distance between the sample and a continuous CDF.
private func ksDistance(_ xs: [Double], cdf: (Double) -> Double) -> Double {
  let sorted = xs.sorted()
  let n = Double(sorted.count)
  var d = 0.0
  for (i, x) in sorted.enumerated() {
    let f = cdf(x)
    d = max(d, f - Double(i) / n, Double(i + 1) / n - f)
  }
  return d
}

private func chiSquare(observed: [Int], expected: [Double]) -> Double {
  zip(observed, expected).reduce(0) { $0 + (Double($1.0) - $1.1) * (Double($1.0) - $1.1) / $1.1 }
}

@Suite struct DistributionTests {
  static let n = 200_000

  /// Sample mean within 5 standard errors of `Distribution.mean` (SE = σ/√n, n = 200,000; a
  /// 5σ band is exceeded with probability 5.7e-7, or 3.2e-7 on the heavier side of the most
  /// skewed case by the Edgeworth correction) and sample variance within 5 % relative error of
  /// `Distribution.variance`. The relative standard error of the sample variance is
  /// √((κ − 1)/n) with κ the kurtosis; the heaviest-tailed case here, gamma(shape 0.5) with
  /// κ = 15, has 0.84 %, so 5 % is a 6σ band, left with probability 2.4e-9 (Edgeworth). Over
  /// 16 cases × 2 assertions a correct sampler fails with probability below 1e-5.
  @Test(.tags(.statistical), arguments: DistributionCase.all)
  func sampleMeanAndVarianceMatchTheTheory(_ c: DistributionCase) throws {
    let distribution = try c.make()
    let xs = Fixtures.draws(distribution, count: Self.n, seed: 1, stream: c.name)
    let (mean, variance) = moments(xs)
    let sigma = distribution.standardDeviation
    #expect(sigma > 0)
    let standardError = sigma / Double(Self.n).squareRoot()
    #expect(
      abs(mean - distribution.mean) < 5 * standardError,
      "mean \(mean) vs \(distribution.mean) (SE \(standardError))")
    #expect(
      abs(variance / distribution.variance - 1) < 0.05,
      "variance \(variance) vs \(distribution.variance)")
  }

  @Test func fixedAlwaysReturnsItsValueWithZeroVariance() throws {
    let d = try Distribution.fixed(4.25)
    #expect(d.mean == 4.25)
    #expect(d.variance == 0)
    #expect(Fixtures.draws(d, count: 1_000, seed: 1, stream: "fixed").allSatisfy { $0 == 4.25 })
  }

  @Test func momentsOfTheMeanAndSDParameterisations() throws {
    let lognormal = try Distribution.lognormal(mean: 3, sd: 1.5)
    #expect(abs(lognormal.mean - 3) < 1e-12)
    #expect(abs(lognormal.standardDeviation - 1.5) < 1e-12)
    let gamma = try Distribution.gamma(mean: 4, sd: 2)
    #expect(abs(gamma.mean - 4) < 1e-12)
    #expect(abs(gamma.standardDeviation - 2) < 1e-12)
    #expect(try Distribution.exponential(mean: 2.5).mean == 2.5)
    #expect(try Distribution.exponential(rate: 4).variance == 1.0 / 16)
    #expect(try Distribution.uniform(min: -2, max: 5).variance == 49.0 / 12)
    #expect(try Distribution.triangular(min: 1, mode: 2, max: 6).mean == 3)
    // Categorical: values 1, 2, 5, 10 with weights 1 : 2 : 3 : 4 → mean (1 + 4 + 15 + 40)/10 = 6.
    let categorical = try Distribution.categorical(values: [1, 2, 5, 10], weights: [1, 2, 3, 4])
    #expect(abs(categorical.mean - 6) < 1e-12)
    // E[X²] = (1 + 8 + 75 + 400)/10 = 48.4, variance 48.4 − 36 = 12.4.
    #expect(abs(categorical.variance - 12.4) < 1e-12)
    // Empirical [2, 3, 3, 7, 11]: mean 26/5 = 5.2, population variance (10.24+4.84·2+3.24+33.64)/5.
    let empirical = try Distribution.empirical([2, 3, 3, 7, 11])
    #expect(abs(empirical.mean - 5.2) < 1e-12)
    #expect(abs(empirical.variance - 56.8 / 5) < 1e-12)
  }

  /// Moments alone do not pin a shape down, so the families with closed-form CDFs also pass a
  /// Kolmogorov–Smirnov test: the distance D_n between the empirical and the true CDF stays
  /// below the ε with 2·exp(−2nε²) = 1e-4 / 5 (the Dvoretzky–Kiefer–Wolfowitz inequality, exact
  /// for every n), so five families fail together with probability at most 1e-4.
  @Test(.tags(.statistical))
  func continuousFamiliesPassAKolmogorovSmirnovTest() throws {
    let critical = FalseFailure.dkwBound(FalseFailure.budget / 5, count: Self.n)
    func normalCDF(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }
    let lognormal = try Distribution.lognormal(mean: 3, sd: 1.5)
    let sigma2 = log1p(0.25)  // ln(1 + sd²/mean²)
    let mu = log(3.0) - sigma2 / 2
    let cases: [(String, Distribution, (Double) -> Double)] = [
      ("exponential", try .exponential(mean: 2.5), { $0 <= 0 ? 0 : 1 - exp(-$0 / 2.5) }),
      ("uniform", try .uniform(min: -2, max: 5), { min(max(($0 + 2) / 7, 0), 1) }),
      ("normal", try .normal(mean: 10, sd: 3), { normalCDF(($0 - 10) / 3) }),
      ("lognormal", lognormal, { $0 <= 0 ? 0 : normalCDF((log($0) - mu) / sigma2.squareRoot()) }),
      (
        "triangular", try .triangular(min: 1, mode: 2, max: 6),
        { x in
          if x <= 1 { return 0 }
          if x >= 6 { return 1 }
          return x <= 2 ? (x - 1) * (x - 1) / (5 * 1) : 1 - (6 - x) * (6 - x) / (5 * 4)
        }
      ),
    ]
    for (name, d, cdf) in cases {
      let distance = ksDistance(Fixtures.draws(d, count: Self.n, seed: 2, stream: name), cdf: cdf)
      #expect(distance < critical, "\(name): D = \(distance), critical \(critical)")
    }
  }

  /// Poisson frequencies against the pmf, for both samplers (Knuth below mean 10, PTRS above),
  /// by a chi-square test at level 1e-4 / 2 per mean (two means: 1e-4 in all), with the tails
  /// beyond 3.5 SD lumped so that every bin expects well over 100 draws, where the χ²
  /// approximation of Pearson's statistic holds.
  @Test(.tags(.statistical), arguments: [4.0, 250.0])
  func poissonFrequenciesMatchThePmf(mean: Double) throws {
    let d = try Distribution.poisson(mean: mean)
    let xs = Fixtures.draws(d, count: Self.n, seed: 3, stream: "poisson \(mean)")
    #expect(xs.allSatisfy { $0 >= 0 && $0 == $0.rounded() })
    func pmf(_ k: Int) -> Double { exp(-mean + Double(k) * log(mean) - lgamma(Double(k) + 1)) }
    // Bins: [0, lo) lumped, lo ... hi one per k, (hi, ∞) lumped.
    let sd = mean.squareRoot()
    let lo = max(0, Int(mean - 3.5 * sd))
    let hi = Int(mean + 3.5 * sd)
    var observed = [Int](repeating: 0, count: hi - lo + 3)
    for x in xs {
      let k = Int(x)
      observed[k < lo ? 0 : (k > hi ? hi - lo + 2 : k - lo + 1)] += 1
    }
    var probabilities = [Double](repeating: 0, count: observed.count)
    probabilities[0] = (0..<lo).reduce(0) { $0 + pmf($1) }
    for k in lo...hi { probabilities[k - lo + 1] = pmf(k) }
    probabilities[observed.count - 1] = 1 - probabilities.reduce(0, +)
    let expected = probabilities.map { $0 * Double(Self.n) }
    // Drop empty-expectation bins (the lower tail when lo = 0).
    let kept = expected.indices.filter { expected[$0] >= 5 }
    let statistic = chiSquare(observed: kept.map { observed[$0] }, expected: kept.map { expected[$0] })
    let bound = FalseFailure.chiSquareBound(FalseFailure.budget / 2, degreesOfFreedom: kept.count - 1)
    #expect(statistic < bound, "χ² = \(statistic) over \(kept.count) bins, bound \(bound)")
  }

  /// Two chi-square tests on 3 degrees of freedom (every bin expects ≥ 20,000 draws), each at
  /// level 1e-4 / 2.
  @Test(.tags(.statistical))
  func categoricalAndEmpiricalFrequenciesMatchTheirWeights() throws {
    let bound = FalseFailure.chiSquareBound(FalseFailure.budget / 2, degreesOfFreedom: 3)
    let categorical = try Distribution.categorical(values: [1, 2, 5, 10, 99], weights: [1, 2, 3, 4, 0])
    let xs = Fixtures.draws(categorical, count: Self.n, seed: 4, stream: "categorical")
    let values: [Double] = [1, 2, 5, 10]
    let observed = values.map { v in xs.lazy.filter { $0 == v }.count }
    #expect(observed.reduce(0, +) == Self.n)  // nothing else, in particular never the 0-weight 99
    let expected = [0.1, 0.2, 0.3, 0.4].map { $0 * Double(Self.n) }
    #expect(chiSquare(observed: observed, expected: expected) < bound)

    let empirical = try Distribution.empirical([2, 3, 3, 7, 11])
    let ys = Fixtures.draws(empirical, count: Self.n, seed: 4, stream: "empirical")
    let observedE = [2.0, 3, 7, 11].map { v in ys.lazy.filter { $0 == v }.count }
    #expect(observedE.reduce(0, +) == Self.n)
    let expectedE = [0.2, 0.4, 0.2, 0.2].map { $0 * Double(Self.n) }
    #expect(chiSquare(observed: observedE, expected: expectedE) < bound)
  }

  @Test func samplesStayInTheirSupport() throws {
    func draws(_ d: Distribution, _ stream: String, count: Int = 20_000) -> [Double] {
      Fixtures.draws(d, count: count, seed: 5, stream: stream)
    }
    #expect(draws(try .exponential(mean: 1), "e").allSatisfy { $0 > 0 && $0.isFinite })
    #expect(draws(try .uniform(min: -2, max: 5), "u").allSatisfy { $0 >= -2 && $0 < 5 })
    #expect(draws(try .triangular(min: 1, mode: 2, max: 6), "t").allSatisfy { $0 >= 1 && $0 <= 6 })
    #expect(draws(try .lognormal(mean: 3, sd: 1.5), "l").allSatisfy { $0 > 0 })
    #expect(draws(try .gamma(shape: 0.3, scale: 1), "g").allSatisfy { $0 >= 0 && $0.isFinite })
    #expect(draws(try .bernoulli(p: 0.3), "b").allSatisfy { $0 == 0 || $0 == 1 })
    #expect(draws(try .bernoulli(p: 0), "b0").allSatisfy { $0 == 0 })
    #expect(draws(try .bernoulli(p: 1), "b1").allSatisfy { $0 == 1 })
    #expect(draws(try .poisson(mean: 0), "p0").allSatisfy { $0 == 0 })
    #expect(draws(try .normal(mean: 7, sd: 0), "n0").allSatisfy { $0 == 7 })
    #expect(draws(try .lognormal(mean: 3, sd: 0), "l0", count: 100).allSatisfy { abs($0 - 3) < 1e-12 })
  }

  @Test func sampleSequencesAreReproducibleFromTheStream() throws {
    let d = try Distribution.gamma(shape: 2.5, scale: 1)
    let first = Fixtures.draws(d, count: 1_000, seed: 6, stream: "g")
    #expect(first == Fixtures.draws(d, count: 1_000, seed: 6, stream: "g"))
    #expect(first != Fixtures.draws(d, count: 1_000, seed: 7, stream: "g"))
  }

  // MARK: - Parameter validation

  /// Each invalid parameter set throws a `ParameterError` naming the offending parameter.
  @Test func invalidParametersThrowParameterErrorNamingTheParameter() {
    func rejects(
      _ parameter: String, _ make: () throws -> Distribution, sourceLocation: SourceLocation = #_sourceLocation
    ) {
      let error = #expect(throws: ParameterError.self, sourceLocation: sourceLocation) { _ = try make() }
      #expect(error?.parameter == parameter, sourceLocation: sourceLocation)
    }
    rejects("mean") { try .exponential(mean: -1) }
    rejects("mean") { try .exponential(mean: 0) }
    rejects("mean") { try .exponential(mean: .infinity) }
    rejects("rate") { try .exponential(rate: .nan) }
    rejects("sd") { try .normal(mean: 0, sd: -1) }
    rejects("mean") { try .normal(mean: .nan, sd: 1) }
    rejects("mean") { try .lognormal(mean: -1, sd: 1) }
    rejects("sd") { try .lognormal(mean: 1, sd: -0.1) }
    rejects("p") { try .bernoulli(p: 1.5) }
    rejects("p") { try .bernoulli(p: -0.1) }
    rejects("p") { try .bernoulli(p: .nan) }
    rejects("max") { try .uniform(min: 3, max: 3) }
    rejects("max") { try .uniform(min: 3, max: 2) }
    rejects("min") { try .uniform(min: .nan, max: 1) }
    rejects("mode") { try .triangular(min: 0, mode: 2, max: 1) }
    rejects("mode") { try .triangular(min: 0, mode: -1, max: 1) }
    rejects("max") { try .triangular(min: 1, mode: 1, max: 1) }
    rejects("shape") { try .gamma(shape: 0, scale: 1) }
    rejects("scale") { try .gamma(shape: 1, scale: -1) }
    rejects("sd") { try .gamma(mean: 1, sd: 0) }
    rejects("mean") { try .poisson(mean: -1) }
    rejects("mean") { try .poisson(mean: 2e9) }
    rejects("weights") { try .categorical(values: [1, 2], weights: [1]) }
    rejects("weights") { try .categorical(values: [], weights: []) }
    rejects("weights[0]") { try .categorical(values: [1], weights: [-1]) }
    rejects("weights") { try .categorical(values: [1, 2], weights: [0, 0]) }
    rejects("values[1]") { try .categorical(values: [1, .nan], weights: [1, 1]) }
    rejects("observations") { try .empirical([]) }
    rejects("observations[1]") { try .empirical([1, .nan]) }
    rejects("value") { try .fixed(.nan) }
    rejects("value") { try .fixed(.infinity) }
  }

  @Test func boundaryParametersAreAccepted() {
    #expect(throws: Never.self) {
      _ = try Distribution.normal(mean: 0, sd: 0)
      _ = try Distribution.bernoulli(p: 0)
      _ = try Distribution.bernoulli(p: 1)
      _ = try Distribution.poisson(mean: 0)
      _ = try Distribution.triangular(min: 0, mode: 0, max: 1)
      _ = try Distribution.triangular(min: 0, mode: 1, max: 1)
      _ = try Distribution.lognormal(mean: 1, sd: 0)
      _ = try Distribution.categorical(values: [1, 2], weights: [0, 1])
    }
  }

  @Test func parameterErrorDescribesTheProblem() {
    let error = ParameterError(parameter: "sd", value: "-1.0", allowed: "≥ 0")
    #expect(error.description == "sd = -1.0 is out of range (allowed: ≥ 0)")
  }

  /// The counts are binomial; each 5σ band is left with probability ≤ 5.8e-7 (exact binomial
  /// tails), 1.7e-6 for the three.
  @Test(.tags(.statistical))
  func aliasTableNormalisesWeightsAndNeverDrawsAZeroWeight() throws {
    let table = try AliasTable(weights: [0, 3, 1, 0, 4])
    #expect(table.count == 5)
    #expect(table.probabilities == [0, 0.375, 0.125, 0, 0.5])
    var rng = RandomStream(seed: 8, replication: 0, stream: StreamID("alias"))
    var counts = [Int](repeating: 0, count: 5)
    for _ in 0..<80_000 { counts[table.sample(using: &rng)] += 1 }
    #expect(counts[0] == 0 && counts[3] == 0)
    // 5σ binomial bands around 30,000 / 10,000 / 40,000.
    #expect(abs(counts[1] - 30_000) < 5 * 137)
    #expect(abs(counts[2] - 10_000) < 5 * 94)
    #expect(abs(counts[4] - 40_000) < 5 * 142)
  }
}
