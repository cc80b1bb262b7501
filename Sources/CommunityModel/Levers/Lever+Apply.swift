extension Lever {
  /// Changes `scenario`'s mechanism parameters as the lever does. Pure: the model carries
  /// the result into its running state (``DistrictModel`` `+Interventions`).
  ///
  /// Participation and digital-access gains raise each cohort's share p to
  /// p + gain × (1 − p): the same share a run reaches by converting each non-participant
  /// (offline resident) with probability `gain` when the lever starts mid-run.
  public func apply(to scenario: inout Scenario) {
    switch self {
    case .devolution(let threshold, let days, let adminCut):
      scenario.planning.localApprovalThresholdCNY = max(threshold, scenario.planning.localApprovalThresholdCNY ?? 0)
      scenario.planning.localApprovalWorkingDays = days
      for k in scenario.adminTasks.indices { scenario.adminTasks[k].perYear *= 1 - adminCut }
    case .ppp(let policy):
      // Appended, never replacing: operators refer to their policy by index. A second
      // partnership for the same facility retires the first operator when it starts.
      scenario.ppp.append(policy)
    case .staffing(let role, let perThousand, let payRatio, let trainingGain):
      if let perThousand {
        Self.rescaleStatedPosts(of: &scenario, role: role, toPerThousand: perThousand)
        scenario.roles[role].perThousandResidents = perThousand
      }
      if let payRatio { Self.setPay(of: &scenario, role: role, to: payRatio) }
      if let trainingGain { scenario.roles[role].trainingGain = trainingGain }
    case .needsHeatMap(let cycleDays, let dataRate):
      scenario.planning.rule = .measuredDemand
      scenario.planning.cycleDays = min(scenario.planning.cycleDays, cycleDays)
      scenario.capture.dataDiscoveryRatePerDay += dataRate
    case .volunteerPoints(let role, let attrition, let gain):
      scenario.roles[role].fixedAnnualTurnover = attrition
      Self.raiseParticipation(of: &scenario, by: gain)
    case .participationChannels(let online, let offline, let nonparticipant, let gain):
      if let online { scenario.capture.onlineReportProbability = online }
      if let offline { scenario.capture.offlineReportProbability = offline }
      if let nonparticipant { scenario.capture.nonparticipantFactor = nonparticipant }
      Self.raiseParticipation(of: &scenario, by: gain)
    case .evaluationLoop(let days, let topShare, let bonus):
      scenario.planning.rule = .measuredDemand
      scenario.evaluation = EvaluationPolicy(evaluationDays: days, topShare: topShare, fundingBonus: bonus)
    case .demandPlanning(let multiUse, let idle, let share):
      scenario.planning.rule = .measuredDemand
      scenario.multiUse = MultiUsePolicy(facilities: multiUse, idleThreshold: idle, conversionShare: share)
    case .digitalPlatform(let gain, let online, let departmentFactor):
      for k in scenario.cohorts.indices {
        scenario.cohorts[k].digitalAccess += gain * (1 - scenario.cohorts[k].digitalAccess)
      }
      if let online { scenario.capture.onlineReportProbability = online }
      scenario.coordination.probabilityFactor *= departmentFactor
    case .coordination(let sharedIntake, let jointHandling, let handoffFactor):
      if sharedIntake { scenario.coordination.sharedIntake = true }
      if jointHandling { scenario.coordination.jointHandling = true }
      scenario.coordination.handoffFactor *= handoffFactor
    case .coCreation(let costFactor, let filing, let gain):
      scenario.planning.costFactor *= costFactor
      if filing { scenario.planning.localApprovalThresholdCNY = .infinity }
      Self.raiseParticipation(of: &scenario, by: gain)
    case .transparency(let leakage, let disclosure):
      scenario.budget.leakageShare = leakage
      if let disclosure { scenario.planning.oversight.disclosureShare = disclosure }
    case .communityFund(let perResident, let crowdfunding):
      scenario.budget.annualPerResident[FundingSource.foundation.rawValue] = perResident
      for c in scenario.communities.indices where scenario.communities[c].annualPerResident != nil {
        scenario.communities[c].annualPerResident?[FundingSource.foundation.rawValue] = perResident
      }
      scenario.budget.crowdfundingShare = crowdfunding
    }
  }

  private static func raiseParticipation(of scenario: inout Scenario, by gain: Double) {
    for k in scenario.cohorts.indices {
      scenario.cohorts[k].participation += gain * (1 - scenario.cohorts[k].participation)
    }
  }

  /// A staffing lever's pay ratio for `role`: the district's one pay scale for the role from
  /// now on, so it replaces the role's pay ratio and every community's stated one (a
  /// community paid above or below the old scale is paid the new one). O(communities).
  static func setPay(of scenario: inout Scenario, role: Int, to payRatio: Double) {
    scenario.roles[role].payRatio = payRatio
    for c in scenario.communities.indices { scenario.communities[c].statedPayRatios[role] = nil }
  }

  /// A staffing lever on a community that states its own posts of `role`: the stated count
  /// changes in proportion to the role's standard, round(stated × new / old per 1,000),
  /// so a community staffed above or below the standard stays so; from a standard of 0,
  /// the new standard's count where it is larger. O(communities).
  static func rescaleStatedPosts(of scenario: inout Scenario, role: Int, toPerThousand perThousand: Double) {
    let old = scenario.roles[role].perThousandResidents
    for c in scenario.communities.indices {
      guard let stated = scenario.communities[c].statedPosts[role] else { continue }
      let residents = scenario.communities[c].residents
      scenario.communities[c].statedPosts[role] =
        old > 0
        ? Int((Double(stated) * perThousand / old).rounded())
        : max(stated, Int(perThousand: perThousand, of: residents))
    }
  }
}
