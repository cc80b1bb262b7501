import SimKernel

/// A complete, validated description of a district to simulate: the model's only input.
///
/// Scenario files (JSON) are read and checked by `TwinExperiments`; code can also build a
/// scenario directly. Cohort-indexed arrays (``NeedCategory/ratePerResidentPerYear``,
/// ``FacilitySpec/visitsPerResidentPerDay``, ``CommunitySpec/cohortShares``) follow the
/// order of ``cohorts``.
public struct Scenario: Hashable, Sendable {
  /// Short name (output folder, reports).
  public var name: String
  /// What the scenario represents, in plain words.
  public var description: String
  /// Simulated days after the warm-up (statistics cover these).
  public var days: Int
  /// Days simulated first and excluded from statistics.
  public var warmupDays: Int
  /// Replications a run makes unless told otherwise.
  public var replications: Int
  /// Master seed unless told otherwise.
  public var seed: UInt64
  /// Working days and hours of community staff (52 h weeks, C11).
  public var workingCalendar: WorkingCalendar
  public var cohorts: [Cohort]
  /// Tier policies, indexed by ``RequestTier/rawValue``.
  public var tiers: [TierPolicy]
  public var needs: [NeedCategory]
  public var capture: CaptureParameters
  public var roles: [WorkerRole]
  /// Length of one administrative task at full productivity [hours].
  public var adminTaskHours: Distribution
  public var satisfaction: SatisfactionParameters
  public var facilities: [FacilitySpec]
  public var communities: [CommunitySpec]

  public init(
    name: String, description: String = "", days: Int = 365, warmupDays: Int = 30, replications: Int = 10,
    seed: UInt64 = 1, workingCalendar: WorkingCalendar, cohorts: [Cohort], tiers: [TierPolicy],
    needs: [NeedCategory], capture: CaptureParameters, roles: [WorkerRole], adminTaskHours: Distribution,
    satisfaction: SatisfactionParameters = SatisfactionParameters(), facilities: [FacilitySpec],
    communities: [CommunitySpec]
  ) {
    self.name = name
    self.description = description
    self.days = days
    self.warmupDays = warmupDays
    self.replications = replications
    self.seed = seed
    self.workingCalendar = workingCalendar
    self.cohorts = cohorts
    self.tiers = tiers
    self.needs = needs
    self.capture = capture
    self.roles = roles
    self.adminTaskHours = adminTaskHours
    self.satisfaction = satisfaction
    self.facilities = facilities
    self.communities = communities
  }

  /// Residents in the whole district.
  public var totalResidents: Int { communities.reduce(0) { $0 + $1.residents } }
}
