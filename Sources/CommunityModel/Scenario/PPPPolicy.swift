/// A public–private partnership for one facility type (L5; digest §2.6): an enterprise
/// co-funds extra places, runs the facility in every community for user fees plus a
/// government subsidy, and stays only while revenue and subsidy cover its cost.
public struct PPPPolicy: Hashable, Sendable {
  /// Index into ``Scenario/facilities``.
  public var facility: Int
  /// Places the enterprise builds with its own capital, per 1,000 residents.
  public var addedPlacesPerThousand: Double
  /// The enterprise's capital per added place [CNY] (social capital, spent on projects).
  public var capitalPerPlaceCNY: Double
  /// Days from the start of the partnership until the added places open.
  public var constructionDays: Int
  /// The operator's running cost [CNY per place per year]; while it operates, the
  /// community no longer pays the facility's own running cost.
  public var operatingCostPerPlacePerYearCNY: Double
  /// User fee per paying visit or enrolment [CNY].
  public var feePerVisitCNY: Double
  /// Government subsidy (site, tax) [CNY per place per year], paid from the community fund
  /// as purchased services.
  public var subsidyPerPlacePerYearCNY: Double
  /// Share of visits served free as public benefit (the 30 % guardrail, 001 §6.3).
  public var publicBenefitShare: Double
  /// Days between the operator's reviews of its accounts; it exits when revenue plus
  /// subsidy over the period fall short of its cost.
  public var reviewDays: Int

  public init(
    facility: Int, addedPlacesPerThousand: Double, capitalPerPlaceCNY: Double, constructionDays: Int,
    operatingCostPerPlacePerYearCNY: Double, feePerVisitCNY: Double, subsidyPerPlacePerYearCNY: Double,
    publicBenefitShare: Double, reviewDays: Int
  ) {
    self.facility = facility
    self.addedPlacesPerThousand = addedPlacesPerThousand
    self.capitalPerPlaceCNY = capitalPerPlaceCNY
    self.constructionDays = constructionDays
    self.operatingCostPerPlacePerYearCNY = operatingCostPerPlacePerYearCNY
    self.feePerVisitCNY = feePerVisitCNY
    self.subsidyPerPlacePerYearCNY = subsidyPerPlacePerYearCNY
    self.publicBenefitShare = publicBenefitShare
    self.reviewDays = reviewDays
  }
}
