import CommunityModel
import FileFormats

/// The optional `security` object (offenders, cameras and patrols, L15) and `surges` array
/// (need categories that surge from a date), as `Docs/scenario-format.md` describes them.
extension ScenarioDecoder {
  /// Reads `security`, if present; `nil` without it or after a problem in a reference.
  func security(_ root: ObjectReader, needs: [NeedCategory], roles: [WorkerRole]) -> SecurityParameters? {
    guard root.contains("security") else { return nil }
    let s = root.object("security", required: true)
    let category = needIndex(s, "category", in: needs)
    let newOffenders = s.number("new_offenders_per_1000_per_year", Limits.offendersPer1000)
    let attempts = s.number("incidents_per_offender_per_year", Limits.attemptsPerYear)
    let desistance = s.number("desistance_per_year", Limits.turnoverPerYear)
    let identification = s.number("identification_probability", .unitInterval)
    // The schema cannot relate two keys: it records the widest range.
    let clearance = s.number("clearance_probability", .range(0, s.isRecording ? 1 : identification))
    let cameras = s.object("cameras", required: false)
    let perThousand = cameras.number("per_1000", default: 0, Limits.camerasPer1000)
    let watched = cameras.number("residents_watched", default: 0, Limits.residentsWatched)
    let cost = cameras.number("cost_per_year_cny", default: 0, Limits.cnyPerYear)
    cameras.finish()
    var patrolRole: Int?
    var guarded = 0.0
    var hours = 40.0
    let patrolsGiven = s.contains("patrols")
    let patrols = s.object("patrols", required: false)
    if patrolsGiven {
      patrolRole = roleIndex(patrols, "role", in: roles)
      if let r = patrolRole, case .casework = roles[r].duty {
        problems.report(
          patrols.path("role"), value: "\"\(roles[r].id)\"", "a casework role cannot patrol",
          allowed: "a role with \"duty\": \"patrol\"")
      }
      guarded = patrols.number("residents_guarded", Limits.residentsWatched)
      hours = patrols.number("hours_per_week", default: 40, .range(0, 168))
    }
    patrols.finish()
    s.finish()
    guard let category, !(patrolsGiven && patrolRole == nil) else { return nil }
    return SecurityParameters(
      category: category, newOffendersPerThousandPerYear: newOffenders, incidentsPerOffenderPerYear: attempts,
      desistancePerYear: desistance, identificationProbability: identification, clearanceProbability: clearance,
      camerasPerThousand: perThousand, residentsWatchedPerCamera: watched, cameraCostPerYearCNY: cost,
      patrolRole: patrolRole, residentsGuardedPerOfficer: guarded, patrolHoursPerWeek: hours)
  }

  /// Reads `surges`: each `{"id", "category", "day", "days", "factor", "community"?}`.
  func surges(_ root: ObjectReader, needs: [NeedCategory], communities: [CommunitySpec], lastDay: Int)
    -> [NeedSurge]
  {
    var seen: [String: String] = [:]
    return root.objects("surges", required: false, maxCount: Limits.interventions).compactMap { e in
      let id = e.identifier("id")
      checkUnique(id, at: e.path("id"), seen: &seen)
      let category = needIndex(e, "category", in: needs)
      let day = e.integer("day", 0...max(0, lastDay))
      let days = e.integer("days", 1...Limits.horizonDays)
      let factor = e.number("factor", Limits.surgeFactor)
      let community = e.contains("community") ? communityIndex(e, "community", in: communities) : nil
      e.finish()
      guard let id, let category, !(e.contains("community") && community == nil) else { return nil }
      return NeedSurge(id: id, category: category, day: day, days: days, factor: factor, community: community)
    }
  }
}
