import SimKernel

extension DistrictModel {
  /// Money, project, PPP and governance metrics over the statistics window, by catalog entry
  /// (`Docs/metrics.md`). `core` are the metrics already computed (the governance index reads
  /// them).
  func policyMetrics(after core: [MetricValue]) -> [MetricValue] {
    var out: [MetricValue] = []
    func add(_ metric: Metric, _ value: Double) { out.append(MetricValue(metric, value: value)) }
    func cny(_ fen: Int64) -> Double { Double(fen) / 100 }
    let end = money.audit()
    let start = moneyAtWindowStart.audit()
    let sources = FundingSource.allCases

    // Money in the window.
    let received = sources.map { end.received[$0.rawValue] - start.received[$0.rawValue] }
    let spent = SpendingUse.allCases.map { money.spent(on: $0) - moneyAtWindowStart.spent(on: $0) }
    let leaked = sources.reduce(Int64(0)) { $0 + end.leaked[$1.rawValue] - start.leaked[$1.rawValue] }
    let totalIn = received.reduce(0, +)
    let totalSpent = spent.reduce(0, +)
    add(.budgetReceived, cny(totalIn))
    for source in sources { add(MetricFamily.receivedBySource[source.name], cny(received[source.rawValue])) }
    add(.budgetSpent, cny(totalSpent))
    for use in SpendingUse.allCases { add(MetricFamily.spentByUse[use.name], cny(spent[use.rawValue])) }
    add(.budgetLeakage, cny(leaked))
    let publicCost = sources.filter(\.isPublicFunds).reduce(Int64(0)) {
      $0 + end.spent[$1.rawValue] - start.spent[$1.rawValue] + end.leaked[$1.rawValue] - start.leaked[$1.rawValue]
    }
    add(.budgetPublicCost, cny(publicCost))
    add(.budgetHeld, cny(end.held.reduce(0, +)))
    let shortfall = SpendingUse.allCases.reduce(Int64(0)) {
      $0 + money.shortfall[$1.rawValue] - moneyAtWindowStart.shortfall[$1.rawValue]
    }
    add(.budgetShortfall, cny(shortfall))
    add(.budgetArrears, cny(MoneyLedger.owedUses.reduce(0) { $0 + money.arrearsOutstanding(for: $1) }))
    add(.budgetShortfallDays, Double(shortfallCounts.communityDays))
    add(.budgetDeferred, cny(projectCounts.deferredCost))
    add(.facilityPlacesClosedDays, Double(shortfallCounts.placesClosedDays))
    let social = totalIn - received[FundingSource.government.rawValue]
    add(.socialCapitalShare, totalIn > 0 ? Double(social) / Double(totalIn) : .nan)
    let reaching = totalSpent + leaked > 0 ? Double(totalSpent) / Double(totalSpent + leaked) : Double.nan
    add(.reachingUseShare, reaching)
    add(.costPerResolvedRequest, counts.resolved > 0 ? cny(totalSpent) / Double(counts.resolved) : .nan)

    // Projects.
    add(.projectsProposed, Double(projectCounts.proposed))
    add(.projectsDeferred, Double(projectCounts.deferred))
    add(.projectsCancelled, Double(projectCounts.cancelled))
    add(.projectsApproved, Double(projectCounts.approved))
    add(.projectsCompleted, Double(projectCounts.completed))
    add(.projectsRejected, Double(projectCounts.rejected))
    let paid = projectCounts.capitalPaid
    add(.projectsMisusedShare, paid > 0 ? Double(projectCounts.capitalDiverted) / Double(paid) : .nan)
    add(.projectsMisuseStopped, Double(projectCounts.misuseStopped))
    add(.projectsOverrunCNY, cny(projectCounts.overrunPaid))
    let days = projectCounts.approvalDays.sorted()
    add(.approvalDaysMean, days.isEmpty ? .nan : days.reduce(0, +) / Double(days.count))
    add(.approvalDaysP90, days.isEmpty ? .nan : Self.quantile(days, 0.9))
    let small = projectCounts.smallApprovalDays
    add(.smallApprovalDaysMean, small.isEmpty ? .nan : small.reduce(0, +) / Double(small.count))
    add(.locallyApprovedShare, days.isEmpty ? .nan : Double(projectCounts.approvedLocally) / Double(days.count))
    add(.projectsRequestsResolved, Double(counts.resolvedByProjects))
    add(.projectsRequestWaitDays, responses.projectWait.meanOrNaN)
    add(.projectsBacklogAtEnd, Double(backlogs.reduce(0) { $0 + $1.count }))

    // Emergencies.
    add(.emergenciesStruck, Double(emergencyCounts.struck))
    let approvals = emergencyCounts.approvalDays
    add(.emergencyApprovalDays, approvals.isEmpty ? .nan : approvals.reduce(0, +) / Double(approvals.count))
    let repairs = emergencyCounts.repairDays
    add(.emergencyRepairDays, repairs.isEmpty ? .nan : repairs.reduce(0, +) / Double(repairs.count))
    add(.emergencyUnrepaired, Double(projects.filter { $0.isRepair && $0.state != .completed }.count))
    add(.emergencyComplaints, Double(emergencyCounts.complaints))

    // Warm start.
    add(.warmStartOpenCases, Double(warmStartCounts.seeded))
    add(.warmStartResolved, Double(warmStartCounts.resolved))
    add(.warmStartAbandoned, Double(warmStartCounts.abandoned))
    for tier in RequestTier.allCases {
      add(MetricFamily.warmStartClearanceDaysByTier[tier.name], warmStartCounts.clearanceDays[tier.rawValue].meanOrNaN)
    }

    // Public security.
    let incidents = securityCounts.incidents
    add(.securityIncidents, Double(incidents))
    add(.securityIncidentRate, Double(incidents) / Double(residents.count) * 1000 / (Double(scenario.days) / 365))
    add(.securityPrevented, Double(securityCounts.prevented))
    add(.securityRecordedShare, incidents > 0 ? Double(securityCounts.recorded) / Double(incidents) : .nan)
    add(.securityOffendersStopped, Double(securityCounts.stopped))
    add(.securityOffendersMean, activeOffenders.mean)
    add(.securityCameras, Double(cameras.reduce(0, +)))

    // PPP.
    add(.operatorsActive, Double(operators.filter(\.active).count))
    add(.operatorExits, Double(operatorExits))
    add(.contractsEnded, Double(contractsEnded))
    add(.retenders, Double(retenders))
    add(.serviceGapDays, serviceGapDays(at: horizon))
    add(.capitalInvested, cny(pppTotals.capital - pppTotalsAtWindowStart.capital))
    let accounts = pppTotals.accounts - pppTotalsAtWindowStart.accounts
    add(.operatorRevenue, cny(accounts.fees))
    add(.operatorSubsidy, cny(accounts.subsidy))
    add(.operatorCost, cny(accounts.cost))
    add(.operatorProfit, cny(accounts.profit))
    add(.operatorOutlay, cny(pppTotals.outlay - pppTotalsAtWindowStart.outlay))
    add(.residentsPaid, cny(accounts.fees))
    let cohortResidents = scenario.cohorts.indices.map { k in
      scenario.communities.reduce(0) { $0 + $1.cohortCounts[k] }
    }
    for (k, cohort) in scenario.cohorts.enumerated() {
      let use = pppTotals.byCohort[k] - pppTotalsAtWindowStart.byCohort[k]
      add(MetricFamily.pppVisitsByCohort[cohort.id], Double(use.came))
      add(MetricFamily.pppDeclinedByCohort[cohort.id], Double(use.declined))
      add(MetricFamily.pppPaidByCohort[cohort.id], cny(use.paid))
      add(
        MetricFamily.pppPaidPerResidentByCohort[cohort.id],
        cohortResidents[k] > 0 ? cny(use.paid) / Double(cohortResidents[k]) : .nan)
    }

    // Governance efficiency index: six indicators, each its attainment of a threshold
    // (capped at 1), averaged, × 100 (Docs/policies.md). Every value is counted from events
    // of the run (Docs/model.md lists which), never read from an input probability.
    func metric(_ metric: Metric) -> Double { core.first { $0.name == metric.id }?.value ?? .nan }
    let utilizations = scenario.facilities.map { metric(MetricFamily.facilityUtilization[$0.id]) }.filter { !$0.isNaN }
    let utilization = utilizations.isEmpty ? Double.nan : utilizations.reduce(0, +) / Double(utilizations.count)
    // Residents who took part in the window, from their event marks (never the disposition).
    var tookPart = 0
    for resident in residents where resident.hasTakenPart { tookPart += 1 }
    let values: [GovernanceIndicator: Double] = [
      .responseWithin5Days: metric(.responseMeanDays),
      .satisfaction: metric(.satisfiedShare),
      .facilityUtilization: utilization,
      .urgentWithin48h: metric(.urgentRespondedWithin48hShare),
      .participation: Double(tookPart) / Double(residents.count),
      .budgetReachingServices: reaching,
    ]
    for indicator in GovernanceIndicator.all {
      guard let value = values[indicator] else { preconditionFailure("no value for indicator \(indicator.name)") }
      add(indicator.attainmentMetric, indicator.attainment(of: value))
      add(indicator.valueMetric, value)
    }
    add(.governanceIndex, GovernanceIndicator.index(values))

    // Communities side by side, in a district of two or more.
    guard communities.count > 1 else { return out }
    let keys = CommunitySpec.metricKeys(scenario.communities)
    let government = FundingSource.government.rawValue
    for c in communities.indices {
      let indicators = governanceIndicators(community: c, .window(at: horizon))
      let slot = c * MoneyLedger.sources + government
      add(MetricFamily.communityResponseDays[keys[c]], responses.byCommunity[c].meanResponseDays)
      add(MetricFamily.communitySatisfiedShare[keys[c]], indicators[.satisfaction] ?? .nan)
      add(MetricFamily.communityGovernanceIndex[keys[c]], GovernanceIndicator.index(indicators))
      add(
        MetricFamily.communityGovernmentCNY[keys[c]], cny(money.receivedBy[slot] - moneyAtWindowStart.receivedBy[slot]))
      add(
        MetricFamily.communitySalariesCNY[keys[c]],
        cny(money.spent(by: c, on: .salaries) - moneyAtWindowStart.spent(by: c, on: .salaries)))
    }
    return out
  }

  /// The `q` quantile of sorted `values` (linear interpolation between order statistics).
  static func quantile(_ values: [Double], _ q: Double) -> Double {
    let position = q * Double(values.count - 1)
    let low = Int(position.rounded(.down))
    let high = min(low + 1, values.count - 1)
    return values[low] + (position - Double(low)) * (values[high] - values[low])
  }
}
