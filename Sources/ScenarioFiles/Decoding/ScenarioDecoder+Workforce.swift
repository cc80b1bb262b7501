import CommunityModel
import FileFormats

/// The `workforce` section: community staff (`roles`: duties, pay and turnover), each
/// community's administrative task catalogue (`admin_tasks`) and outreach (`outreach`).
extension ScenarioDecoder {
  /// Reads the optional `admin_tasks` array of `workforce` (default: no administration): task
  /// types with unique ids, tasks per community per year and hours per task.
  func adminTasks(_ workforce: ObjectReader) -> [AdminTaskType] {
    var seen: [String: String] = [:]
    let readers = workforce.objects("admin_tasks", required: false, maxCount: Limits.adminTaskTypes)
    return readers.map { t in
      let id = t.identifier("id")
      checkUnique(id, at: t.path("id"), seen: &seen)
      let perYear = t.number("per_year", Limits.adminTasksPerYear)
      let hours = t.distribution("hours", .duration(.hours))
      t.finish()
      return AdminTaskType(id: id ?? "", perYear: perYear, hours: hours)
    }
  }

  /// Reads the optional `outreach` object of `workforce` (default: off).
  func outreach(_ workforce: ObjectReader) -> OutreachParameters {
    guard workforce.contains("outreach") else { return .off }
    let o = workforce.object("outreach", required: true)
    let parameters = OutreachParameters(
      visitsPerIdleHour: o.number("visits_per_idle_hour", Limits.visitsPerIdleHour),
      residentsPerVisit: o.number("residents_per_visit", Limits.residentsPerVisit),
      detectionProbability: o.number("detection_probability", .unitInterval))
    o.finish()
    return parameters
  }

  /// Reads the required, non-empty `roles` array of `workforce`, and checks that at least
  /// one role does casework (someone must handle captured requests).
  func roles(_ workforce: ObjectReader) -> [WorkerRole] {
    var seen: [String: String] = [:]
    let readers = workforce.objects("roles", required: true, nonEmpty: true, maxCount: Limits.roles)
    let roles = readers.map { r -> WorkerRole in
      let id = r.identifier("id")
      checkUnique(id, at: r.path("id"), seen: &seen)
      let dutyName = r.stringEnum("duty", allowed: ["casework", "patrol"])
      let perThousand = r.number("per_1000", Limits.staffPer1000)
      let payRatio = r.number("pay_ratio", default: 1, Limits.payRatio)
      let curve = turnoverCurve(r)
      let hiringLag = r.distribution("hiring_lag_days", default: DistributionUse.fixed(30), .duration(.days))
      let ramp = r.object("ramp_up", required: false)
      let rampDays = ramp.number("days", default: 0, Limits.days)
      let initialProductivity = ramp.number("initial_productivity", default: 1, Limits.initialProductivity)
      ramp.finish()

      var duty = WorkerRole.Duty.casework
      if dutyName == "casework", r.contains("patrol") {
        problems.report(
          r.path("patrol"), "patrol settings are only for roles with duty \"patrol\"",
          allowed: "no 'patrol' key when duty is \"casework\"")
      }
      if dutyName != "casework" {
        // Read (and type-check) patrol settings when present; require them for patrol roles.
        let patrol = r.object("patrol", required: dutyName == "patrol")
        let residentsPerDay = patrol.number("residents_per_day", Limits.patrolResidentsPerDay)
        let detection = patrol.number("detection_probability", .unitInterval)
        patrol.finish()
        if dutyName == "patrol" { duty = .patrol(residentsPerDay: residentsPerDay, detectionProbability: detection) }
      }
      r.finish()
      return WorkerRole(
        id: id ?? "", duty: duty, perThousandResidents: perThousand, payRatio: payRatio,
        turnoverCurve: curve, hiringLagDays: hiringLag, rampUpDays: rampDays, initialProductivity: initialProductivity)
    }
    let dutiesKnown = !readers.isEmpty && readers.allSatisfy { !problems.hasProblems(under: $0.path("duty")) }
    if dutiesKnown, !roles.contains(where: { $0.duty == .casework }) {
      problems.report(
        workforce.path("roles"), "no role has duty \"casework\": no one would handle requests",
        allowed: "at least one casework role")
    }
    return roles
  }

  /// Reads `turnover_curve` (default: no turnover), points with distinct pay ratios.
  private func turnoverCurve(_ r: ObjectReader) -> [TurnoverPoint] {
    let noTurnover = [TurnoverPoint(payRatio: 1, annualRate: 0)]
    guard r.contains("turnover_curve") else { return noTurnover }
    var seen: [String: String] = [:]
    let points = r.objects("turnover_curve", required: true, nonEmpty: true, maxCount: Limits.curvePoints).map { p in
      let point = TurnoverPoint(
        payRatio: p.number("pay_ratio", Limits.payRatio), annualRate: p.number("annual_rate", Limits.turnoverPerYear))
      if !problems.hasProblems(under: p.path("pay_ratio")) {
        checkUnique(
          JSONValue.format(point.payRatio), at: p.path("pay_ratio"), seen: &seen, what: "pay ratio", quoted: false)
      }
      p.finish()
      return point
    }
    return points.isEmpty ? noTurnover : points
  }
}
