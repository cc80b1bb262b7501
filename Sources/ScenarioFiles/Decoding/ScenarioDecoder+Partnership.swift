import CommunityModel
import FileFormats
import SimKernel

/// A `ppp` lever's keys (L5; `Docs/scenario-format.md`, `Docs/policies.md`): places and
/// capital, the operator's cost and subsidy, fees and price elasticities by cohort, reviews,
/// the contract's length and re-tendering with a gap in service.
extension ScenarioDecoder {
  /// The partnership `i` describes for facility type `facility`; bad values are reported
  /// with their key paths and replaced by placeholders. `lastDay` bounds day counts.
  func partnership(_ i: ObjectReader, facility: Int, lastDay: Int) -> PPPPolicy {
    let fee = i.number("fee_cny_per_visit", default: 0, Limits.feeCNY)
    let fees = cohortValues(i, "fee_cny_per_visit_by_cohort", default: fee, Limits.feeCNY)
    let elasticity = i.number("price_elasticity", default: 0, Limits.priceElasticity)
    let elasticities = cohortValues(i, "price_elasticity_by_cohort", default: elasticity, Limits.priceElasticity)
    // Take-up compares a fee with the reference fee: required once residents answer fees.
    let answersFees = elasticities.contains { $0 != 0 }
    let referenceFee = i.number(
      "reference_fee_cny_per_visit", default: answersFees ? nil : 1, Limits.referenceFeeCNY)
    return PPPPolicy(
      facility: facility,
      addedPlacesPerThousand: i.number("added_places_per_1000", default: 0, Limits.addedPlacesPer1000),
      capitalPerPlaceCNY: i.number("capital_cny_per_place", default: 0, Limits.cnyPerPlace),
      constructionDays: i.integer("construction_days", default: 90, 0...Limits.horizonDays),
      operatingCostPerPlacePerYearCNY: i.number("operating_cny_per_place_year", Limits.cnyPerPlaceYear),
      feesCNY: fees,
      subsidyPerPlacePerYearCNY: i.number("subsidy_cny_per_place_year", default: 0, Limits.cnyPerPlaceYear),
      publicBenefitShare: i.number("public_benefit_share", default: 0.3, .unitInterval),
      priceElasticities: elasticities, referenceFeeCNY: referenceFee,
      reviewDays: i.integer("review_days", default: 90, 1...Limits.horizonDays),
      contractDays: i.contains("contract_days") ? i.integer("contract_days", 1...Limits.horizonDays) : nil,
      retenders: i.bool("retender", default: false), retenderGapDays: gapDays(i, "retender_gap_days"))
  }

  /// One value per cohort: `default`, overridden by the cohorts the optional object at `key`
  /// names (an unknown cohort is reported). O(cohorts).
  private func cohortValues(_ i: ObjectReader, _ key: String, default value: Double, _ rule: NumberRule)
    -> [Double]
  {
    let (values, map) = cohortMap(i, key, rule, required: false)
    return cohortIDs.indices.map { map.fields[cohortIDs[$0]] != nil ? values[$0] : value }
  }

  /// Days of a gap in service at `key`: a number of days, or a distribution of days; none
  /// when absent.
  private func gapDays(_ i: ObjectReader, _ key: String) -> Distribution {
    i.either(
      key, isFirst: { if case .number? = $0 { true } else { false } },
      { (try? Distribution.fixed(i.number(key, Limits.days))) ?? PPPPolicy.noGap },
      or: { i.distribution(key, default: PPPPolicy.noGap, .duration(.days)) })
  }
}
