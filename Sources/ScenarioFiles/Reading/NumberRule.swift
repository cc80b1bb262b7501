import FileFormats

/// An allowed range for a real number in a scenario file: the intervals it may lie in (the
/// one definition the reader's test and the JSON Schema's bounds both come from), its wording
/// for messages, and a harmless value to carry on with when the file's value is rejected.
///
/// Every number a file gives has an upper limit: a value the model can hold in its counters,
/// clock and whole-fen money is not enough, it must also describe a district (the limits and
/// their reasons are in `Docs/scenario-format.md`).
package struct NumberRule: Sendable {
  /// The range in words, as reported (`0 ... 1`, `0 < x ≤ 1000`).
  package let allowed: String
  /// Substituted for a rejected or missing value so reading can continue; satisfies the rule.
  package let placeholder: Double
  /// The intervals a value may lie in (it must lie in one of them); never empty.
  package let intervals: [NumberInterval]

  package init(_ allowed: String, placeholder: Double, _ intervals: [NumberInterval]) {
    precondition(!intervals.isEmpty, "NumberRule: at least one interval")
    self.allowed = allowed
    self.placeholder = placeholder
    self.intervals = intervals
  }

  /// Whether `x` is finite and in one of the intervals. O(intervals).
  package func accepts(_ x: Double) -> Bool { x.isFinite && intervals.contains { $0.contains(x) } }

  /// Any finite number: a sweep's levels, each then checked as the scenario value it sets.
  package static let finite = NumberRule("a finite number", placeholder: 0, [.init(-.infinity, .infinity)])

  /// low ≤ x ≤ high.
  package static func range(_ low: Double, _ high: Double) -> NumberRule {
    NumberRule("\(text(low)) ... \(text(high))", placeholder: low, [.init(low, high)])
  }

  /// 0 < x ≤ high: a positive quantity (a capacity, a factor, a time constant).
  package static func positive(upTo high: Double) -> NumberRule {
    NumberRule("0 < x ≤ \(text(high))", placeholder: min(1, high), [.init(0, high, lowExclusive: true)])
  }

  /// 0 or resolution ≤ |x| ≤ limit (x ≥ 0 when `signed` is false; `unit` follows the range,
  /// with its leading space): a magnitude that is neither
  /// astronomically large nor so small that it can only be a slip (a subnormal such as
  /// 5e-324), as distribution parameters are.
  package static func magnitude(resolution: Double, limit: Double, signed: Bool, unit: String) -> NumberRule {
    let span = "\(text(resolution)) ... \(text(limit))"
    let positive: [NumberInterval] = [.init(0, 0), .init(resolution, limit)]
    return NumberRule(
      signed ? "0 or ±(\(span))\(unit)" : "0 or \(span)\(unit)", placeholder: 0,
      signed ? positive + [.init(-limit, -resolution)] : positive)
  }

  /// 0 ≤ x ≤ 1: probabilities, shares, scores, weights.
  package static let unitInterval = range(0, 1)
  /// 0 ≤ x < 1: shares that must leave something over (admin share, admin cut).
  package static let belowOne = NumberRule("0 ≤ x < 1", placeholder: 0, [.init(0, 1, highExclusive: true)])

  /// `x` as limits are written: `1e9`, `1e12` for the large powers of ten and `0.000001` for
  /// the small ones (neither has to be counted), anything else as JSON writes it.
  static func text(_ x: Double) -> String {
    var power = 1.0
    for k in 1...15 {
      power *= 10
      if x == power, k >= 9 { return "1e\(k)" }
      if x == 1 / power, k >= 4 { return "0." + String(repeating: "0", count: k - 1) + "1" }
    }
    return JSONValue.format(x)
  }
}

/// One interval of a ``NumberRule``: `low ≤ x ≤ high`, either end exclusive; an infinite end
/// is no bound.
package struct NumberInterval: Sendable, Hashable {
  package let low: Double
  package let high: Double
  package let lowExclusive: Bool
  package let highExclusive: Bool

  package init(_ low: Double, _ high: Double, lowExclusive: Bool = false, highExclusive: Bool = false) {
    self.low = low
    self.high = high
    self.lowExclusive = lowExclusive
    self.highExclusive = highExclusive
  }

  /// Whether `x` lies in the interval. O(1).
  package func contains(_ x: Double) -> Bool {
    (lowExclusive ? x > low : x >= low) && (highExclusive ? x < high : x <= high)
  }
}
