import SimKernel

/// A public–private partnership for one facility type (L5; digest §2.6): an enterprise
/// co-funds extra places, runs the facility in every community for user fees by cohort plus
/// a government subsidy, stays only while fees and subsidy cover its cost, and holds its
/// contract for a contract length, after which the contract is re-tendered.
///
/// Residents answer the fees: a cohort's take-up (the share of its would-be visitors who
/// still come) falls with its fee at a constant price elasticity (``takeUp(ofCohort:)``).
public struct PPPPolicy: Hashable, Sendable, Codable {
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
  /// User fee per visit or enrolment by cohort [CNY], indexed like ``Scenario/cohorts``; 0
  /// for a cohort served free (a concession).
  public var feesCNY: [Double]
  /// Government subsidy (site, tax) [CNY per place per year], paid from the community fund
  /// as purchased services.
  public var subsidyPerPlacePerYearCNY: Double
  /// Share of every cohort's visits served free as public benefit (the 30 % guardrail, 001
  /// §6.3): a visitor pays, and expects to pay, (1 − share) × the cohort's fee on average.
  public var publicBenefitShare: Double
  /// Price elasticity of demand by cohort (≤ 0), indexed like ``Scenario/cohorts``: the
  /// relative change in visits per relative change in the fee above ``referenceFeeCNY``.
  public var priceElasticities: [Double]
  /// The fee per visit [CNY, > 0] at which the facility's demand
  /// (``FacilitySpec/visitsPerResidentPerDay``) was observed: the community's own tariff.
  /// Fees up to it leave demand as it is. It matters only where an elasticity is not 0 (the
  /// scenario reader then requires it; otherwise it is 1).
  public var referenceFeeCNY: Double
  /// Days between the operator's reviews of its accounts; it exits when fees plus subsidy
  /// over the period fall short of its cost.
  public var reviewDays: Int
  /// Days an operator's contract runs before it is re-tendered; `nil`: to the end of the run.
  public var contractDays: Int?
  /// Whether a new operator takes over on the same terms after an exit or a contract's end;
  /// otherwise the community runs the facility again after the gap.
  public var retenders: Bool
  /// Days the facility stays closed between one operator and the next (or the community).
  public var retenderGapDays: Distribution

  public init(
    facility: Int, addedPlacesPerThousand: Double, capitalPerPlaceCNY: Double, constructionDays: Int,
    operatingCostPerPlacePerYearCNY: Double, feesCNY: [Double], subsidyPerPlacePerYearCNY: Double,
    publicBenefitShare: Double, priceElasticities: [Double], referenceFeeCNY: Double = 1, reviewDays: Int,
    contractDays: Int? = nil, retenders: Bool = false, retenderGapDays: Distribution = Self.noGap
  ) {
    self.facility = facility
    self.addedPlacesPerThousand = addedPlacesPerThousand
    self.capitalPerPlaceCNY = capitalPerPlaceCNY
    self.constructionDays = constructionDays
    self.operatingCostPerPlacePerYearCNY = operatingCostPerPlacePerYearCNY
    self.feesCNY = feesCNY
    self.subsidyPerPlacePerYearCNY = subsidyPerPlacePerYearCNY
    self.publicBenefitShare = publicBenefitShare
    self.priceElasticities = priceElasticities
    self.referenceFeeCNY = referenceFeeCNY
    self.reviewDays = reviewDays
    self.contractDays = contractDays
    self.retenders = retenders
    self.retenderGapDays = retenderGapDays
  }

  /// No gap between operators: the next one (or the community) takes over at once.
  public static let noGap = try! Distribution.fixed(0)

  /// What a visitor of cohort `k` pays on average per visit [CNY]: the cohort's fee less the
  /// public-benefit share served free.
  public func expectedFeeCNY(ofCohort k: Int) -> Double {
    (1 - publicBenefitShare) * feesCNY[k]
  }

  /// The share of cohort `k`'s would-be visitors who still come at its fee:
  /// (expected fee ÷ reference fee)^elasticity above the reference fee, 1 at or below it
  /// (constant elasticity; demand at the reference fee is the facility's demand). O(1).
  public func takeUp(ofCohort k: Int) -> Double {
    let fee = expectedFeeCNY(ofCohort: k)
    guard fee > referenceFeeCNY else { return 1 }
    return _pow(fee / referenceFeeCNY, priceElasticities[k])
  }

  /// Whether residents answer a fee at all: some cohort pays a fee and has a non-zero
  /// elasticity. Arrivals are then thinned (and their visits draw from the partnership's
  /// own stream) even where the take-up is 1, so that under common random numbers a higher
  /// fee keeps a subset of the visitors a lower one kept; without it the facility draws
  /// exactly as it would with no fees.
  public var respondsToPrice: Bool {
    feesCNY.indices.contains { feesCNY[$0] > 0 && priceElasticities[$0] != 0 }
  }
}
