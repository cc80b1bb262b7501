// Samplers for the families without a closed-form inverse. Written from the published
// algorithms; each cites its source.

extension Distribution {
  /// A standard normal draw by the Box–Muller transform (one of the pair; stateless).
  @inlinable
  static func _standardNormal<G: RandomNumberGenerator>(using generator: inout G) -> Double {
    let radius = (-2 * _log(generator.nextOpenUnit())).squareRoot()
    return radius * _cos(2 * Double.pi * generator.nextUnit())
  }

  /// A Gamma(shape, 1) draw: Marsaglia & Tsang (2000), "A simple method for generating gamma
  /// variables", with the u^(1/k) boost for shape < 1.
  @inlinable
  static func _standardGamma<G: RandomNumberGenerator>(shape: Double, using generator: inout G) -> Double {
    if shape < 1 {
      let boosted = _standardGamma(shape: shape + 1, using: &generator)
      return boosted * _pow(generator.nextOpenUnit(), 1 / shape)
    }
    let d = shape - 1.0 / 3.0
    let c = 1 / (9 * d).squareRoot()
    while true {
      var x: Double
      var v: Double
      repeat {
        x = _standardNormal(using: &generator)
        v = 1 + c * x
      } while v <= 0
      v = v * v * v
      let u = generator.nextOpenUnit()
      let x2 = x * x
      if u < 1 - 0.0331 * x2 * x2 { return d * v }
      if _log(u) < 0.5 * x2 + d * (1 - v + _log(v)) { return d * v }
    }
  }

  /// A Poisson draw: Knuth's multiplication method below mean 10, else Hörmann's PTRS
  /// (transformed rejection with squeeze, "The transformed rejection method for generating
  /// Poisson random variables", 1993).
  @inlinable
  static func _poisson<G: RandomNumberGenerator>(mean: Double, using generator: inout G) -> Int {
    if mean < 10 {
      let limit = _exp(-mean)
      var product = generator.nextUnit()
      var count = 0
      while product > limit {
        count += 1
        product *= generator.nextUnit()
      }
      return count
    }
    let slam = mean.squareRoot()
    let loglam = _log(mean)
    let b = 0.931 + 2.53 * slam
    let a = -0.059 + 0.02483 * b
    let invAlpha = 1.1239 + 1.1328 / (b - 3.4)
    let vr = 0.9277 - 3.6224 / (b - 2)
    while true {
      let u = generator.nextUnit() - 0.5
      let v = generator.nextOpenUnit()
      let us = 0.5 - abs(u)
      let k = ((2 * a / us + b) * u + mean + 0.43).rounded(.down)
      if us >= 0.07 && v <= vr { return Int(k) }
      if k < 0 || (us < 0.013 && v > us) { continue }
      if _log(v) + _log(invAlpha) - _log(a / (us * us) + b) <= -mean + k * loglam - _lgamma(k + 1) {
        return Int(k)
      }
    }
  }
}
