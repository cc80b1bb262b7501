import CommunityModel
import FileFormats

/// The `tiers`, `needs` and `capture` sections: what residents need, how urgent it is, and
/// how needs become requests.
extension ScenarioDecoder {
  /// Reads the three required tier objects (`urgent`, `improvement`, `innovation`), in
  /// ``RequestTier`` order; any other key is unknown.
  func tiers(_ reader: ObjectReader) -> [TierPolicy] {
    let tiers = RequestTier.allCases.map { tier -> TierPolicy in
      let t = reader.object(tier.name, required: true)
      let policy = TierPolicy(
        expectedDays: t.number("expected_days", Limits.expectedDays),
        patienceDays: t.distribution("patience_days", .duration(.days)),
        reportFactor: t.number("report_factor", default: 1, Limits.factor))
      t.finish()
      return policy
    }
    reader.finish()
    return tiers
  }

  /// Reads the required, non-empty `needs` array.
  func needs(_ root: ObjectReader) -> [NeedCategory] {
    var seen: [String: String] = [:]
    return root.objects("needs", required: true, nonEmpty: true, maxCount: Limits.needs).map { n in
      let id = n.identifier("category")
      checkUnique(id, at: n.path("category"), seen: &seen, what: "category")
      let rates = cohortMap(n, "rate_per_resident_per_year", Limits.needsPerResidentYear, required: true).values
      let monthly = n.numbers("monthly", default: Array(repeating: 1, count: 12), Limits.monthFactor, count: 12)

      let sharesReader = n.object("tier_shares", required: true)
      let shares = RequestTier.allCases.map { sharesReader.number($0.name, default: 0, .unitInterval) }
      sharesReader.finish()
      checkSumsToOne(shares, sharesReader)

      let workHours = n.distribution("work_hours", .duration(.hours))
      let cross = n.object("cross_department", required: false)
      let crossProbability = cross.number("probability", default: 0, .unitInterval)
      let (weights, weightsReader) = departmentWeights(cross, "departments")
      let countShares = cross.numbers(
        "count_shares", default: [1], .unitInterval, count: nil)
      if crossProbability > 0, weights.reduce(0, +) <= 0, !problems.hasProblems(under: weightsReader.path) {
        problems.report(
          weightsReader.path, "a request that needs other departments must name at least one with a positive weight",
          allowed: departmentIDs.isEmpty
            ? "a departments section first, then {department id: weight}" : "{department id: weight > 0}")
      }
      if !problems.hasProblems(under: cross.path("count_shares")) {
        if countShares.isEmpty || countShares.count > max(1, departmentIDs.count) {
          problems.report(
            cross.path("count_shares"), value: "\(countShares.count) values",
            "one share per number of departments needed (1, 2, …)", allowed: "1 … \(max(1, departmentIDs.count)) values"
          )
        } else if abs(countShares.reduce(0, +) - 1) > 1e-6 {
          problems.report(
            cross.path("count_shares"), value: "sum \(JSONValue.format(countShares.reduce(0, +)))",
            "shares must add up to 1", allowed: "sum 1 ± 1e-6")
        }
      }
      cross.finish()
      let lifetime = n.distribution("lifetime_days", .duration(.days))
      let project = n.contains("project") ? self.project(n.object("project", required: true)) : nil
      n.finish()
      return NeedCategory(
        id: id ?? "", ratePerResidentPerYear: rates, monthly: monthly, tierShares: shares, workHours: workHours,
        crossDepartmentProbability: crossProbability, departmentWeights: weights,
        departmentCountShares: countShares, lifetimeDays: lifetime, project: project)
    }
  }

  /// Reads a need category's `project` object. Its `facility` id is resolved once the
  /// facilities are read (``resolveProjectFacilities(_:facilities:)``).
  private func project(_ p: ObjectReader) -> ProjectSpec {
    let spec = ProjectSpec(
      shareOfImprovement: p.number("share_of_improvement", .unitInterval),
      costCNY: p.distribution("cost_cny", .money),
      constructionDays: p.distribution("construction_days", .duration(.days)),
      placesPerThousand: p.number("places_per_1000", default: 0, Limits.addedPlacesPer1000),
      scopeRequests: p.integer("scope_requests", default: Limits.scopeRequests.upperBound, Limits.scopeRequests),
      overrunShare: p.contains("overrun_share") ? p.distribution("overrun_share", .costShare) : nil)
    if p.contains("facility") { projectFacilityIDs.append((p.path("facility"), p.string("facility"))) }
    p.finish()
    return spec
  }

  /// Sets each project's facility index from the ids recorded while reading needs;
  /// reports ids that name no facility.
  func resolveProjectFacilities(_ needs: inout [NeedCategory], facilities: [FacilitySpec]) {
    var pending = projectFacilityIDs[...]
    for j in needs.indices where needs[j].project != nil {
      let prefix = JSONPath.child(JSONPath.child(JSONPath.element("needs", j), "project"), "facility")
      guard let (path, id) = pending.first, path == prefix else { continue }
      pending = pending.dropFirst()
      needs[j].project?.facility = facilityIndex(id, at: path, in: facilities)
    }
  }

  /// The index of facility `id`, or `nil` after reporting an unknown id with a suggestion
  /// (quietly when the facilities list itself was rejected).
  func facilityIndex(_ id: String, at path: String, in facilities: [FacilitySpec]) -> Int? {
    if let f = facilities.firstIndex(where: { $0.id == id }) { return f }
    guard !problems.hasProblem(at: "facilities") else { return nil }
    let ids = facilities.map(\.id)
    problems.report(
      path, value: "\"\(id)\"", "no facility has this id\(EditDistance.suggestion(for: id, in: ids))",
      allowed: ids.isEmpty ? "no facilities are defined" : ids.joined(separator: ", "))
    return nil
  }

  /// Reads the required `capture` object.
  func capture(_ c: ObjectReader) -> CaptureParameters {
    let capture = CaptureParameters(
      onlineReportProbability: c.number("online_report_probability", .unitInterval),
      offlineReportProbability: c.number("offline_report_probability", .unitInterval),
      nonparticipantFactor: c.number("nonparticipant_factor", default: 1, .unitInterval),
      reportDelayHours: c.distribution("report_delay_hours", default: DistributionUse.fixed(0), .duration(.hours)))
    c.finish()
    return capture
  }
}
