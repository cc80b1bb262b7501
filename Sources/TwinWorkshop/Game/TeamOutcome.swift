/// Where a team's community stands after the rounds played, in one replication: the debrief's
/// numbers before they are averaged over replications.
public struct TeamOutcome: Hashable, Sendable, Codable {
  /// Satisfaction index at the end [0–100].
  public var satisfaction: Double
  /// Mean response time of the requests resolved during the game [days].
  public var responseDays: Double?
  /// Mean daily busy share of the casework staff during the game [0–1].
  public var utilization: Double?
  /// Money the community funds hold at the end [CNY].
  public var moneyHeldCNY: Double
  /// The team's budget spent on levers [CNY].
  public var spentCNY: Double
}
