/// One round as a team played it: what it chose, what that cost, and what followed.
public struct PlayedRound: Hashable, Sendable, Codable {
  /// Ids of the menu options chosen at the round's start (in force from its first day).
  public var choices: [String]
  /// What the choices cost from the team's budget [CNY].
  public var spentCNY: Double
  /// The community week by week.
  public var weeks: [WeekPoint]
  public var narration: [NarrationEvent]
}
