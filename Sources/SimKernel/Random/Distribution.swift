/// A probability distribution of a real quantity, with validated parameters and its moments.
///
/// Construct with the throwing factories, which reject out-of-range parameters with a
/// ``ParameterError`` naming the parameter and its allowed range:
///
///     let service = try Distribution.lognormal(mean: 3, sd: 1.5)   // hours
///     let x = service.sample(using: &stream)
///     service.mean      // 3.0
///
/// Sampling is a `switch` over a value type: no closures, no existentials, no allocation.
/// Every family reports its exact ``mean`` and ``variance`` so tests can compare samples with
/// theory (Ciw's `mean` / `variance`).
public struct Distribution: Hashable, Sendable, Codable {
  @usableFromInline
  enum _Kind: Hashable, Sendable, Codable {
    case fixed(Double)
    case exponential(rate: Double)
    case uniform(min: Double, max: Double)
    case normal(mean: Double, sd: Double)
    /// Parameters of the underlying normal: `log X ~ N(mu, sigma²)`.
    case lognormal(mu: Double, sigma: Double)
    case gamma(shape: Double, scale: Double)
    case triangular(min: Double, mode: Double, max: Double)
    case bernoulli(p: Double)
    case poisson(mean: Double)
    case categorical(values: [Double], table: AliasTable)
    case empirical(ContiguousArray<Double>)
  }

  @usableFromInline let _kind: _Kind

  @inlinable init(_ kind: _Kind) { _kind = kind }

  // MARK: - Factories

  /// Always `value`.
  public static func fixed(_ value: Double) throws -> Distribution {
    try ParameterError.check("value", value, "finite") { _ in true }
    return Distribution(.fixed(value))
  }

  /// Exponential with the given `mean` (> 0); rate = 1 / mean.
  public static func exponential(mean: Double) throws -> Distribution {
    try ParameterError.check("mean", mean, "> 0") { $0 > 0 }
    return Distribution(.exponential(rate: 1 / mean))
  }

  /// Exponential with the given `rate` (> 0); mean = 1 / rate.
  public static func exponential(rate: Double) throws -> Distribution {
    try ParameterError.check("rate", rate, "> 0") { $0 > 0 }
    return Distribution(.exponential(rate: rate))
  }

  /// Continuous uniform on [`min`, `max`), `min` < `max`.
  public static func uniform(min: Double, max: Double) throws -> Distribution {
    try ParameterError.check("min", min, "finite") { _ in true }
    try ParameterError.check("max", max, "> min (\(min))") { $0 > min }
    return Distribution(.uniform(min: min, max: max))
  }

  /// Normal with `mean` and standard deviation `sd` (≥ 0). Samples may be negative.
  public static func normal(mean: Double, sd: Double) throws -> Distribution {
    try ParameterError.check("mean", mean, "finite") { _ in true }
    try ParameterError.check("sd", sd, "≥ 0") { $0 >= 0 }
    return Distribution(.normal(mean: mean, sd: sd))
  }

  /// Lognormal parameterised by its own `mean` (> 0) and standard deviation `sd` (≥ 0), not by
  /// the underlying normal's: σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2.
  public static func lognormal(mean: Double, sd: Double) throws -> Distribution {
    try ParameterError.check("mean", mean, "> 0") { $0 > 0 }
    try ParameterError.check("sd", sd, "≥ 0") { $0 >= 0 }
    let sigma2 = _log1p((sd / mean) * (sd / mean))
    return Distribution(.lognormal(mu: _log(mean) - sigma2 / 2, sigma: sigma2.squareRoot()))
  }

  /// Gamma with `shape` k > 0 and `scale` θ > 0: mean kθ, variance kθ².
  public static func gamma(shape: Double, scale: Double) throws -> Distribution {
    try ParameterError.check("shape", shape, "> 0") { $0 > 0 }
    try ParameterError.check("scale", scale, "> 0") { $0 > 0 }
    return Distribution(.gamma(shape: shape, scale: scale))
  }

  /// Gamma matched to `mean` (> 0) and `sd` (> 0): k = mean²/sd², θ = sd²/mean.
  public static func gamma(mean: Double, sd: Double) throws -> Distribution {
    try ParameterError.check("mean", mean, "> 0") { $0 > 0 }
    try ParameterError.check("sd", sd, "> 0") { $0 > 0 }
    return try gamma(shape: (mean * mean) / (sd * sd), scale: (sd * sd) / mean)
  }

  /// Triangular on [`min`, `max`] with peak at `mode`; `min` ≤ `mode` ≤ `max`, `min` < `max`.
  public static func triangular(min: Double, mode: Double, max: Double) throws -> Distribution {
    try ParameterError.check("min", min, "finite") { _ in true }
    try ParameterError.check("max", max, "> min (\(min))") { $0 > min }
    try ParameterError.check("mode", mode, "\(min) ... \(max)") { $0 >= min && $0 <= max }
    return Distribution(.triangular(min: min, mode: mode, max: max))
  }

  /// 1 with probability `p` (0 ... 1), else 0.
  public static func bernoulli(p: Double) throws -> Distribution {
    try ParameterError.check("p", p, "0 ... 1") { $0 >= 0 && $0 <= 1 }
    return Distribution(.bernoulli(p: p))
  }

  /// Poisson counts with the given `mean` (≥ 0, at most 1e9).
  public static func poisson(mean: Double) throws -> Distribution {
    try ParameterError.check("mean", mean, "0 ... 1e9") { $0 >= 0 && $0 <= 1e9 }
    return Distribution(.poisson(mean: mean))
  }

  /// `values[i]` with probability proportional to `weights[i]` (alias method, O(1) per draw).
  public static func categorical(values: [Double], weights: [Double]) throws -> Distribution {
    guard values.count == weights.count else {
      throw ParameterError(
        parameter: "weights", value: "\(weights.count) weights",
        allowed: "one weight per value (\(values.count))")
    }
    for (i, v) in values.enumerated() {
      try ParameterError.check("values[\(i)]", v, "finite") { _ in true }
    }
    return Distribution(.categorical(values: values, table: try AliasTable(weights: weights)))
  }

  /// Resamples the observed values uniformly (each observation equally likely).
  public static func empirical(_ observations: [Double]) throws -> Distribution {
    guard !observations.isEmpty else {
      throw ParameterError(parameter: "observations", value: "[]", allowed: "at least one value")
    }
    for (i, v) in observations.enumerated() {
      try ParameterError.check("observations[\(i)]", v, "finite") { _ in true }
    }
    return Distribution(.empirical(ContiguousArray(observations)))
  }

  // MARK: - Moments

  /// The exact mean of the distribution.
  public var mean: Double {
    switch _kind {
    case .fixed(let v): return v
    case .exponential(let rate): return 1 / rate
    case .uniform(let a, let b): return (a + b) / 2
    case .normal(let m, _): return m
    case .lognormal(let mu, let sigma): return _exp(mu + sigma * sigma / 2)
    case .gamma(let k, let theta): return k * theta
    case .triangular(let a, let c, let b): return (a + b + c) / 3
    case .bernoulli(let p): return p
    case .poisson(let m): return m
    case .categorical(let values, let table):
      return zip(values, table.probabilities).reduce(0) { $0 + $1.0 * $1.1 }
    case .empirical(let xs): return xs.reduce(0, +) / Double(xs.count)
    }
  }

  /// The exact variance of the distribution (population variance for `empirical`).
  public var variance: Double {
    switch _kind {
    case .fixed: return 0
    case .exponential(let rate): return 1 / (rate * rate)
    case .uniform(let a, let b): return (b - a) * (b - a) / 12
    case .normal(_, let sd): return sd * sd
    case .lognormal(let mu, let sigma):
      let s2 = sigma * sigma
      return (_exp(s2) - 1) * _exp(2 * mu + s2)
    case .gamma(let k, let theta): return k * theta * theta
    case .triangular(let a, let c, let b): return (a * a + b * b + c * c - a * b - a * c - b * c) / 18
    case .bernoulli(let p): return p * (1 - p)
    case .poisson(let m): return m
    case .categorical(let values, let table):
      let m = mean
      return zip(values, table.probabilities).reduce(0) { $0 + ($1.0 - m) * ($1.0 - m) * $1.1 }
    case .empirical(let xs):
      let m = mean
      return xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(xs.count)
    }
  }

  /// The standard deviation, √variance.
  public var standardDeviation: Double { variance.squareRoot() }

  // MARK: - Sampling

  /// Draws one value. O(1) expected for every family (rejection samplers loop a bounded
  /// expected number of times); allocation-free.
  ///
  /// The exponential and the lognormal, the commonest families for gaps and durations, are
  /// inlined at the call site (reading their parameters in place, with no copy of the
  /// distribution); the other families go through one out-of-line `switch`.
  @inlinable @inline(__always)
  public func sample<G: RandomNumberGenerator>(using generator: inout G) -> Double {
    switch _kind {
    case .exponential(let rate): return -_log(generator.nextOpenUnit()) / rate
    case .lognormal(let mu, let sigma): return _exp(mu + sigma * Self._standardNormal(using: &generator))
    default: return _sampleAnyFamily(using: &generator)
    }
  }

  @inlinable @inline(never)
  func _sampleAnyFamily<G: RandomNumberGenerator>(using generator: inout G) -> Double {
    switch _kind {
    case .fixed(let v):
      return v
    case .exponential(let rate):
      return -_log(generator.nextOpenUnit()) / rate
    case .uniform(let a, let b):
      return a + (b - a) * generator.nextUnit()
    case .normal(let m, let sd):
      return m + sd * Self._standardNormal(using: &generator)
    case .lognormal(let mu, let sigma):
      return _exp(mu + sigma * Self._standardNormal(using: &generator))
    case .gamma(let k, let theta):
      return theta * Self._standardGamma(shape: k, using: &generator)
    case .triangular(let a, let c, let b):
      let u = generator.nextUnit()
      let split = (c - a) / (b - a)
      return u < split ? a + ((b - a) * (c - a) * u).squareRoot() : b - ((b - a) * (b - c) * (1 - u)).squareRoot()
    case .bernoulli(let p):
      return generator.nextUnit() < p ? 1 : 0
    case .poisson(let m):
      return Double(Self._poisson(mean: m, using: &generator))
    case .categorical(let values, let table):
      return values[table.sample(using: &generator)]
    case .empirical(let xs):
      return xs[Int(generator.nextUnit() * Double(xs.count))]
    }
  }
}
