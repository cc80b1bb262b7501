import CommunityModel
import FileFormats

/// The optional `departments` section: the district's other departments as queues with
/// capacity, the hand-off between a community office and a department, and the standard a
/// cross-department request's completion is measured against. Read before the needs, whose
/// `cross_department.departments` maps name these departments.
extension ScenarioDecoder {
  /// The departments, and the coordination parameters the file sets (hand-off delays and
  /// completion standard; the levers set the rest).
  func departments(_ section: ObjectReader) -> ([DepartmentSpec], CoordinationParameters) {
    var coordination = CoordinationParameters()
    coordination.handoffDays = section.distribution(
      "handoff_days", default: DistributionUse.fixed(0), .duration(.days))
    coordination.urgentHandoffDays =
      section.contains("urgent_handoff_days")
      ? section.distribution("urgent_handoff_days", .duration(.days)) : coordination.handoffDays
    coordination.completionStandardDays = section.number(
      "completion_standard_days", default: 30, Limits.completionStandardDays)
    var seen: [String: String] = [:]
    var allIDs = true
    let units = section.objects("units", required: false, maxCount: DepartmentSpec.maxCount).map { u in
      let id = u.identifier("id")
      if id == nil { allIDs = false }
      checkUnique(id, at: u.path("id"), seen: &seen)
      let servers = u.integer("servers", 1...Limits.departmentServers)
      let calendar =
        u.contains("calendar") ? workingCalendar(u.object("calendar", required: true)) : Self.defaultCalendar
      let service = u.distribution("service_hours", .duration(.hours))
      u.finish()
      return DepartmentSpec(id: id ?? "", servers: servers, workingCalendar: calendar, serviceHours: service)
    }
    section.finish()
    departmentIDs = units.map(\.id)
    departmentIDsComplete = allIDs && !problems.hasProblem(at: section.path("units"))
    return (units, coordination)
  }

  /// A need category's `departments` map (department id → relative weight) as weights in
  /// department order.
  func departmentWeights(_ parent: ObjectReader, _ key: String) -> (values: [Double], reader: ObjectReader) {
    let map = parent.object(key, required: false)
    var values = [Double](repeating: 0, count: departmentIDs.count)
    for name in map.mapKeys() {
      let value = map.number(name, Limits.departmentWeight)
      if let index = departmentIDs.firstIndex(of: name) {
        values[index] = value
      } else if departmentIDsComplete {
        problems.report(
          map.path(name), "unknown department '\(name)'\(EditDistance.suggestion(for: name, in: departmentIDs))",
          allowed: departmentIDs.isEmpty
            ? "no departments are defined (add a departments section)"
            : "department ids \(departmentIDs.joined(separator: ", "))")
      }
    }
    return (values, map)
  }
}
