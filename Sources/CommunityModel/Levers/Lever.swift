/// A policy lever (brief §4; digest §3.1): a change to the parameters of the mechanisms it
/// acts on, never to the model's outputs. ``apply(to:)`` is the whole effect; the model
/// carries the new parameters into its running state when the intervention starts.
///
/// `Docs/policies.md` gives each lever's mechanism, parameters, units and sources.
public enum Lever: Hashable, Sendable, Codable {
  /// L2 (+ L3): projects costing at most `thresholdCNY` are approved locally in
  /// `localApprovalWorkingDays`; a responsibility list (L3) strikes the share `adminCut` of
  /// every type of task from the communities' admin catalogue (C9: −40 %).
  case devolution(thresholdCNY: Double, localApprovalWorkingDays: Double, adminCut: Double)
  /// L5: an enterprise co-funds and runs a facility.
  case ppp(PPPPolicy)
  /// L4: role `role`'s headcount per 1,000 residents, pay ratio (→ turnover through the
  /// role's curve) and training (productivity × (1 + gain)); `nil` keeps the current value.
  /// The pay ratio is the district's new pay scale for the role: it replaces every
  /// community's stated pay ratio of the role too.
  case staffing(role: Int, perThousand: Double?, payRatio: Double?, trainingGain: Double?)
  /// L1: a needs heat-map with three-tier response: plans follow measured demand on a
  /// shorter cycle, and data (hotline, sensors, census) discovers unreported needs at an
  /// extra hazard [per need per day].
  case needsHeatMap(planningCycleDays: Int, dataDiscoveryRatePerDay: Double)
  /// L7: volunteer points: role `role`'s annual attrition becomes `annualAttrition`; a
  /// share `participationGain` of non-participants start to participate.
  case volunteerPoints(role: Int, annualAttrition: Double, participationGain: Double)
  /// L8: participation channels: report probabilities by channel (`nil` keeps), the
  /// non-participant factor, and a share of non-participants who start to participate.
  case participationChannels(
    onlineReportProbability: Double?, offlineReportProbability: Double?, nonparticipantFactor: Double?,
    participationGain: Double)
  /// L9: closed-loop evaluation: plans follow measured demand; every `evaluationDays` the
  /// top `topShare` of the district's communities by satisfaction get `fundingBonus` more
  /// government appropriation until the next evaluation.
  case evaluationLoop(evaluationDays: Int, topShare: Double, fundingBonus: Double)
  /// L10: demand-based facility planning: plans follow measured demand, and at each
  /// planning cycle a share of the places of the least-used multi-use facility (if its
  /// utilization is under `idleThreshold`) converts to the multi-use facility with the most
  /// residents turned away.
  case demandPlanning(multiUseFacilities: [Int], idleThreshold: Double, conversionShare: Double)
  /// L11: digital platform: a share of offline residents gain online access, the online
  /// report probability becomes `onlineReportProbability` (`nil` keeps), and data sharing
  /// multiplies the probability that a request needs another department.
  case digitalPlatform(digitalAccessGain: Double, onlineReportProbability: Double?, crossDepartmentFactor: Double)
  /// L12: cross-department coordination (one network, joint meetings), as mechanisms of the
  /// department stage: a shared intake (one hand-off for all of a request's departments),
  /// joint handling (its departments work at once), and hand-off delays × `handoffFactor`.
  case coordination(sharedIntake: Bool, jointHandling: Bool, handoffFactor: Double)
  /// L13: co-creation ("five co-"): project costs × `costFactor` (co-building), projects
  /// filed instead of approved when `filing` (local approval whatever the cost), and a share
  /// of non-participants who start to participate.
  case coCreation(costFactor: Double, filing: Bool, participationGain: Double)
  /// L14: fund transparency and supervision: the leakage share of discretionary spending
  /// becomes `leakageShare`, and projects' accounts are disclosed with probability
  /// `disclosureShare` (`nil` keeps it; F41: 58 % → 100 %), so misuse is exposed more often.
  case transparency(leakageShare: Double, disclosureShare: Double?)
  /// L6: community fund and crowdfunding: the foundation's allocation [CNY per resident per
  /// year] and the share of project costs raised from residents.
  case communityFund(foundationPerResidentCNY: Double, crowdfundingShare: Double)

  /// The lever's name in scenario files.
  public var name: String {
    switch self {
    case .devolution: "devolution"
    case .ppp: "ppp"
    case .staffing: "staffing"
    case .needsHeatMap: "needs_heat_map"
    case .volunteerPoints: "volunteer_points"
    case .participationChannels: "participation_channels"
    case .evaluationLoop: "evaluation_loop"
    case .demandPlanning: "demand_planning"
    case .digitalPlatform: "digital_platform"
    case .coordination: "coordination"
    case .coCreation: "co_creation"
    case .transparency: "transparency"
    case .communityFund: "community_fund"
    }
  }
}

/// A lever switched on at a given day of the run.
public struct Intervention: Hashable, Sendable, Codable {
  public var lever: Lever
  /// Day of the run it starts [days from the start of the warm-up, 0 … warm-up + days − 1].
  /// Day 0 means in force from the start, as if always so.
  public var startDay: Int

  public init(_ lever: Lever, startDay: Int = 0) {
    self.lever = lever
    self.startDay = startDay
  }
}
