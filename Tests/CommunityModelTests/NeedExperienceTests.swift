import CommunityModel
import SimKernel
import Testing

/// The three orderings of ``NeedExperience`` (served ≥ unserved; sooner ≥ later; a shorter unmet
/// need ≥ a longer one), checked on the satisfaction after the experience for every prior s, on
/// the function the model calls and through the step the model applies (s + w (e − s)). Exact
/// up to floating-point rounding (1e-12).
@Suite struct NeedExperienceTests {
  static let rounding = 1e-12
  static let priors = (0...20).map { Double($0) / 20 }
  static let durations: [Double] = [0, 0.01, 0.5, 1, 2, 4.9, 5, 5.1, 10, 30, 45, 90, 365, 3_650]
  static let expectations: [Double] = [0.05, 1, 2, 5, 30, 365]

  /// Satisfaction after `experience` from `s`, the two ways: the (uplift, harm) form and the
  /// score-and-weight step the model's ``DistrictModel`` applies.
  static func after(_ experience: NeedExperience, from s: Double) -> (direct: Double, step: Double) {
    (experience.applied(to: s), s + experience.weight * (experience.score - s))
  }

  /// Checks the orderings for parameters `p` over the grids; returns the number of comparisons.
  @discardableResult
  static func checkOrderings(_ p: SatisfactionParameters, durations: [Double], expectations: [Double]) -> Int {
    var comparisons = 0
    for expected in expectations {
      let served = durations.map { NeedExperience.need(served: true, days: $0, expectedDays: expected, p) }
      let unserved = durations.map { NeedExperience.need(served: false, days: $0, expectedDays: expected, p) }
      for s in priors {
        let servedAfter = served.map { after($0, from: s) }
        let unservedAfter = unserved.map { after($0, from: s) }
        for x in servedAfter + unservedAfter {
          #expect(x.direct >= -rounding && x.direct <= 1 + rounding, "stays in [0, 1] (p \(p), s \(s))")
          #expect(abs(x.direct - x.step) <= rounding, "the model's step is the same experience")
        }
        for (i, a) in servedAfter.enumerated() {
          // (a) served, whatever its duration, is never worse than unserved, whatever its duration.
          for b in unservedAfter {
            #expect(a.step >= b.step - rounding, "(a) served \(durations[i]) d, s \(s), E \(expected), \(p)")
            comparisons += 1
          }
          // (b) served later is never better than sooner; (c) unmet longer never better.
          for j in i..<durations.count {
            #expect(servedAfter[j].step <= a.step + rounding, "(b) \(durations[i]) vs \(durations[j]) d, s \(s)")
            #expect(unservedAfter[j].step <= unservedAfter[i].step + rounding, "(c) \(durations[i]) vs \(durations[j])")
            comparisons += 2
          }
        }
      }
    }
    return comparisons
  }

  @Test func orderingsHoldForTheDefaults() {
    let n = Self.checkOrderings(SatisfactionParameters(), durations: Self.durations, expectations: Self.expectations)
    #expect(n > 10_000)
  }

  /// 300 random parameter sets within the documented ranges (B ≤ M), each over random
  /// durations and expectations as well as the grids.
  @Test func orderingsHoldForRandomParameters() {
    var random = RandomStream(seed: 20, replication: 0, stream: StreamID("need-experience"))
    for _ in 0..<300 {
      var p = SatisfactionParameters()
      p.servedUplift = random.nextUnit()
      p.latenessExponent = 10 * random.nextUnit()
      let harms = [random.nextUnit(), random.nextUnit()].sorted()
      p.lateHarm = harms[0]
      p.unservedHarmMax = harms[1]
      p.unservedHarmHalfDays = 0.01 + 1_000 * random.nextUnit()
      let durations = (0..<6).map { _ in 400 * random.nextUnit() * random.nextUnit() }.sorted()
      let expectations = (0..<2).map { _ in 0.01 + 60 * random.nextUnit() }
      Self.checkOrderings(p, durations: durations, expectations: expectations)
      Self.checkOrderings(p, durations: Self.durations, expectations: [5])
    }
  }

  /// (c) is strict when the maximum harm exceeds the least one, and the harm of an unmet need
  /// is halfway between them at the half-time; on time, a served need only lifts.
  @Test func unmetHarmGrowsFromTheLeastToTheMaximum() {
    let p = SatisfactionParameters(lateHarm: 0.1, unservedHarmMax: 0.3, unservedHarmHalfDays: 40)
    let harm = { (days: Double) in NeedExperience.need(served: false, days: days, expectedDays: 5, p).harm }
    #expect(abs(harm(0) - 0.1) < 1e-15)
    #expect(abs(harm(40) - 0.2) < 1e-15)
    #expect(harm(41) > harm(40))
    let onTime = NeedExperience.need(served: true, days: 3, expectedDays: 5, p)
    #expect(onTime.harm == 0 && abs(onTime.uplift - p.servedUplift) < 1e-15)
    let late = NeedExperience.need(served: true, days: 10, expectedDays: 5, p)
    #expect(abs(late.uplift - p.servedUplift / 2) < 1e-15 && abs(late.harm - 0.05) < 1e-15)
  }
}
