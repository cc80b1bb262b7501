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
    for name in map.fields.keys.sorted() {
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

  /// Reads the required, non-empty `communities` array.
  func communities(_ root: ObjectReader) -> [CommunitySpec] {
    var seen: [String: String] = [:]
    return root.objects("communities", required: true, nonEmpty: true, maxCount: Limits.communities).map { c in
      let name = c.string("name", nonEmpty: true)
      if !problems.hasProblems(under: c.path("name")) {
        checkUnique(name, at: c.path("name"), seen: &seen, what: "name")
      }
      let residents = c.integer("residents", 1...Limits.residentsPerCommunity)
      let (shares, sharesReader) = cohortMap(c, "cohort_shares", .unitInterval, required: true)
      if cohortIDsComplete { checkSumsToOne(shares, sharesReader) }  // else the cohorts are reported
      c.finish()
      return CommunitySpec(name: name, residents: residents, cohortShares: shares)
    }
  }
}
