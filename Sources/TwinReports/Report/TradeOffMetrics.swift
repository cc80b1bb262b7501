import CommunityModel

/// What the trade-off charts of reports and explorer pages set against each other, defined
/// once for both: money spent across, against each outcome, with the outcome's better
/// direction from the metric catalog.
enum TradeOffMetrics {
  /// The cost axis.
  static let cost = Metric.budgetSpent
  /// The outcomes charted against the cost, in order.
  static let outcomes = [Metric.satisfactionIndex, Metric.responseMeanDays]

  /// The Pareto goal of `outcome`: maximise what is better higher, minimise the rest.
  static func goal(_ outcome: Metric) -> ParetoFront.Goal {
    outcome.direction == .higher ? .maximize : .minimize
  }
}
