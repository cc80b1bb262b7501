import CommunityModel

/// The optional `facilities` array: facility types present in every community.
extension ScenarioDecoder {
  func facilities(_ root: ObjectReader) -> [FacilitySpec] {
    var seen: [String: String] = [:]
    return root.objects("facilities", required: false, maxCount: Limits.facilities).map { f in
      let id = f.identifier("id")
      checkUnique(id, at: f.path("id"), seen: &seen)
      let type = f.string("type", nonEmpty: true)
      let capacity = f.number("capacity_per_1000", Limits.placesPer1000)
      var opens = f.integer("opens_hour", default: 0, Limits.opensHour)
      var closes = f.integer("closes_hour", default: 24, Limits.closesHour)
      if opens >= closes {
        if !problems.hasProblems(under: f.path("opens_hour")), !problems.hasProblems(under: f.path("closes_hour")) {
          problems.report(
            f.path("closes_hour"), value: "\(closes)", "must be later than opens_hour (\(opens))",
            allowed: "opens_hour < closes_hour")
        }
        (opens, closes) = (0, 24)
      }
      let openDays = f.weekdays("open_days", default: Set(0...6))
      let visits = cohortMap(f, "visits_per_resident_per_day", Limits.visitsPerResidentDay, required: true).values
      let visitHours = f.distribution("visit_hours", .duration(.hours))
      let mode = f.stringEnum("when_full", allowed: ["turn_away", "wait"])

      var whenFull = FacilitySpec.WhenFull.turnAway
      if mode == "turn_away" {
        for key in ["patience_minutes", "waiting_room"] where f.contains(key) {
          problems.report(
            f.path(key), "only used when when_full is \"wait\"", allowed: "no '\(key)' with \"turn_away\"")
        }
      } else {
        // Type-check the waiting settings even when `when_full` itself was bad.
        let patience = f.distribution(
          "patience_minutes", default: mode == "wait" ? nil : DistributionUse.fixed(0), .duration(.minutes))
        let room = f.integer("waiting_room", default: 1_000_000, 0...Limits.residentsPerCommunity)
        if mode == "wait" { whenFull = .wait(patienceMinutes: patience, waitingRoom: room) }
      }
      let operatingCost = f.number("operating_cny_per_place_year", default: 0, Limits.cnyPerPlaceYear)
      f.finish()
      return FacilitySpec(
        id: id ?? "", type: type, capacityPerThousand: capacity, opensHour: opens, closesHour: closes,
        openDays: openDays,
        visitsPerResidentPerDay: visits, visitHours: visitHours, whenFull: whenFull,
        operatingCostPerPlacePerYearCNY: operatingCost)
    }
  }
}
