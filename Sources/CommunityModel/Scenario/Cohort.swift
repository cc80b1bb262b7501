import SimKernel

/// A resident group with its own channel use, participation and expectations (brief §2).
public struct Cohort: Hashable, Sendable, Codable {
  /// Identifier used in scenario files and metric names (`satisfaction.index.<id>`).
  public var id: String
  /// Share of residents in a community who have online access (0 … 1); they report online.
  public var digitalAccess: Double
  /// Probability that a resident of the cohort participates (reports needs, votes,
  /// volunteers), 0 … 1 (elderly ~0.75, 18–45 ~0.19–0.28: B4, E19).
  public var participation: Double
  /// Multiplies every tier's expected response time for this cohort (> 0).
  public var expectationFactor: Double
  /// Each resident's resting satisfaction (0 … 1) is drawn from this distribution, clamped.
  public var satisfactionBaseline: Distribution

  public init(
    id: String, digitalAccess: Double, participation: Double, expectationFactor: Double = 1,
    satisfactionBaseline: Distribution
  ) {
    self.id = id
    self.digitalAccess = digitalAccess
    self.participation = participation
    self.expectationFactor = expectationFactor
    self.satisfactionBaseline = satisfactionBaseline
  }
}
