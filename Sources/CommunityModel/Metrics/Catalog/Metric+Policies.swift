/// Catalog entries: money, projects, PPP operators and the governance index
/// (`Docs/metrics.md`, `Docs/policies.md`). Money and projects count over the window.
extension Metric {
  // MARK: Money

  public static let budgetReceived = Metric(
    "budget.received_cny", .cny, label: "Money received", definition: "from every source, in the window")
  public static let budgetSpent = Metric(
    "budget.spent_cny", .cny, label: "Money spent",
    definition: "money that reached its use, net of leakage, in the window")
  public static let budgetLeakage = Metric(
    "budget.leakage_cny", .cny, label: "Money lost on the way", direction: .lower,
    definition: "money lost on the way to its use (discretionary spending leaks), in the window")
  public static let budgetPublicCost = Metric(
    "budget.public_cost_cny", .cny, label: "Cost to public funds",
    definition: "money spent plus money lost to leakage in the window, from the government, donations, self-raised "
      + "income and the community foundation; not the PPP operator's own social capital or residents' crowdfunding, "
      + "which other payers put in (`compare`'s cost metric, `Docs/experiments.md`)")
  public static let budgetHeld = Metric(
    "budget.held_cny", .cny, label: "Money held", definition: "balance of every fund at the end")
  public static let budgetShortfall = Metric(
    "budget.shortfall_cny", .cny, label: "Obligations the funds could not pay", direction: .lower,
    definition: "spending that the funds could not pay on the day it fell due, in the window: salaries, running "
      + "costs and overruns are paid late or still owed (`budget.arrears_cny`); unpaid PPP subsidies are forgone")
  public static let budgetArrears = Metric(
    "budget.arrears_cny", .cny, label: "Arrears owed", direction: .lower,
    definition: "salaries, running costs and overruns still owed at the end")
  public static let budgetShortfallDays = Metric(
    "budget.shortfall_days", .communityDays, label: "Days in shortfall", direction: .lower,
    definition: "days a community spent owing arrears (from the midnight its funds first left some unpaid to the "
      + "midnight they paid the last), summed over communities, in the window")
  public static let budgetDeferred = Metric(
    "budget.deferred_cny", .cny, label: "Spending deferred for lack of money", direction: .lower,
    definition: "cost of the projects a plan chose but could not commit (the fund was short, or a shortfall "
      + "deferred them) or could not pay at approval (cancelled), in the window")
  public static let facilityPlacesClosedDays = Metric(
    "budget.shortfall_closed_place_days", .placeDays, label: "Facility places closed in a shortfall", direction: .lower,
    definition: "places of community-run facilities closed while their community was in shortfall, × days, in "
      + "the window")
  public static let socialCapitalShare = Metric(
    "budget.social_capital_share", .share, label: "Share of money from social capital",
    definition: "non-government share of the money received in the window: donations, self-raised income, "
      + "foundation and crowdfunding money, PPP capital invested and PPP operators' net outlay (fees residents pay "
      + "operators are neither)")
  public static let reachingUseShare = Metric(
    "budget.reaching_use_share", .share, label: "Money reaching its use", direction: .higher,
    definition: "spent ÷ (spent + leaked)")
  public static let costPerResolvedRequest = Metric(
    "budget.cost_per_resolved_request_cny", .cnyPerRequest, label: "Money spent per resolved request",
    definition: "spent ÷ requests resolved")

  // MARK: Projects (proposed, approved or completed in the window)

  public static let projectsProposed = Metric(
    "projects.proposed", .projects, label: "Projects proposed", definition: "in the window")
  public static let projectsApproved = Metric(
    "projects.approved", .projects, label: "Projects approved", definition: "in the window")
  public static let projectsCompleted = Metric(
    "projects.completed", .projects, label: "Projects completed", direction: .higher, definition: "in the window")
  public static let projectsDeferred = Metric(
    "projects.deferred", .projects, label: "Projects deferred for lack of money", direction: .lower,
    definition: "projects a plan chose in the window but could not commit; proposed again at the next cycle")
  public static let projectsCancelled = Metric(
    "projects.cancelled", .projects, label: "Projects cancelled for lack of money", direction: .lower,
    definition: "approved in the window but the fund could not pay their capital")
  public static let projectsRejected = Metric(
    "projects.rejected", .projects, label: "Projects rejected",
    definition: "proposals an approval level turned down in the window, on their merits or for a caught intent "
      + "to divert money")
  public static let projectsMisusedShare = Metric(
    "projects.misused_share", .share, label: "Project money misused", direction: .lower,
    definition: "capital diverted ÷ capital paid, over the projects approved in the window")
  public static let projectsMisuseStopped = Metric(
    "projects.misuse_stopped", .projects, label: "Misuse exposed by disclosed accounts", direction: .higher,
    definition: "approved projects in the window whose intent to divert money disclosed accounts exposed in time")
  public static let projectsOverrunCNY = Metric(
    "projects.overrun_cny", .cny, label: "Project cost overruns", direction: .lower,
    definition: "overruns paid for projects completed in the window")
  public static let approvalDaysMean = Metric(
    "projects.approval_days.mean", .days, label: "Project approval time", direction: .lower,
    definition: "proposal to approval, mean over the projects approved in the window")
  public static let approvalDaysP90 = Metric(
    "projects.approval_days.p90", .days, label: "Project approval time that 90% of projects beat",
    direction: .lower, definition: "proposal to approval, 90th percentile")
  public static let smallApprovalDaysMean = Metric(
    "projects.small.approval_days.mean", .days, label: "Approval time of small projects", direction: .lower,
    definition: "projects at or under the devolution threshold (CNY 500,000 when none is in force)")
  public static let locallyApprovedShare = Metric(
    "projects.locally_approved_share", .share, label: "Projects approved locally",
    definition: "of the projects approved in the window")
  public static let projectsRequestsResolved = Metric(
    "projects.requests_resolved", .requests, label: "Requests resolved by projects", direction: .higher,
    definition: "captured requests of the window that needed a project and whose project completed by the end of the "
      + "drain")
  public static let projectsRequestWaitDays = Metric(
    "projects.request_wait_days.mean", .days, label: "Wait for a project", direction: .lower,
    definition: "capture to resolution, mean over `projects.requests_resolved` (those still waiting are in "
      + "`requests.open_after_drain`, so this understates the wait while the backlog grows)")
  public static let projectsBacklogAtEnd = Metric(
    "projects.backlog_at_end", .requests, label: "Requests waiting for a project", direction: .lower,
    definition: "at the end")

  // MARK: Emergencies (L15)

  public static let emergenciesStruck = Metric(
    "emergencies.struck", .communities, label: "Communities struck by an emergency",
    definition: "communities an emergency struck in the window (one per community per emergency)")
  public static let emergencyApprovalDays = Metric(
    "emergencies.approval_days.mean", .days, label: "Emergency repair approval time", direction: .lower,
    definition: "strike to approval of the repair, mean over repairs approved in the window")
  public static let emergencyRepairDays = Metric(
    "emergencies.repair_days.mean", .days, label: "Time to repair after an emergency", direction: .lower,
    definition: "strike to the places' return, mean over repairs completed in the window")
  public static let emergencyUnrepaired = Metric(
    "emergencies.unrepaired_at_end", .communities, label: "Emergency damage not yet repaired", direction: .lower,
    definition: "communities whose emergency damage awaits its repair at the end")
  public static let emergencyComplaints = Metric(
    "emergencies.complaints", .visits, label: "Complaints about emergency damage", direction: .lower,
    definition: "visits turned away or given up at a damaged facility while it awaited its repair, in the window "
      + "(C2's complaints)")

  // MARK: Warm start (`InitialState`)

  public static let warmStartOpenCases = Metric(
    "warm_start.open_cases", .requests, label: "Open cases inherited",
    definition: "open cases the run started with (`initial_state`; 0 for a run from empty)")
  public static let warmStartResolved = Metric(
    "warm_start.resolved", .requests, label: "Inherited cases resolved", direction: .higher,
    definition: "inherited open cases resolved before the horizon")
  public static let warmStartAbandoned = Metric(
    "warm_start.abandoned", .requests, label: "Inherited cases abandoned", direction: .lower,
    definition: "inherited open cases whose residents gave up waiting, before the horizon")

  // MARK: Public security (L15; `SecurityParameters`)

  public static let securityIncidents = Metric(
    "security.incidents", .incidents, label: "Security incidents", direction: .lower,
    definition: "attempts committed in the window, each with a victim whose need enters casework (0 without "
      + "`security`)")
  public static let securityIncidentRate = Metric(
    "security.incidents_per_1000_per_year", .incidentsPerThousandPerYear,
    label: "Security incidents per 1,000 "
      + "residents", direction: .lower,
    definition: "incidents ÷ residents × 1,000 ÷ the window's length in years")
  public static let securityPrevented = Metric(
    "security.attempts_prevented", .attempts, label: "Attempts patrols prevented",
    definition: "attempts an officer at hand prevented, in the window")
  public static let securityRecordedShare = Metric(
    "security.recorded_share", .share, label: "Incidents a camera recorded",
    definition: "incidents in a camera's view ÷ incidents, in the window (undefined without incidents)")
  public static let securityOffendersStopped = Metric(
    "security.offenders_stopped", .offenders, label: "Offenders stopped",
    definition: "offenders named (caught in the act, from footage, or cleared later) and stopped, in the window")
  public static let securityOffendersMean = Metric(
    "security.offenders.mean", .offenders, label: "Active offenders", direction: .lower,
    definition: "offenders with a career under way, time-weighted mean over the window")
  public static let securityCameras = Metric(
    "security.cameras", .cameras, label: "Cameras", definition: "cameras installed in the district")

  // MARK: PPP operators (one per community and partnership; money summed over operators)

  public static let operatorsActive = Metric(
    "ppp.operators_active", .operators, label: "PPP operators active",
    definition: "running their facility at the end (not in a gap between operators)")
  public static let operatorExits = Metric(
    "ppp.operator_exits", .operators, label: "PPP operators that exited", direction: .lower,
    definition: "operators that left at a review because fees and subsidy had not covered their cost, in the window")
  public static let contractsEnded = Metric(
    "ppp.contracts_ended", .contracts, label: "PPP contracts that ran out",
    definition: "operators whose contract reached its length and went to re-tender, in the window")
  public static let retenders = Metric(
    "ppp.retenders", .contracts, label: "PPP contracts re-tendered",
    definition: "new operators that took a contract over after a gap, in the window")
  public static let serviceGapDays = Metric(
    "ppp.service_gap_days", .days, label: "Days of PPP service gap", direction: .lower,
    definition: "days PPP-run facilities stood closed between operators, summed over facilities, in the window")
  public static let capitalInvested = Metric(
    "ppp.capital_invested_cny", .cny, label: "PPP capital invested",
    definition: "operators' capital spent on added places, in the window (social capital)")
  public static let operatorRevenue = Metric(
    "ppp.operator_revenue_cny", .cny, label: "PPP operators' fee revenue",
    definition: "fees residents paid the operators, in the window (the operators' income, not community money)")
  public static let operatorSubsidy = Metric(
    "ppp.operator_subsidy_cny", .cny, label: "PPP operators' subsidy",
    definition: "subsidy the operators received from the community funds, net of leakage, in the window")
  public static let operatorCost = Metric(
    "ppp.operator_cost_cny", .cny, label: "PPP operators' running cost", definition: "in the window")
  public static let operatorProfit = Metric(
    "ppp.operator_profit_cny", .cny, label: "PPP operators' profit", direction: .higher,
    definition: "fees + subsidy − running cost, summed over operators, in the window (negative: a loss)")
  public static let operatorOutlay = Metric(
    "ppp.operator_outlay_cny", .cny, label: "PPP operators' net outlay",
    definition: "money the operators put into running their facilities when fees, subsidy and their retained "
      + "surplus fell short of the cost, in the window (social capital)")
  public static let residentsPaid = Metric(
    "ppp.residents_paid_cny", .cny, label: "Fees residents paid to PPP operators", direction: .lower,
    definition: "in the window")

  // MARK: Governance

  public static let governanceIndex = Metric(
    "governance.index", .index, label: "Governance index", direction: .higher, display: ("0–100", 1),
    definition: "100 × mean attainment of the six governance indicators (`Docs/policies.md`)")
}

extension MetricFamily {
  public static let receivedBySource = MetricFamily(
    "budget.by_source.", .fundingSources, "_cny", unit: .cny, label: "Money received",
    definition: "from the source, in the window")
  public static let spentByUse = MetricFamily(
    "budget.by_use.", .spendingUses, "_cny", unit: .cny, label: "Money spent",
    definition: "on the use, net of leakage, in the window")
  public static let pppVisitsByCohort = MetricFamily(
    "ppp.visits.", .cohorts, unit: .visits, label: "Visits to PPP-run facilities", direction: .higher,
    definition: "the cohort's residents who came to a facility a PPP operator ran, at its fee, in the window")
  public static let pppDeclinedByCohort = MetricFamily(
    "ppp.declined.", .cohorts, unit: .visits, label: "Visits not made because of PPP fees", direction: .lower,
    definition: "the cohort's residents who would have come to a PPP-run facility but stayed away because of the "
      + "fee, in the window")
  public static let pppPaidByCohort = MetricFamily(
    "ppp.paid_cny.", .cohorts, unit: .cny, label: "Fees paid to PPP operators", direction: .lower,
    definition: "by the cohort's residents, in the window")
  public static let pppPaidPerResidentByCohort = MetricFamily(
    "ppp.paid_per_resident_cny.", .cohorts, unit: .cnyPerResident, label: "Fees paid to PPP operators per resident",
    direction: .lower, definition: "the cohort's fees in the window ÷ its residents")
  public static let governanceAttainment = MetricFamily(
    "governance.indicator.", .governanceIndicators, unit: .attainment, label: "Governance indicator",
    direction: .higher, definition: "the indicator's attainment of its threshold, capped at 1")
  public static let communityResponseDays = MetricFamily(
    "community.", .communities, ".response_mean_days", unit: .days, label: "Mean response time", direction: .lower,
    definition: "as `response.all.mean_days`, for the community's requests")
  public static let communitySatisfiedShare = MetricFamily(
    "community.", .communities, ".satisfied_share", unit: .share, label: "Residents satisfied", direction: .higher,
    definition: "as `satisfaction.satisfied_share`, for the community's residents")
  public static let communityGovernanceIndex = MetricFamily(
    "community.", .communities, ".governance_index", unit: .index, label: "Governance index", direction: .higher,
    definition: "as `governance.index`, from the community's six indicators over the window")
  public static let communityGovernmentCNY = MetricFamily(
    "community.", .communities, ".government_cny", unit: .cny, label: "Government money received",
    definition: "the community's share of the district's government appropriation, in the window (moved between "
      + "communities by the evaluation loop, L9)")
  public static let communitySalariesCNY = MetricFamily(
    "community.", .communities, ".salaries_cny", unit: .cny, label: "Salaries paid",
    definition: "as `budget.by_use.salaries_cny`, for the community's staff: each day, Σ over its posts on roll of the "
      + "post's pay ratio (the community's own where it states one) × the local average wage × 12/365, paid in the "
      + "window (arrears when paid)")
  public static let governanceValue = MetricFamily(
    "governance.value.", .governanceIndicators, unit: nil, label: "Governance indicator value", direction: nil,
    definition: "the value the indicator's attainment is computed from, in the indicator's unit")
}

extension MetricFamily {
  public static let warmStartClearanceDaysByTier = MetricFamily(
    "warm_start.clearance_days.", .tiers, ".mean", unit: .days, label: "Time to clear an inherited case",
    direction: .lower,
    definition: "from the start of the run to the resolution of the tier's inherited cases resolved before the "
      + "horizon, mean")
}
