/// An allowed range for a real number in a scenario file: the test, its wording for
/// messages, and a harmless value to carry on with when the file's value is rejected.
package struct NumberRule: Sendable {
  /// The range in words, as reported (`> 0`, `0 ... 1`).
  package let allowed: String
  /// Substituted for a rejected or missing value so reading can continue; satisfies the rule.
  package let placeholder: Double
  package let test: @Sendable (Double) -> Bool

  package init(_ allowed: String, placeholder: Double, _ test: @escaping @Sendable (Double) -> Bool) {
    self.allowed = allowed
    self.placeholder = placeholder
    self.test = test
  }

  /// Whether `x` is finite and in range.
  package func accepts(_ x: Double) -> Bool { x.isFinite && test(x) }

  /// Any finite number.
  package static let finite = NumberRule("a finite number", placeholder: 0) { _ in true }
  /// x > 0.
  package static let positive = NumberRule("> 0", placeholder: 1) { $0 > 0 }
  /// x ≥ 0.
  package static let nonNegative = NumberRule("≥ 0", placeholder: 0) { $0 >= 0 }
  /// 0 ≤ x ≤ 1: probabilities, shares, scores, weights.
  package static let unitInterval = NumberRule("0 ... 1", placeholder: 0) { $0 >= 0 && $0 <= 1 }
  /// 0 ≤ x < 1: shares that must leave something over (admin share).
  package static let belowOne = NumberRule("0 ≤ x < 1", placeholder: 0) { $0 >= 0 && $0 < 1 }
  /// 0 < x ≤ 1: productivities.
  package static let aboveZeroUpToOne = NumberRule("0 < x ≤ 1", placeholder: 1) { $0 > 0 && $0 <= 1 }
}
