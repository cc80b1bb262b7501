/// The metric catalog: which metrics a scenario's runs report, in the order they report them,
/// the key metrics, and the daily series, all from the entries declared once as ``Metric``
/// and ``MetricFamily`` constants (`Docs/metrics.md` is generated from it).
///
/// The model emits by entry, in this order; `MetricCatalogTests` checks that a run of every
/// shipped scenario reports exactly ``metrics(for:)``, so the list can stand in for a run
/// (a sweep learns its metrics' units from it).
public enum MetricCatalog {
  /// A run of the list: one metric, or families expanded together member by member
  /// (`workers.on_roll.a`, `workers.turnover_rate.a`, `workers.on_roll.b`, …).
  public enum Block: Hashable, Sendable {
    case metric(Metric)
    /// Families over the same members.
    case families([MetricFamily])
  }

  /// Every metric of a replication, in the order the model reports them.
  public static let blocks: [Block] = [
    .metric(.satisfactionIndex), .metric(.satisfiedShare), .families([.satisfactionIndexByCohort]),
    .metric(.responseMeanDays), .metric(.responseMedianDays), .metric(.responseP90Days),
    .families([.responseMeanDaysByTier]), .metric(.urgentRespondedWithin48hShare),
    .metric(.urgentResolvedWithin5DaysShare), .metric(.captureMeanDays), .metric(.firstResponseMeanDays),
    .metric(.endToEndMeanDays),
    .families([.captureMeanDaysByTier, .firstResponseMeanDaysByTier, .endToEndMeanDaysByTier]),
    .metric(.requestsArrived), .metric(.requestsCaptured), .metric(.requestsSelfReported),
    .metric(.requestsDiscovered), .metric(.requestsDiscoveredByPatrol), .metric(.requestsDiscoveredByData),
    .metric(.requestsDiscoveredByOutreach), .metric(.requestsResolved), .metric(.requestsAbandoned),
    .metric(.requestsOpenAtHorizon), .metric(.requestsOpenAfterDrain), .metric(.drainDays),
    .metric(.crossDepartmentShare),
    .metric(.departmentHandoffs), .metric(.departmentRequestsHandedOff), .metric(.departmentRequestsCompleted),
    .metric(.departmentRequestsOpenAtEnd), .metric(.departmentCompletionShare), .metric(.departmentStageMeanDays),
    .metric(.departmentUtilization), .families([.departmentUtilizationByDepartment]),
    .metric(.departmentUrgentWaitDays), .metric(.departmentOtherWaitDays),
    .metric(.needsUncaptured), .metric(.needsCaptureShare), .metric(.needsSelfReportedShare),
    .metric(.needsOutreachShare),
    .metric(.workerUtilization), .metric(.workersAdminShare), .metric(.workersIdleShare),
    .metric(.workersPaidHours), .metric(.workersServiceHours), .metric(.workersAdminHours), .metric(.workersIdleHours),
    .metric(.adminTasksArrived), .metric(.outreachVisits),
    .metric(.caseworkOnStaff), .metric(.workersWeeklyHours), .metric(.caseworkPer1000Residents),
    .metric(.workersPer1000Residents), .metric(.workersTurnoverRate), .metric(.workersDepartures),
    .families([.onRollByRole, .turnoverRateByRole]), .metric(.workersHires), .metric(.workersFrozenPostDays),
    .families([.facilityUtilization, .facilityTurnedAwayShare, .facilityVisits, .facilityPlaces]),
    .families([.participationRateByCohort, .tookPartShareByCohort]),
    .metric(.budgetReceived), .families([.receivedBySource]), .metric(.budgetSpent), .families([.spentByUse]),
    .metric(.budgetLeakage), .metric(.budgetPublicCost), .metric(.budgetHeld), .metric(.budgetShortfall),
    .metric(.budgetArrears), .metric(.budgetShortfallDays), .metric(.budgetDeferred),
    .metric(.facilityPlacesClosedDays),
    .metric(.socialCapitalShare),
    .metric(.reachingUseShare), .metric(.costPerResolvedRequest),
    .metric(.projectsProposed), .metric(.projectsDeferred), .metric(.projectsCancelled), .metric(.projectsApproved),
    .metric(.projectsCompleted),
    .metric(.projectsRejected), .metric(.projectsMisusedShare), .metric(.projectsMisuseStopped),
    .metric(.projectsOverrunCNY), .metric(.approvalDaysMean),
    .metric(.approvalDaysP90), .metric(.smallApprovalDaysMean), .metric(.locallyApprovedShare),
    .metric(.projectsRequestsResolved), .metric(.projectsRequestWaitDays), .metric(.projectsBacklogAtEnd),
    .metric(.emergenciesStruck), .metric(.emergencyApprovalDays), .metric(.emergencyRepairDays),
    .metric(.emergencyUnrepaired), .metric(.emergencyComplaints),
    .metric(.warmStartOpenCases), .metric(.warmStartResolved), .metric(.warmStartAbandoned),
    .families([.warmStartClearanceDaysByTier]),
    .metric(.securityIncidents), .metric(.securityIncidentRate), .metric(.securityPrevented),
    .metric(.securityRecordedShare), .metric(.securityOffendersStopped), .metric(.securityOffendersMean),
    .metric(.securityCameras),
    .metric(.operatorsActive), .metric(.operatorExits), .metric(.contractsEnded), .metric(.retenders),
    .metric(.serviceGapDays), .metric(.capitalInvested), .metric(.operatorRevenue), .metric(.operatorSubsidy),
    .metric(.operatorCost), .metric(.operatorProfit), .metric(.operatorOutlay), .metric(.residentsPaid),
    .families([.pppVisitsByCohort, .pppDeclinedByCohort, .pppPaidByCohort, .pppPaidPerResidentByCohort]),
    .families([.governanceAttainment, .governanceValue]), .metric(.governanceIndex),
    .families([
      .communityResponseDays, .communitySatisfiedShare, .communityGovernanceIndex, .communityGovernmentCNY,
      .communitySalariesCNY,
    ]),
  ]

  /// The metrics a replication of `scenario` reports, ids and units in the model's order;
  /// nothing runs. O(metrics).
  public static func metrics(for scenario: Scenario) -> [Metric] {
    blocks.flatMap { block -> [Metric] in
      switch block {
      case .metric(let metric): return [metric]
      case .families(let families):
        guard let members = families.first?.memberSet.members(in: scenario) else { return [] }
        return members.flatMap { member in families.map { $0.metric(member) } }
      }
    }
  }

  /// The metrics a policymaker reads first, in the order `compare`'s table shows them; what
  /// `--replications auto` aims its precision at by default. Every other metric is still
  /// summarised in the output files.
  public static let keyMetrics: [Metric] = [
    .satisfactionIndex, .satisfiedShare, .responseMeanDays, .responseP90Days, .urgentRespondedWithin48hShare,
    .requestsAbandoned, .workerUtilization, .workersTurnoverRate, .approvalDaysMean, .budgetSpent,
    .socialCapitalShare, .governanceIndex,
  ]

  /// The key metric with id `id`, if it is one. O(key metrics).
  public static func keyMetric(id: String) -> Metric? {
    keyMetrics.first { $0.id == id }
  }

  /// The daily series, in the column order of ``DailySeries`` (and `timeseries.csv`).
  public static let dailySeries: [Metric] = [
    .dailyOpenRequests, .dailySatisfactionIndex, .dailyNeedsArisen, .dailyRequestsResolved, .dailyResponseMeanDays,
    .dailyCaseworkOnStaff, .dailyMoneyHeld, .dailyProjectBacklog, .dailyStaffBusyShare,
  ]
}
