import CommunityModel
import FileFormats
import SimKernel

/// Checks across sections: combinations of individually valid values that cannot run.
/// Each is skipped when one of its inputs was already reported.
extension ScenarioDecoder {
  /// `warmup_days + days` ≤ ``Limits/horizonDays`` (ten simulated years).
  func checkHorizon(days: Int, warmupDays: Int) {
    guard !problems.hasProblems(under: "run.days"), !problems.hasProblems(under: "run.warmup_days") else { return }
    if warmupDays + days > Limits.horizonDays {
      problems.report(
        "run", value: "warmup_days + days = \(warmupDays + days)",
        "the simulated horizon is too long (at most ten years)", allowed: "warmup_days + days ≤ \(Limits.horizonDays)")
    }
  }

  /// Every community needs at least one casework worker: Σ over casework roles of
  /// `round(per_1000 × residents / 1000)` must be ≥ 1, or requests would never be handled.
  /// - Complexity: O(communities × roles).
  func checkCaseworkStaff(roles: [WorkerRole], communities: [CommunitySpec]) {
    let rolesPath = "workforce.roles"
    // Skip if the roles list, a role element, or any role's duty or head count was reported.
    let rolesValid =
      !roles.isEmpty && !problems.hasProblem(at: rolesPath) && !problems.hasProblem(at: "workforce")
      && roles.indices.allSatisfy { i in
        let path = JSONPath.element(rolesPath, i)
        return !problems.hasProblem(at: path) && !problems.hasProblems(under: JSONPath.child(path, "duty"))
          && !problems.hasProblems(under: JSONPath.child(path, "per_1000"))
      }
    guard rolesValid else { return }
    let casework = roles.indices.filter { roles[$0].duty == .casework }
    guard !casework.isEmpty else { return }  // reported by roles(_:)
    for (i, community) in communities.enumerated() {
      let path = JSONPath.child(JSONPath.element("communities", i), "residents")
      let stated = JSONPath.child(JSONPath.element("communities", i), "staff")
      guard !problems.hasProblems(under: path), !problems.hasProblems(under: stated) else { continue }
      let staff = casework.reduce(0) { $0 + community.posts(ofRole: $1, roles[$1]) }
      if staff == 0 {
        let casework = casework.map { roles[$0] }
        let rates = casework.map { "\($0.id) \(JSONValue.format($0.perThousandResidents))" }.joined(separator: ", ")
        problems.report(
          path, value: "\(community.residents)",
          "no one would handle requests: casework roles (per 1,000: \(rates)) round to 0 workers in community '\(community.name)'",
          allowed: "at least 1 casework worker: Σ round(per_1000 × residents / 1000) ≥ 1")
      }
    }
  }

  /// The district's residents, Σ over communities, ≤ ``Limits/residents`` (reported at
  /// `communities`; skipped when a community's count was reported).
  func checkTotalResidents(_ communities: [CommunitySpec]) {
    guard !problems.hasProblems(under: "communities") else { return }
    let total = communities.reduce(0) { $0 + $1.residents }
    if total > Limits.residents {
      problems.report(
        "communities", value: "\(total) residents in all",
        "too many residents for one district (each takes memory and a 32-bit index)",
        allowed: "Σ residents ≤ \(Limits.residents)")
    }
  }

  /// One replication's estimated events ≤ ``WorkloadEstimate/maxEventsPerReplication``, else
  /// one problem at the key of the largest source of events, with the numbers. Only for an
  /// otherwise valid file: the estimate needs every value.
  func checkWorkload(_ scenario: Scenario) {
    guard problems.problems.isEmpty else { return }
    let estimate = scenario.workloadEstimate
    guard !estimate.isWithinLimit, let (source, perDay) = estimate.largestFirst.first else { return }
    let (path, what) = Self.keyPath(of: source)
    problems.report(
      path, value: "about \(WorkloadEstimate.words(perDay)) events per simulated day from \(what)",
      "the workload is too large: \(estimate.summary), hours of one core",
      allowed: "at most \(WorkloadEstimate.words(WorkloadEstimate.maxEventsPerReplication)) events per replication: "
        + "fewer residents, lower rates or fewer days")
  }

  /// Where a source of events is set in the file, and the source in words.
  static func keyPath(of source: WorkloadEstimate.Source) -> (path: String, what: String) {
    let key = { (array: String, i: Int, key: String) in JSONPath.child(JSONPath.element(array, i), key) }
    return switch source {
    case .needs(let j): (key("needs", j, "rate_per_resident_per_year"), "needs and their casework")
    case .facility(let f): (key("facilities", f, "visits_per_resident_per_day"), "facility visits")
    case .adminTasks: ("workforce.admin_tasks", "administrative tasks")
    case .turnover(let r): (key("workforce.roles", r, "turnover_curve"), "departures and hires")
    case .calendar: ("communities", "midnights, planning cycles and projects")
    }
  }
}
