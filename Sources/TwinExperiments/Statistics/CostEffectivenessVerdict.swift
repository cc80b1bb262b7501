import CommunityModel

/// What a scenario's change in one metric costs against the base, judged on the paired 95 %
/// intervals of the metric's change and of the added cost (``PairedDifference``):
///
/// | Verdict | Metric's change | Added cost |
/// |---|---|---|
/// | ``dominates`` | clearly better | not clearly above 0 (its interval reaches 0 or below) |
/// | ``dominated`` | clearly worse | not clearly below 0 (its interval reaches 0 or above) |
/// | ``costsMoreForBetter`` | clearly better | clearly above 0: a trade-off, priced by the ratio |
/// | ``costsLessForWorse`` | clearly worse | clearly below 0: a trade-off, priced by the ratio |
/// | ``noClearChange`` | its interval holds 0 | any: the ratio is not estimable |
/// | ``tooFewRuns`` | fewer than 2 paired observations of either | |
///
/// "Clearly better" follows the metric's ``Metric/Direction``; "clearly" means the paired
/// difference is significant (``PairedDifference/isSignificant``).
public enum CostEffectivenessVerdict: String, CaseIterable, Hashable, Sendable {
  /// Better on the metric at no clear extra cost.
  case dominates
  /// Worse on the metric at no clear saving.
  case dominated
  /// Better on the metric for clearly more money.
  case costsMoreForBetter = "costs_more_for_better"
  /// Worse on the metric for clearly less money.
  case costsLessForWorse = "costs_less_for_worse"
  /// The metric's change is not clear, so neither is what a unit of it costs.
  case noClearChange = "no_clear_change"
  /// Fewer than 2 paired observations of the metric or of the cost.
  case tooFewRuns = "too_few_runs"

  /// The verdict on `effect`, a metric's paired difference whose better direction is
  /// `direction`, given `cost`, the cost metric's paired difference (the added cost).
  /// - Precondition: `direction` is not ``Metric/Direction/neither``.
  public init(cost: PairedDifference, effect: PairedDifference, direction: Metric.Direction) {
    precondition(direction != .neither, "CostEffectivenessVerdict: \(effect.metric) has no better direction")
    guard cost.count >= 2, effect.count >= 2, let change = effect.meanDifference, cost.meanDifference != nil
    else {
      self = .tooFewRuns
      return
    }
    guard effect.isSignificant else {
      self = .noClearChange
      return
    }
    let isBetter = (change > 0) == (direction == .higher)
    let clearlyDearer = cost.isSignificant && cost.meanDifference! > 0
    let clearlyCheaper = cost.isSignificant && cost.meanDifference! < 0
    switch (isBetter, clearlyDearer, clearlyCheaper) {
    case (true, true, _): self = .costsMoreForBetter
    case (true, false, _): self = .dominates
    case (false, _, true): self = .costsLessForWorse
    case (false, _, false): self = .dominated
    }
  }

  /// Whether the verdict is a trade-off, whose price is the ratio.
  public var isTradeOff: Bool { self == .costsMoreForBetter || self == .costsLessForWorse }
}
