import CommunityModel

/// The optional `budget` and `planning` sections: money, planning cycles and approvals.
extension ScenarioDecoder {
  /// Sources a budget may appropriate per resident (PPP capital and crowdfunding arrive
  /// through their own mechanisms).
  static let appropriatedSources: [FundingSource] = [.government, .donations, .selfRaised, .foundation]

  /// Reads `budget`; a missing section means no money at all (``BudgetParameters/none``).
  func budget(_ b: ObjectReader) -> BudgetParameters {
    guard !b.isPlaceholder else { return .none }
    let annual = perSource(b.object("annual_cny_per_resident", required: true), Limits.cnyPerResidentYear)
    let budget = BudgetParameters(
      annualPerResident: annual,
      localAverageMonthlyWage: b.number("local_average_monthly_wage_cny", Limits.monthlyWage),
      leakageShare: b.number("leakage_share", default: 0, Limits.leakageShare),
      riskReserveShare: b.number("risk_reserve_share", default: 0.1, Limits.riskReserveShare),
      crowdfundingShare: b.number("crowdfunding_share", default: 0, Limits.crowdfundingShare),
      shortfall: shortfallPolicy(b.object("shortfall", required: false)))
    b.finish()
    return budget
  }

  /// Reads `budget.shortfall`; missing keys take ``ShortfallPolicy/standard`` (freeze hiring,
  /// defer projects, keep every facility place).
  func shortfallPolicy(_ s: ObjectReader) -> ShortfallPolicy {
    let standard = ShortfallPolicy.standard
    let policy = ShortfallPolicy(
      hiringFreeze: s.bool("hiring_freeze", default: standard.hiringFreeze),
      deferProjects: s.bool("defer_projects", default: standard.deferProjects),
      facilityPlacesKept: s.number("facility_places_kept", default: standard.facilityPlacesKept, .unitInterval))
    s.finish()
    return policy
  }

  /// Reads `planning`; missing keys take the baseline (annual plan on captured needs, a
  /// 3–5 level chain of exponential 11.25-day levels, ≈ 45 days, C1).
  func planning(_ p: ObjectReader) -> PlanningParameters {
    var planning = PlanningParameters.annualPlan
    planning.cycleDays = p.integer("cycle_days", default: 365, 1...Limits.horizonDays)
    let rule = p.stringEnum("rule", allowed: ["captured_needs", "measured_demand"], default: "captured_needs")
    planning.rule = rule == "measured_demand" ? .measuredDemand : .capturedNeeds
    let approval = p.object("approval", required: false)
    let levels = approval.object("levels", required: false)
    let low = levels.integer("min", default: 3, Limits.approvalLevels)
    let high = levels.integer("max", default: 5, Limits.approvalLevels)
    levels.finish()
    if low > high {
      problems.report(levels.path("max"), value: "\(high)", "must be at least min (\(low))", allowed: "min ≤ max ≤ 20")
    } else {
      planning.approvalLevels = low...high
    }
    planning.levelDelayDays = approval.distribution(
      "level_delay_days", default: planning.levelDelayDays, .duration(.days))
    planning.rejectionPerLevel = approval.number("rejection_per_level", default: 0, .unitInterval)
    approval.finish()
    let oversight = p.object("oversight", required: false)
    planning.oversight = ProjectOversight(
      misuseIntentProbability: oversight.number("misuse_intent_probability", default: 0, .unitInterval),
      divertedShare: oversight.number("diverted_share", default: 0, Limits.divertedShare),
      reviewDetection: oversight.number("review_detection", default: 0, .unitInterval),
      disclosureShare: oversight.number("disclosure_share", default: 0, .unitInterval),
      disclosedDetection: oversight.number("disclosed_detection", default: 0, .unitInterval))
    oversight.finish()
    p.finish()
    return planning
  }
}
