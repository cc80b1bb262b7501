import SimKernel

/// What fixing a need category takes when casework cannot: a project that goes through
/// planning, approval and construction (brief §3.3). Attached to a ``NeedCategory``.
public struct ProjectSpec: Hashable, Sendable, Codable {
  /// Probability that an improvement-tier request of the category needs a project: after
  /// the worker's part, it joins the community's planning backlog instead of being resolved,
  /// and is resolved when a project for its category completes.
  public var shareOfImprovement: Double
  /// Capital cost of one project [CNY] (devolution applies at or under its threshold). A
  /// drawn cost (times the co-creation cost factor) is capped at ``maxCostCNY``.
  public var costCNY: Distribution
  /// Construction time after approval [days].
  public var constructionDays: Distribution
  /// Index into ``Scenario/facilities`` of the facility the project expands, if any.
  public var facility: Int?
  /// Places the project adds to that facility, per 1,000 residents of the community (at
  /// least one place), while the facility has fewer places than the community has residents.
  public var placesPerThousand: Double
  /// The most backlog requests one project is planned for: it resolves the category's
  /// requests waiting at its proposal, oldest first, up to this many (assumption).
  public var scopeRequests: Int
  /// Cost overrun as a share of the drawn cost, paid when the project completes (≥ 0;
  /// `nil`: none).
  public var overrunShare: Distribution?

  /// The most one project can cost [CNY]: 10¹², far beyond any community project (the
  /// baseline's mean is 300,000), so that a heavy-tailed cost distribution cannot carry a
  /// fund's whole-fen amounts (`Int64`) past their range.
  public static var maxCostCNY: Double { 1e12 }

  public init(
    shareOfImprovement: Double, costCNY: Distribution, constructionDays: Distribution, facility: Int? = nil,
    placesPerThousand: Double = 0, scopeRequests: Int = Int(Int32.max), overrunShare: Distribution? = nil
  ) {
    self.shareOfImprovement = shareOfImprovement
    self.costCNY = costCNY
    self.constructionDays = constructionDays
    self.facility = facility
    self.placesPerThousand = placesPerThousand
    self.scopeRequests = scopeRequests
    self.overrunShare = overrunShare
  }
}
