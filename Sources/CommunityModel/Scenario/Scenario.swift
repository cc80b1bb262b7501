import SimKernel

/// A complete, validated description of a district to simulate: the model's only input.
///
/// Scenario files (JSON) are read and checked by `TwinExperiments`; code can also build a
/// scenario directly. Cohort-indexed arrays (``NeedCategory/ratePerResidentPerYear``,
/// ``FacilitySpec/visitsPerResidentPerDay``, ``CommunitySpec/cohortShares``) follow the
/// order of ``cohorts``.
public struct Scenario: Hashable, Sendable, Codable {
  /// Short name (output folder, reports).
  public var name: String
  /// What the scenario represents, in plain words.
  public var description: String
  /// Simulated days after the warm-up (statistics cover these).
  public var days: Int
  /// Days simulated first and excluded from statistics.
  public var warmupDays: Int
  /// Most days simulated after the horizon to follow the window's requests to their end
  /// (the drain, `Docs/experiments.md`): nothing new is counted, and the drain stops at the
  /// first midnight at which the window's open requests are at most ``drainTolerance`` of
  /// its captured requests. 0 cuts requests off at the horizon.
  public var drainDays: Int
  /// The share of the window's captured requests the drain may leave open when it stops
  /// early (0: it follows every request to its end, or to ``drainDays``); 0 … 0.1. The
  /// requests left open are the slowest, so a mean over the rest is biased low by at most
  /// this share × their excess over the mean (`Docs/experiments.md`).
  public var drainTolerance: Double
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
  /// Each community's catalogue of administrative tasks (C8, C9): the admin burden per
  /// community, whatever its staff.
  public var adminTasks: [AdminTaskType]
  /// Outreach visits in the casework staff's idle time (off by default).
  public var outreach: OutreachParameters
  public var satisfaction: SatisfactionParameters
  public var facilities: [FacilitySpec]
  public var communities: [CommunitySpec]
  /// Money: appropriations, pay, leakage, reserve.
  public var budget: BudgetParameters
  /// Planning cycles, the planning rule and the approval chain.
  public var planning: PlanningParameters
  /// The district's other departments, as queues with capacity (C13, C20); none: requests
  /// never leave the community office.
  public var departments: [DepartmentSpec]
  /// Hand-offs to the departments and how they work together (L11, L12).
  public var coordination: CoordinationParameters
  /// PPP operators in force (L5).
  public var ppp: [PPPPolicy]
  /// Performance-linked funding across communities, if in force (L9).
  public var evaluation: EvaluationPolicy?
  /// Conversion of idle multi-use places, if in force (L10).
  public var multiUse: MultiUsePolicy?
  /// Disasters that strike at a date (L15).
  public var emergencies: [EmergencySpec]
  /// Surges of need categories from a date (L15).
  public var surges: [NeedSurge]
  /// Offenders, incidents, cameras and security patrols (L15); `nil`: no incidents.
  public var security: SecurityParameters?
  /// The open cases and vacant posts a run starts with (a warm start); empty: from empty.
  public var initialState: InitialState
  /// Levers switched on during the run, in order of start day (day-0 levers included; see
  /// ``inForceAtStart``).
  public var interventions: [Intervention]

  public init(
    name: String, description: String = "", days: Int = 365, warmupDays: Int = 30, drainDays: Int = 365,
    drainTolerance: Double = 0.001,
    replications: Int = 10,
    seed: UInt64 = 1, workingCalendar: WorkingCalendar, cohorts: [Cohort], tiers: [TierPolicy],
    needs: [NeedCategory], capture: CaptureParameters, roles: [WorkerRole], adminTasks: [AdminTaskType] = [],
    outreach: OutreachParameters = .off,
    satisfaction: SatisfactionParameters = SatisfactionParameters(), facilities: [FacilitySpec],
    communities: [CommunitySpec], budget: BudgetParameters = .none, planning: PlanningParameters = .annualPlan,
    departments: [DepartmentSpec] = [], coordination: CoordinationParameters = CoordinationParameters(),
    ppp: [PPPPolicy] = [],
    evaluation: EvaluationPolicy? = nil, multiUse: MultiUsePolicy? = nil, emergencies: [EmergencySpec] = [],
    surges: [NeedSurge] = [], security: SecurityParameters? = nil, initialState: InitialState = .empty,
    interventions: [Intervention] = []
  ) {
    self.name = name
    self.description = description
    self.days = days
    self.warmupDays = warmupDays
    self.drainDays = drainDays
    self.drainTolerance = drainTolerance
    self.replications = replications
    self.seed = seed
    self.workingCalendar = workingCalendar
    self.cohorts = cohorts
    self.tiers = tiers
    self.needs = needs
    self.capture = capture
    self.roles = roles
    self.adminTasks = adminTasks
    self.outreach = outreach
    self.satisfaction = satisfaction
    self.facilities = facilities
    self.communities = communities
    self.budget = budget
    self.planning = planning
    self.departments = departments
    self.coordination = coordination
    self.ppp = ppp
    self.evaluation = evaluation
    self.multiUse = multiUse
    self.emergencies = emergencies
    self.surges = surges
    self.security = security
    self.initialState = initialState
    self.interventions = interventions
  }

  /// The scenario with its day-0 interventions applied (in file order) and removed from
  /// ``interventions``: what is in force from the first day. The later ones remain.
  public var inForceAtStart: Scenario {
    var result = self
    result.interventions = []
    for intervention in interventions {
      if intervention.startDay == 0 {
        intervention.lever.apply(to: &result)
      } else {
        result.interventions.append(intervention)
      }
    }
    result.interventions.sort { $0.startDay < $1.startDay }
    return result
  }

  /// Posts of role `r` in `community` (``CommunitySpec/posts(ofRole:_:)``). O(1).
  public func posts(ofRole r: Int, in community: CommunitySpec) -> Int { community.posts(ofRole: r, roles[r]) }

  /// Pay ratio of role `r` in `community` [× local average wage]
  /// (``CommunitySpec/payRatio(ofRole:_:)``). O(1).
  public func payRatio(ofRole r: Int, in community: CommunitySpec) -> Double { community.payRatio(ofRole: r, roles[r]) }

  /// Turnover hazard of role `r` in `community` [per year]: the role's turnover curve at the
  /// community's pay ratio (``WorkerRole/annualTurnover(atPayRatio:)``). O(curve points).
  public func annualTurnover(ofRole r: Int, in community: CommunitySpec) -> Double {
    roles[r].annualTurnover(atPayRatio: payRatio(ofRole: r, in: community))
  }

  /// Places of facility type `f` in `community`: what the community states, else the type's
  /// per-1,000 rule. O(1).
  public func places(ofFacility f: Int, in community: CommunitySpec) -> Int {
    community.facilityOverrides[f]?.places ?? facilities[f].places(forResidents: community.residents)
  }

  /// Residents in the whole district.
  public var totalResidents: Int { communities.reduce(0) { $0 + $1.residents } }

  /// Days one replication simulates up to its horizon, warm-up included [days].
  public var simulatedDays: Int { warmupDays + days }

  /// The most days one replication simulates: warm-up, observed days and the whole drain
  /// [days]. Progress is planned on it; a drain that ends early reports its remaining days.
  public var longestRunDays: Int { simulatedDays + drainDays }

  /// The longest run the model takes, warm-up included [days]: ten years (``problems``
  /// checks it; scenario files are read with the same limit).
  public static let maxSimulatedDays = 3_650
}
