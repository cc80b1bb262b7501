import SimKernel

/// One entry of a community's catalogue of administrative tasks: a kind of task (inspections,
/// reports, meetings, ad-hoc orders …; C8, C9: 46 task types, 68 % inspections and reports),
/// how many of them land on each community per year, and how long one takes. The burden is
/// per community, whatever its staff: added staff add service capacity, not admin hours.
public struct AdminTaskType: Hashable, Sendable, Codable {
  /// Identifier used in scenario files.
  public var id: String
  /// Tasks of this type per community per year (≥ 0); they arrive in working time.
  public var perYear: Double
  /// Length of one task at full productivity [hours].
  public var hours: Distribution

  public init(id: String, perYear: Double, hours: Distribution) {
    self.id = id
    self.perYear = perYear
    self.hours = hours
  }
}

extension [AdminTaskType] {
  /// Admin work per community per year at full productivity [hours]: Σ count × mean length.
  public var hoursPerYear: Double { reduce(0) { $0 + $1.perYear * $1.hours.mean } }
  /// Tasks per community per year, all types.
  public var tasksPerYear: Double { reduce(0) { $0 + $1.perYear } }
}
