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
    p.servedUplift = s.number("served_uplift", default: d.servedUplift, .unitInterval)
    p.latenessExponent = s.number("lateness_exponent", default: d.latenessExponent, Limits.latenessExponent)
    p.lateHarm = s.number("late_harm", default: d.lateHarm, .unitInterval)
    p.unservedHarmMax = s.number("unserved_harm_max", default: d.unservedHarmMax, .unitInterval)
    p.unservedHarmHalfDays = s.number(
      "unserved_harm_half_days", default: d.unservedHarmHalfDays, Limits.unservedHarmHalfDays)
    p.facilityServedScore = s.number("facility_served_score", default: d.facilityServedScore, .unitInterval)
    p.facilityTurnedAwayScore = s.number(
      "facility_turned_away_score", default: d.facilityTurnedAwayScore, .unitInterval)
    p.facilityServedWeight = s.number("facility_served_weight", default: d.facilityServedWeight, .unitInterval)
    p.facilityTurnedAwayWeight = s.number(
      "facility_turned_away_weight", default: d.facilityTurnedAwayWeight, .unitInterval)
    p.participationDropoutBelow = s.number(
      "participation_dropout_below", default: d.participationDropoutBelow, .unitInterval)
    p.participationRejoinAbove = s.number(
      "participation_rejoin_above", default: d.participationRejoinAbove, .unitInterval)
    for (key, replacement) in Self.retiredSatisfactionKeys { s.reportRetired(key, replacement: replacement) }
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
    let latePath = s.path("late_harm")
    let maxPath = s.path("unserved_harm_max")
    if p.lateHarm > p.unservedHarmMax, !problems.hasProblems(under: latePath), !problems.hasProblems(under: maxPath) {
      problems.report(
        maxPath, value: JSONValue.format(p.unservedHarmMax),
        "must be at least late_harm (\(JSONValue.format(p.lateHarm))): an unserved need never hurts less than a"
          + " served one", allowed: "late_harm ≤ unserved_harm_max ≤ 1")
    }
    return p
  }

  /// Keys of the scores-and-weights satisfaction model, replaced by one need experience
  /// (`Docs/scenario-format.md`, `satisfaction`), with what replaced each.
  static let retiredSatisfactionKeys: [(String, String)] = [
    ("on_time_score", "a need served on time now closes 'served_uplift' of the gap to full satisfaction"),
    ("resolved_weight", "a served need now moves satisfaction by 'served_uplift' and 'late_harm'"),
    (
      "abandoned_score",
      "an abandoned request is an unserved need: 'late_harm', 'unserved_harm_max' and"
        + " 'unserved_harm_half_days'"
    ),
    (
      "abandoned_weight",
      "an abandoned request is an unserved need: 'late_harm', 'unserved_harm_max' and"
        + " 'unserved_harm_half_days'"
    ),
    (
      "unmet_need_score",
      "an unmet need's harm grows with its duration: 'late_harm', 'unserved_harm_max' and"
        + " 'unserved_harm_half_days'"
    ),
    (
      "unmet_need_weight",
      "an unmet need's harm grows with its duration: 'late_harm', 'unserved_harm_max' and"
        + " 'unserved_harm_half_days'"
    ),
  ]
}
