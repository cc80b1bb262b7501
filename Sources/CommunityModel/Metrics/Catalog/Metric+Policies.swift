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
    definition: "spending due that the funds could not cover, in the window")
  public static let socialCapitalShare = Metric(
    "budget.social_capital_share", .share, label: "Share of money from social capital",
    definition: "non-government share of the money received")
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

  // MARK: PPP operators (one per community and partnership)

  public static let operatorsActive = Metric(
    "ppp.operators_active", .operators, label: "PPP operators active", definition: "at the end")
  public static let operatorExits = Metric(
    "ppp.operator_exits", .operators, label: "PPP operators that exited", direction: .lower,
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
  public static let governanceAttainment = MetricFamily(
    "governance.indicator.", .governanceIndicators, unit: .attainment, label: "Governance indicator",
    direction: .higher, definition: "the indicator's attainment of its threshold, capped at 1")
  public static let governanceValue = MetricFamily(
    "governance.value.", .governanceIndicators, unit: nil, label: "Governance indicator value", direction: nil,
    definition: "the value the indicator's attainment is computed from, in the indicator's unit")
}
