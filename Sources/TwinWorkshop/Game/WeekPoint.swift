/// A team's community over about a week: what the charts plot. Computed from the run's daily
/// rows (``CommunityModel/DailySeries``), never from an input: the rows recorded since the
/// previous point (a day's row is recorded at the midnight after it, so the game's first point
/// holds six days, and a round's last day opens the next round's first point).
public struct WeekPoint: Hashable, Sendable, Codable {
  /// Game day of the point's last row [days, from 1].
  public var day: Int
  /// Residents' satisfaction index at the week's end [0–100].
  public var satisfaction: Double
  /// Mean response time of the requests resolved in the week [days]; `nil` if none was.
  public var responseDays: Double?
  /// Share of the casework staff's working time spent busy over the week [0–1]; `nil` if no
  /// working time passed.
  public var utilization: Double?
  /// Money the community funds hold at the week's end [CNY].
  public var moneyHeldCNY: Double
  /// Requests open at the week's end.
  public var openRequests: Double
}
