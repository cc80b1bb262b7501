/// Resolved requests counted by tier and response time [days], in fixed bins chosen for
/// reading service standards off a chart: the edges include the 48-hour urgent standard
/// (2 days) and the 5-day response standard (digest B14, §4).
///
/// The bins are the same for every run, so replications and scenarios add up bin by bin.
public struct ResponseHistogram: Hashable, Sendable, Codable {
  /// Bin edges [days]: bin k holds response times in [edges[k], edges[k + 1]), and the
  /// last bin holds everything from the last edge up.
  public static let edgesDays: [Double] = [0, 0.5, 1, 2, 3, 5, 7, 10, 14, 21, 30, 45, 60, 90, 180]

  /// `counts[tier][bin]`: requests of tier `tier` (``RequestTier/rawValue``) resolved with a
  /// response time in bin `bin`.
  public private(set) var counts: [[Int]]

  /// An empty histogram: every tier, every bin at zero.
  public init() {
    counts = Array(
      repeating: Array(repeating: 0, count: Self.edgesDays.count), count: RequestTier.allCases.count)
  }

  /// The lower edge of bin `bin` and its upper edge (`.infinity` for the last bin) [days].
  public static func bounds(ofBin bin: Int) -> (low: Double, high: Double) {
    (edgesDays[bin], bin + 1 < edgesDays.count ? edgesDays[bin + 1] : .infinity)
  }

  /// Counts one request of `tier` resolved after `days`. O(bins) (15 comparisons at most;
  /// runs once per resolved request, not per event).
  /// - Precondition: `days` ≥ 0.
  mutating func record(days: Double, tier: Int) {
    var bin = Self.edgesDays.count - 1
    while days < Self.edgesDays[bin] { bin -= 1 }
    counts[tier][bin] += 1
  }
}
