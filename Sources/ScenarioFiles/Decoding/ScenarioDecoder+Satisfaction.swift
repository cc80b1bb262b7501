import CommunityModel
import FileFormats

/// The optional `satisfaction` section: one key per ``SatisfactionParameters`` property, in
/// snake_case, each defaulting to the struct's own default.
extension ScenarioDecoder {
  func satisfaction(_ s: ObjectReader) -> SatisfactionParameters {
    let d = SatisfactionParameters()
    var p = d
    p.satisfiedThreshold = s.number("satisfied_threshold", default: d.satisfiedThreshold, .unitInterval)
    p.relaxationDays = s.number("relaxation_days", default: d.relaxationDays, Limits.relaxationDays)
    p.onTimeScore = s.number("on_time_score", default: d.onTimeScore, .unitInterval)
    p.latenessExponent = s.number("lateness_exponent", default: d.latenessExponent, Limits.latenessExponent)
    p.abandonedScore = s.number("abandoned_score", default: d.abandonedScore, .unitInterval)
    p.unmetNeedScore = s.number("unmet_need_score", default: d.unmetNeedScore, .unitInterval)
    p.facilityServedScore = s.number("facility_served_score", default: d.facilityServedScore, .unitInterval)
    p.facilityTurnedAwayScore = s.number(
      "facility_turned_away_score", default: d.facilityTurnedAwayScore, .unitInterval)
    p.resolvedWeight = s.number("resolved_weight", default: d.resolvedWeight, .unitInterval)
    p.abandonedWeight = s.number("abandoned_weight", default: d.abandonedWeight, .unitInterval)
    p.unmetNeedWeight = s.number("unmet_need_weight", default: d.unmetNeedWeight, .unitInterval)
    p.facilityServedWeight = s.number("facility_served_weight", default: d.facilityServedWeight, .unitInterval)
    p.facilityTurnedAwayWeight = s.number(
      "facility_turned_away_weight", default: d.facilityTurnedAwayWeight, .unitInterval)
    p.participationDropoutBelow = s.number(
      "participation_dropout_below", default: d.participationDropoutBelow, .unitInterval)
    p.participationRejoinAbove = s.number(
      "participation_rejoin_above", default: d.participationRejoinAbove, .unitInterval)
    s.finish()
    let dropoutPath = s.path("participation_dropout_below")
    let rejoinPath = s.path("participation_rejoin_above")
    if p.participationDropoutBelow >= p.participationRejoinAbove, !problems.hasProblems(under: dropoutPath),
      !problems.hasProblems(under: rejoinPath)
    {
      problems.report(
        rejoinPath, value: JSONValue.format(p.participationRejoinAbove),
        "must be above participation_dropout_below (\(JSONValue.format(p.participationDropoutBelow)))",
        allowed: "participation_dropout_below < participation_rejoin_above")
    }
    return p
  }
}
