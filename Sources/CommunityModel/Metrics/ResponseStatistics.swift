import SimKernel

/// Response times of resolved requests [days], by tier and overall.
struct ResponseStatistics {
  var byTier = Array(repeating: Tally(), count: RequestTier.allCases.count)
  var all = Tally()
  var distribution = QuantileHistogram()
  /// Counts by tier in fixed bins, for distribution charts.
  var histogram = ResponseHistogram()
  /// Urgent requests resolved within 48 h of their report.
  var urgentWithin48h = 0

  mutating func record(days: Double, tier: Int) {
    byTier[tier].record(days)
    all.record(days)
    distribution.record(days)
    histogram.record(days: days, tier: tier)
    if tier == RequestTier.urgent.rawValue && days <= 2 { urgentWithin48h += 1 }
  }
}
