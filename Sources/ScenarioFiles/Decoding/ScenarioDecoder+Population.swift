import CommunityModel
import FileFormats

/// The `cohorts` and `communities` sections, and the cohort-keyed maps used elsewhere.
extension ScenarioDecoder {
  /// Reads the required, non-empty `cohorts` array and records the ids for later maps.
  func cohorts(_ root: ObjectReader) -> [Cohort] {
    let readers = root.objects("cohorts", required: true, nonEmpty: true, maxCount: Limits.cohorts)
    var seen: [String: String] = [:]
    var complete = !readers.isEmpty && !problems.hasProblems(under: "cohorts")
    let cohorts = readers.map { c -> Cohort in
      let id = c.identifier("id")
      if id == nil { complete = false }
      checkUnique(id, at: c.path("id"), seen: &seen)
      let cohort = Cohort(
        id: id ?? "", digitalAccess: c.number("digital_access", .unitInterval),
        participation: c.number("participation", .unitInterval),
        expectationFactor: c.number("expectation_factor", default: 1, Limits.expectationFactor),
        satisfactionBaseline: c.distribution("satisfaction_baseline", .satisfaction))
      c.finish()
      return cohort
    }
    cohortIDs = cohorts.map(\.id)
    cohortIDsComplete = complete
    return cohorts
  }

  /// An object mapping cohort ids to numbers in `rule`, as an array in cohort order
  /// (missing cohorts = 0). Keys that are not cohort ids are reported, with a suggestion,
  /// unless the cohort list itself had problems. Also returns the map's reader (a placeholder
  /// if the map is missing), for ``checkSumsToOne(_:_:)``.
  /// - Complexity: O(keys + cohorts).
  func cohortMap(_ parent: ObjectReader, _ key: String, _ rule: NumberRule, required: Bool) -> (
    values: [Double], reader: ObjectReader
  ) {
    let map = parent.object(key, required: required)
    var values = [Double](repeating: 0, count: cohortIDs.count)
    for name in map.mapKeys() {
      let value = map.number(name, rule)
      if let index = cohortIDs.firstIndex(of: name) {
        values[index] = value
      } else if cohortIDsComplete {
        problems.report(
          map.path(name), "unknown cohort '\(name)'\(EditDistance.suggestion(for: name, in: cohortIDs))",
          allowed: "cohort ids \(cohortIDs.joined(separator: ", "))")
      }
    }
    return (values, map)
  }

  /// Reports `reader`'s values unless they add up to 1 within 1e-6 (skipped when the object
  /// is missing or any of its values was already reported).
  func checkSumsToOne(_ values: [Double], _ reader: ObjectReader) {
    guard !reader.isPlaceholder, !problems.hasProblems(under: reader.path) else { return }
    let sum = values.reduce(0, +)
    if abs(sum - 1) > 1e-6 {
      problems.report(
        reader.path, value: "sum \(JSONValue.format(sum))", "shares must add up to 1", allowed: "sum 1 ± 1e-6")
    }
  }

  /// Reads the required, non-empty `communities` array; `roles` and `facilities` name what a
  /// community may state of its own (`staff`, `facilities`).
  func communities(_ root: ObjectReader, roles: [WorkerRole], facilities: [FacilitySpec]) -> [CommunitySpec] {
    var seen: [String: String] = [:]
    return root.objects("communities", required: true, nonEmpty: true, maxCount: Limits.communities).map { c in
      let name = c.string("name", nonEmpty: true)
      if !problems.hasProblems(under: c.path("name")) {
        checkUnique(name, at: c.path("name"), seen: &seen, what: "name")
      }
      let residents = c.integer("residents", 1...Limits.residentsPerCommunity)
      let (shares, sharesReader) = cohortMap(c, "cohort_shares", .unitInterval, required: true)
      if cohortIDsComplete { checkSumsToOne(shares, sharesReader) }  // else the cohorts are reported
      let staff = self.staff(c, roles: roles)
      let overrides = facilityOverrides(c, facilities: facilities)
      let appropriation =
        c.contains("annual_cny_per_resident")
        ? perSource(c.object("annual_cny_per_resident", required: true), Limits.cnyPerResidentYear) : nil
      let opening =
        c.contains("opening_balance_cny")
        ? perSource(c.object("opening_balance_cny", required: true), Limits.openingBalanceCNY) : []
      c.finish()
      return CommunitySpec(
        name: name, residents: residents, cohortShares: shares, statedPosts: staff.posts,
        statedPayRatios: staff.payRatios, facilityOverrides: overrides, annualPerResident: appropriation,
        openingBalanceCNY: opening)
    }
  }

  /// A community's `staff`: role id → posts, or `{"posts", "pay_ratio"?}` (its own pay ratio
  /// of the role, in the range of the role's), by role index.
  private func staff(_ c: ObjectReader, roles: [WorkerRole]) -> (posts: [Int: Int], payRatios: [Int: Double]) {
    let map = c.object("staff", required: false)
    var posts: [Int: Int] = [:]
    var payRatios: [Int: Double] = [:]
    for id in map.mapKeys() {
      let (count, pay) = map.either(
        id, isFirst: { if case .object? = $0 { true } else { false } },
        {
          let statement = map.object(id, required: true)
          let count = statement.integer("posts", 0...Limits.postsPerCommunity)
          let pay = statement.contains("pay_ratio") ? statement.number("pay_ratio", Limits.payRatio) : nil
          statement.finish()
          return (count, pay)
        }, or: { (map.integer(id, 0...Limits.postsPerCommunity), Double?.none) })
      if let r = roles.firstIndex(where: { $0.id == id }) {
        posts[r] = count
        payRatios[r] = pay
      } else if !problems.hasProblems(under: "workforce.roles") {
        let ids = roles.map(\.id)
        problems.report(
          map.path(id), "unknown role '\(id)'\(EditDistance.suggestion(for: id, in: ids))",
          allowed: "role ids \(ids.joined(separator: ", "))")
      }
    }
    return (posts, payRatios)
  }

  /// A community's `facilities`: facility id → `{"places", "opens_hour", "closes_hour"}`,
  /// each optional, by facility index.
  private func facilityOverrides(_ c: ObjectReader, facilities: [FacilitySpec]) -> [Int: FacilityOverride] {
    let map = c.object("facilities", required: false)
    var overrides: [Int: FacilityOverride] = [:]
    for id in map.mapKeys() {
      let o = map.object(id, required: true)
      let places = o.contains("places") ? o.integer("places", 0...Limits.placesPerFacility) : nil
      let f = facilities.firstIndex { $0.id == id }
      let opens = o.contains("opens_hour") ? o.integer("opens_hour", Limits.opensHour) : nil
      let closes = o.contains("closes_hour") ? o.integer("closes_hour", Limits.closesHour) : nil
      if let f, !problems.hasProblems(under: o.path) {
        let (from, to) = (opens ?? facilities[f].opensHour, closes ?? facilities[f].closesHour)
        if from >= to {
          problems.report(
            o.path(closes == nil ? "opens_hour" : "closes_hour"), value: "\(from) … \(to)",
            "the facility would close before it opens", allowed: "opens_hour < closes_hour")
        }
      }
      o.finish()
      if let f {
        overrides[f] = FacilityOverride(places: places, opensHour: opens, closesHour: closes)
      } else if !problems.hasProblem(at: "facilities") {
        let ids = facilities.map(\.id)
        problems.report(
          map.path(id), "unknown facility '\(id)'\(EditDistance.suggestion(for: id, in: ids))",
          allowed: ids.isEmpty ? "no facilities are defined" : "facility ids \(ids.joined(separator: ", "))")
      }
    }
    return overrides
  }

  /// An object funding source → CNY (the appropriated sources; missing = 0), by
  /// ``FundingSource/rawValue``.
  func perSource(_ map: ObjectReader, _ rule: NumberRule) -> [Double] {
    var values = Array(repeating: 0.0, count: FundingSource.allCases.count)
    for source in Self.appropriatedSources { values[source.rawValue] = map.number(source.name, default: 0, rule) }
    map.finish()
    return values
  }
}
