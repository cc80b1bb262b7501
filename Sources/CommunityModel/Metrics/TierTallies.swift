import SimKernel

/// One interval of the clock of a need [days], by request tier and over all tiers
/// (``ResponseStatistics``).
struct TierTallies: Codable {
  /// Indexed by ``RequestTier/rawValue``.
  var byTier = Array(repeating: Tally(), count: RequestTier.allCases.count)
  var all = Tally()

  /// Records an interval of `days` for a request of `tier`. O(1).
  mutating func record(_ days: Double, tier: Int) {
    byTier[tier].record(days)
    all.record(days)
  }
}
