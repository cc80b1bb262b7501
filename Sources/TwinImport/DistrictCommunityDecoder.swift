import CommunityModel
import FileFormats
import ScenarioFiles

/// Reads a scenario file's `communities` array into ``DistrictCommunity`` values against a
/// ``DistrictVocabulary``: the keys of `Docs/import.md`'s scenario layout, with the same
/// ranges as the tables, unknown keys and ids reported with a did-you-mean.
struct DistrictCommunityDecoder {
  let vocabulary: DistrictVocabulary
  let problems: ProblemCollector

  /// The communities of `root` (problems go to ``problems``). O(size of the array).
  func communities(_ root: ObjectReader) -> [DistrictCommunity] {
    var seen: [String: String] = [:]
    let readers = root.objects("communities", required: true, nonEmpty: true, maxCount: DistrictLimits.communities)
    let communities = readers.map { c in
      let name = c.string("name", nonEmpty: true)
      if let first = seen[name] {
        problems.report(
          c.path("name"), value: JSONText.string(name), "duplicate name (already used at \(first))",
          allowed: "a unique name")
      } else if !name.isEmpty {
        seen[name] = c.path("name")
      }
      let residents = c.integer("residents", DistrictLimits.residents)
      let cohortShares = shares(c.object("cohort_shares", required: true))
      let staff = map(c, "staff", ids: vocabulary.roles, what: "role", statement)
      let community = DistrictCommunity(
        name: name, residents: residents, cohortShares: cohortShares, staff: staff.mapValues(\.posts),
        payRatios: staff.compactMapValues(\.payRatio),
        facilities: map(c, "facilities", ids: vocabulary.facilities, what: "facility") { facilities, id in
          statement(facilities.object(id, required: true), base: vocabulary.facilityHours[id])
        },
        annualCNYPerResident: map(c, "annual_cny_per_resident", ids: vocabulary.sources, what: "funding source") {
          $0.number($1, DistrictLimits.annualCNYPerResident)
        },
        openingBalanceCNY: map(c, "opening_balance_cny", ids: vocabulary.sources, what: "funding source") {
          $0.number($1, DistrictLimits.openingBalanceCNY)
        })
      c.finish()
      return community
    }
    let total = communities.reduce(0) { $0 + $1.residents }
    if total > DistrictLimits.districtResidents {
      problems.report(
        "communities", "the residents add up to \(total)",
        allowed: "at most \(DistrictLimits.districtResidents) in the district")
    }
    return communities
  }

  /// Shares in cohort order (a cohort not listed is 0), adding up to 1 ± 1e-6.
  private func shares(_ reader: ObjectReader) -> [Double] {
    let shares = vocabulary.cohorts.map { reader.contains($0) ? reader.number($0, DistrictLimits.share) : 0 }
    reader.finish()
    let sum = shares.reduce(0, +)
    if !reader.isPlaceholder, !problems.hasProblems(under: reader.path),
      abs(sum - 1) > DistrictLimits.shareSumTolerance
    {
      problems.report(
        reader.path, value: "sum \(DistrictLimits.shareSumText(sum))", "the cohort shares must add up to 1",
        allowed: DistrictLimits.shareSum)
    }
    return shares
  }

  /// The optional object at `key` of `community`, keyed by `ids`: each value read by `value`
  /// (given the object and the id); unknown ids are reported with a did-you-mean.
  private func map<Value>(
    _ community: ObjectReader, _ key: String, ids: [String], what: String, _ value: (ObjectReader, String) -> Value
  ) -> [String: Value] {
    guard community.contains(key) else { return [:] }
    let reader = community.object(key, required: false)
    var values: [String: Value] = [:]
    for id in reader.fields.keys.sorted() where !ids.contains(id) {
      problems.report(
        reader.path(id), "no such \(what)\(EditDistance.suggestion(for: id, in: ids))",
        allowed: ids.joined(separator: ", "))
    }
    for id in ids where reader.fields[id] != nil { values[id] = value(reader, id) }
    return values
  }

  /// A role's statement at `role` of `staff`: a number of posts, or `{"posts", "pay_ratio"?}`
  /// with the community's own pay ratio of the role.
  private func statement(_ staff: ObjectReader, role: String) -> (posts: Int, payRatio: Double?) {
    guard case .object = staff.fields[role] else { return (staff.integer(role, DistrictLimits.posts), nil) }
    let reader = staff.object(role, required: true)
    let posts = reader.integer(DistrictTable.posts, DistrictLimits.posts)
    let payRatio =
      reader.contains(DistrictTable.payRatio) ? reader.number(DistrictTable.payRatio, DistrictLimits.payRatio) : nil
    reader.finish()
    return (posts, payRatio)
  }

  /// A facility's statement: optional places and hours, opening before closing (the base's
  /// hour standing in for one not stated).
  private func statement(_ reader: ObjectReader, base: DistrictVocabulary.OpeningHours?) -> FacilityOverride {
    func optional(_ key: String, _ range: ClosedRange<Int>) -> Int? {
      reader.contains(key) ? reader.integer(key, range) : nil
    }
    let statement = FacilityOverride(
      places: optional("places", DistrictLimits.places), opensHour: optional("opens_hour", DistrictLimits.opensHour),
      closesHour: optional("closes_hour", DistrictLimits.closesHour))
    reader.finish()
    if let base, !reader.isPlaceholder, !problems.hasProblems(under: reader.path) {
      let opens = statement.opensHour ?? base.opens
      let closes = statement.closesHour ?? base.closes
      if opens >= closes {
        problems.report(
          reader.path, "opens at \(opens) and closes at \(closes) (a stated hour or the base's)",
          allowed: "opens_hour < closes_hour")
      }
    }
    return statement
  }
}
