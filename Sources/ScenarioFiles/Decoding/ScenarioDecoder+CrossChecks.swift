import CommunityModel
import FileFormats

/// Checks across sections: combinations of individually valid values that cannot run.
/// Each is skipped when one of its inputs was already reported.
extension ScenarioDecoder {
  /// `warmup_days + days` ≤ 3650 (ten simulated years).
  func checkHorizon(days: Int, warmupDays: Int) {
    guard !problems.hasProblems(under: "run.days"), !problems.hasProblems(under: "run.warmup_days") else { return }
    if warmupDays + days > 3650 {
      problems.report("run", value: "warmup_days + days = \(warmupDays + days)",
        "the simulated horizon is too long (at most ten years)", allowed: "warmup_days + days ≤ 3650")
    }
  }

  /// Every community needs at least one casework worker: Σ over casework roles of
  /// `round(per_1000 × residents / 1000)` must be ≥ 1, or requests would never be handled.
  /// - Complexity: O(communities × roles).
  func checkCaseworkStaff(roles: [WorkerRole], communities: [CommunitySpec]) {
    let rolesPath = "workforce.roles"
    // Skip if the roles list, a role element, or any role's duty or head count was reported.
    let rolesValid = !roles.isEmpty && !problems.hasProblem(at: rolesPath) && !problems.hasProblem(at: "workforce")
      && roles.indices.allSatisfy { i in
        let path = JSONPath.element(rolesPath, i)
        return !problems.hasProblem(at: path) && !problems.hasProblems(under: JSONPath.child(path, "duty"))
          && !problems.hasProblems(under: JSONPath.child(path, "per_1000"))
      }
    guard rolesValid else { return }
    let casework = roles.filter { $0.duty == .casework }
    guard !casework.isEmpty else { return }  // reported by roles(_:)
    for (i, community) in communities.enumerated() {
      let path = JSONPath.child(JSONPath.element("communities", i), "residents")
      guard !problems.hasProblems(under: path) else { continue }
      let staff = casework.reduce(0) { $0 + $1.posts(forResidents: community.residents) }
      if staff == 0 {
        let rates = casework.map { "\($0.id) \(JSONValue.format($0.perThousandResidents))" }.joined(separator: ", ")
        problems.report(path, value: "\(community.residents)",
          "no one would handle requests: casework roles (per 1,000: \(rates)) round to 0 workers in community '\(community.name)'",
          allowed: "at least 1 casework worker: Σ round(per_1000 × residents / 1000) ≥ 1")
      }
    }
  }
}
