import SimKernel

/// One of the district's other government departments (civil affairs, housing, health, …:
/// a community deals with 12, C13; Shanghai's one network joins 12, C20) as a queue with
/// capacity: `servers` cases in hand at once, worked on the department's own calendar,
/// urgent cases first. Departments sit at street or district level and serve every
/// community of the scenario (`Docs/model.md`, Departments).
public struct DepartmentSpec: Hashable, Sendable, Codable {
  /// Identifier used in scenario files (need categories name the departments they need).
  public var id: String
  /// Cases the department works on at once (staff or parallel slots given to this district's
  /// communities); ≥ 1.
  public var servers: Int
  /// The department's working days and hours (no holidays).
  public var workingCalendar: WorkingCalendar
  /// The department's work on one case [hours of its working time].
  public var serviceHours: Distribution

  public init(id: String, servers: Int, workingCalendar: WorkingCalendar, serviceHours: Distribution) {
    self.id = id
    self.servers = servers
    self.workingCalendar = workingCalendar
    self.serviceHours = serviceHours
  }

  /// The most departments a scenario may have: a request's departments are a 16-bit set.
  public static let maxCount = 16
}
