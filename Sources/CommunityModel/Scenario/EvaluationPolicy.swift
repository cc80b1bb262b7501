/// Closed-loop evaluation with performance-linked funding across a district's communities
/// (L9; F21: the top 30 % get +15 % funds).
public struct EvaluationPolicy: Hashable, Sendable {
  /// Days between evaluations (the first one `evaluationDays` after the policy starts).
  public var evaluationDays: Int
  /// Share of communities, by satisfaction index, that earn the bonus (rounded to a whole
  /// number of communities, so a single community never competes with itself).
  public var topShare: Double
  /// Extra government appropriation for the winners until the next evaluation (a share).
  public var fundingBonus: Double

  public init(evaluationDays: Int, topShare: Double, fundingBonus: Double) {
    self.evaluationDays = evaluationDays
    self.topShare = topShare
    self.fundingBonus = fundingBonus
  }
}
