/// The Pareto front of options judged on a cost to minimise and a benefit to maximise (or a
/// second cost): the options no other option beats on one criterion without losing on the
/// other.
public enum ParetoFront {
  /// Whether a larger second value is better (satisfaction) or worse (response time).
  public enum Goal: Sendable {
    case maximize
    case minimize
  }

  /// Indices of `options` on the front, in increasing cost (ties: input order). Option j
  /// dominates i when it costs no more, is no worse on the second criterion and is strictly
  /// better on at least one; options with a non-finite value are never on the front. Identical
  /// options are all on the front. O(n²), fine for scenarios and sweep points.
  public static func indices(_ options: [(cost: Double, value: Double)], goal: Goal) -> [Int] {
    func better(_ a: Double, _ b: Double) -> Bool { goal == .maximize ? a > b : a < b }
    func noWorse(_ a: Double, _ b: Double) -> Bool { goal == .maximize ? a >= b : a <= b }
    let valid = options.indices.filter { options[$0].cost.isFinite && options[$0].value.isFinite }
    let front = valid.filter { i in
      !valid.contains { j in
        j != i && options[j].cost <= options[i].cost && noWorse(options[j].value, options[i].value)
          && (options[j].cost < options[i].cost || better(options[j].value, options[i].value))
      }
    }
    return front.sorted { (options[$0].cost, $0) < (options[$1].cost, $1) }
  }
}
