import CommunityModel
import FileFormats

/// The optional `emergencies` array: disasters that strike at a date (L15), each an object
/// `{"id", "day", "community"?, "facility", "places_lost_share", "repair_cost_cny",
/// "repair_days"}` (`Docs/scenario-format.md`).
extension ScenarioDecoder {
  /// The emergencies; `context` names the facilities and the last day of the run.
  func emergencies(_ root: ObjectReader, _ context: LeverContext, communities: [CommunitySpec]) -> [EmergencySpec] {
    var seen: [String: String] = [:]
    return root.objects("emergencies", required: false, maxCount: Limits.interventions).compactMap { e in
      let id = e.identifier("id")
      checkUnique(id, at: e.path("id"), seen: &seen)
      let day = e.integer("day", 0...max(0, context.lastDay))
      let community = e.contains("community") ? communityIndex(e, "community", in: communities) : nil
      let facilityID = e.string("facility")
      let facility =
        problems.hasProblems(under: e.path("facility"))
        ? nil : facilityIndex(facilityID, at: e.path("facility"), in: context.facilities)
      let share = e.number("places_lost_share", .positive(upTo: 1))
      let cost = e.distribution("repair_cost_cny", .money)
      let days = e.distribution("repair_days", .duration(.days))
      e.finish()
      guard let id, let facility, !(e.contains("community") && community == nil) else { return nil }
      return EmergencySpec(
        id: id, day: day, community: community, facility: facility, placesLostShare: share, repairCostCNY: cost,
        repairDays: days)
    }
  }
}
