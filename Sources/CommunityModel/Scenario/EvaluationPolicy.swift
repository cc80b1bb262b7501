/// Closed-loop evaluation with performance-linked funding across a district's communities
/// (L9; F21: the top 30 % get +15 % funds). The bonus moves money within the district's
/// government appropriation: the other communities' shares fall by as much as the winners'
/// rise, so the district's total is unchanged.
public struct EvaluationPolicy: Hashable, Sendable, Codable {
  /// Days between evaluations (the first one `evaluationDays` after the policy starts).
  public var evaluationDays: Int
  /// Share of communities, by governance index since the last evaluation, that earn the bonus (rounded to a whole
  /// number of communities, so a single community never competes with itself).
  public var topShare: Double
  /// Extra government appropriation for the winners until the next evaluation (a share of
  /// their own), taken from the other communities' appropriations in proportion to theirs.
  public var fundingBonus: Double

  public init(evaluationDays: Int, topShare: Double, fundingBonus: Double) {
    self.evaluationDays = evaluationDays
    self.topShare = topShare
    self.fundingBonus = fundingBonus
  }
}
