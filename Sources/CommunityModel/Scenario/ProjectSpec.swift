import SimKernel

/// What fixing a need category takes when casework cannot: a project that goes through
/// planning, approval and construction (brief §3.3). Attached to a ``NeedCategory``.
public struct ProjectSpec: Hashable, Sendable {
  /// Probability that an improvement-tier request of the category needs a project: after
  /// the worker's part, it joins the community's planning backlog instead of being resolved,
  /// and is resolved when a project for its category completes.
  public var shareOfImprovement: Double
  /// Capital cost of one project [CNY] (devolution applies at or under its threshold).
  public var costCNY: Distribution
  /// Construction time after approval [days].
  public var constructionDays: Distribution
  /// Index into ``Scenario/facilities`` of the facility the project expands, if any.
  public var facility: Int?
  /// Places the project adds to that facility, per 1,000 residents of the community
  /// (at least one place).
  public var placesPerThousand: Double

  public init(
    shareOfImprovement: Double, costCNY: Distribution, constructionDays: Distribution, facility: Int? = nil,
    placesPerThousand: Double = 0
  ) {
    self.shareOfImprovement = shareOfImprovement
    self.costCNY = costCNY
    self.constructionDays = constructionDays
    self.facility = facility
    self.placesPerThousand = placesPerThousand
  }
}
