import CommunityModel
import FileFormats

/// What lever parameters refer to: facility and role ids, and the run's last day.
struct LeverContext {
  let facilities: [FacilitySpec]
  let roles: [WorkerRole]
  /// Last day an intervention may start (warm-up + days − 1).
  let lastDay: Int
}

/// The optional `interventions` array: levers switched on at a start day, each an object
/// `{"lever": NAME, "start_day": D, …parameters}` (`Docs/policies.md`).
extension ScenarioDecoder {
  static let leverNames = [
    "devolution", "ppp", "staffing", "needs_heat_map", "volunteer_points", "participation_channels",
    "evaluation_loop", "demand_planning", "digital_platform", "coordination", "co_creation", "transparency",
    "community_fund",
  ]

  func interventions(_ root: ObjectReader, _ context: LeverContext) -> [Intervention] {
    var interventions: [Intervention] = []
    for i in root.objects("interventions", required: false, maxCount: Limits.interventions) {
      let levers = i.cases("lever", allowed: Self.leverNames)
      let startDay = i.integer("start_day", default: 0, 0...max(0, context.lastDay))
      // An unknown lever's keys cannot be judged, so only a known lever's object is finished.
      for (name, lever) in levers {
        let read = self.lever(named: name, lever, context)
        lever.finish()
        if let read { interventions.append(Intervention(read, startDay: startDay)) }
      }
    }
    return interventions
  }

  /// The lever `name` read from `i`'s other keys; `nil` after reporting a bad reference.
  private func lever(named name: String, _ i: ObjectReader, _ context: LeverContext) -> Lever? {
    func facility(_ key: String) -> Int? {
      let id = i.string(key)
      return problems.hasProblems(under: i.path(key)) ? nil : facilityIndex(id, at: i.path(key), in: context.facilities)
    }
    func role(_ key: String) -> Int? { roleIndex(i, key, in: context.roles) }
    func optional(_ key: String, _ rule: NumberRule) -> Double? { i.contains(key) ? i.number(key, rule) : nil }

    switch name {
    case "devolution":
      return .devolution(
        thresholdCNY: i.number("threshold_cny", default: 500_000, Limits.thresholdCNY),
        localApprovalWorkingDays: i.number("local_approval_working_days", default: 3, Limits.workingDays),
        adminCut: i.number("admin_cut", default: 0, .belowOne))
    case "ppp":
      let f = facility("facility")
      let policy = partnership(i, facility: f ?? 0, lastDay: context.lastDay)
      return f.map { _ in .ppp(policy) }
    case "staffing":
      let r = role("role")
      let perThousand = optional("per_1000", Limits.staffPer1000)
      let pay = optional("pay_ratio", Limits.payRatio)
      let training = optional("training_gain", Limits.trainingGain)
      if perThousand == nil && pay == nil && training == nil && !i.contains("per_1000") && !i.contains("pay_ratio")
        && !i.contains("training_gain")
      {
        problems.report(
          i.path("lever"), value: "\"staffing\"", "changes nothing: give per_1000, pay_ratio or training_gain",
          allowed: "at least one of per_1000, pay_ratio, training_gain")
      }
      return r.map { .staffing(role: $0, perThousand: perThousand, payRatio: pay, trainingGain: training) }
    case "needs_heat_map":
      return .needsHeatMap(
        planningCycleDays: i.integer("planning_cycle_days", default: 90, 1...Limits.horizonDays),
        dataDiscoveryRatePerDay: i.number("data_discovery_rate_per_day", default: 0, Limits.discoveriesPerDay))
    case "volunteer_points":
      let r = role("role")
      let attrition = i.number("annual_attrition", Limits.turnoverPerYear)
      let gain = i.number("participation_gain", default: 0, .unitInterval)
      return r.map { .volunteerPoints(role: $0, annualAttrition: attrition, participationGain: gain) }
    case "participation_channels":
      return .participationChannels(
        onlineReportProbability: optional("online_report_probability", .unitInterval),
        offlineReportProbability: optional("offline_report_probability", .unitInterval),
        nonparticipantFactor: optional("nonparticipant_factor", .unitInterval),
        participationGain: i.number("participation_gain", default: 0, .unitInterval))
    case "evaluation_loop":
      return .evaluationLoop(
        evaluationDays: i.integer("evaluation_days", default: 365, 1...Limits.horizonDays),
        topShare: i.number("top_share", default: 0.3, .unitInterval),
        fundingBonus: i.number("funding_bonus", default: 0.15, Limits.factor))
    case "demand_planning":
      var multiUse: [Int] = []
      for (k, value) in (i.array("multi_use", required: false, maxCount: Limits.facilities) ?? []).enumerated() {
        let path = JSONPath.element(i.path("multi_use"), k)
        if let id = problems.string(value, at: path), let f = facilityIndex(id, at: path, in: context.facilities) {
          multiUse.append(f)
        }
      }
      return .demandPlanning(
        multiUseFacilities: multiUse, idleThreshold: i.number("idle_threshold", default: 0.5, .unitInterval),
        conversionShare: i.number("conversion_share", default: 0.25, .unitInterval))
    case "digital_platform":
      return .digitalPlatform(
        digitalAccessGain: i.number("digital_access_gain", default: 0, .unitInterval),
        onlineReportProbability: optional("online_report_probability", .unitInterval),
        crossDepartmentFactor: i.number("cross_department_factor", default: 1, .unitInterval))
    case "coordination":
      return .coordination(
        sharedIntake: i.bool("shared_intake", default: false), jointHandling: i.bool("joint_handling", default: false),
        handoffFactor: i.number("handoff_factor", default: 1, Limits.leverFactor))
    case "co_creation":
      return .coCreation(
        costFactor: i.number("cost_factor", default: 1, Limits.leverFactor), filing: i.bool("filing", default: false),
        participationGain: i.number("participation_gain", default: 0, .unitInterval))
    case "transparency":
      return .transparency(
        leakageShare: i.number("leakage_share", Limits.leakageShare),
        disclosureShare: i.contains("disclosure_share") ? i.number("disclosure_share", .unitInterval) : nil)
    case "community_fund":
      return .communityFund(
        foundationPerResidentCNY: i.number("foundation_cny_per_resident_year", default: 50, Limits.cnyPerResidentYear),
        crowdfundingShare: i.number("crowdfunding_share", default: 0, Limits.crowdfundingShare))
    default:
      return nil
    }
  }
}
