import SimKernel

/// A category of resident needs (elderly care, childcare, repairs, …): how often it arises,
/// which tier it falls in, and what resolving it takes (brief §2, §3.1).
public struct NeedCategory: Hashable, Sendable, Codable {
  /// Identifier used in scenario files.
  public var id: String
  /// Needs per resident per year, by cohort index (same order as ``Scenario/cohorts``).
  public var ratePerResidentPerYear: [Double]
  /// Seasonal multipliers, January … December (12 values, mean 1 keeps the annual rate).
  public var monthly: [Double]
  /// Probability of each tier, indexed by ``RequestTier/rawValue``; sums to 1.
  public var tierShares: [Double]
  /// Worker time to handle one request at full productivity [hours] (complex cases
  /// > 4 h, C15).
  public var workHours: Distribution
  /// Probability that a request also needs other departments (C13, C14).
  public var crossDepartmentProbability: Double
  /// Relative weights of the departments such a request needs, by index into
  /// ``Scenario/departments`` (a request's departments are drawn without replacement).
  public var departmentWeights: [Double]
  /// Shares of cross-department requests that need 1, 2, 3, … departments (sum 1).
  public var departmentCountShares: [Double]
  /// How long an uncaptured need persists before it lapses unmet [days]; discovery must
  /// happen before then.
  public var lifetimeDays: Distribution
  /// The project that fixes what casework cannot, if the category has one.
  public var project: ProjectSpec?

  /// ``ProjectSpec/shareOfImprovement`` of the category's project, 0 without one (read in
  /// place: optional chaining on an array element would copy the whole category).
  var projectShareOfImprovement: Double { project?.shareOfImprovement ?? 0 }

  public init(
    id: String, ratePerResidentPerYear: [Double], monthly: [Double] = Array(repeating: 1, count: 12),
    tierShares: [Double], workHours: Distribution, crossDepartmentProbability: Double,
    departmentWeights: [Double] = [], departmentCountShares: [Double] = [1], lifetimeDays: Distribution,
    project: ProjectSpec? = nil
  ) {
    self.id = id
    self.ratePerResidentPerYear = ratePerResidentPerYear
    self.monthly = monthly
    self.tierShares = tierShares
    self.workHours = workHours
    self.crossDepartmentProbability = crossDepartmentProbability
    self.departmentWeights = departmentWeights
    self.departmentCountShares = departmentCountShares
    self.lifetimeDays = lifetimeDays
    self.project = project
  }
}
